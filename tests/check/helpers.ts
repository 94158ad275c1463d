// Check-before-posting fixtures: POST /api/check and the page's form, from a fresh address each.
import { ORIGIN, readJson } from '../helpers/http';
import { appFetch, nextIp, postReportInApp, validReport } from '../reports/helpers';
import { decide } from '../claims/helpers';

export type CheckJson = {
  check: {
    clear: boolean;
    findings: (Record<string, unknown> & { kind: string; label: string; via?: string; verdict?: string; score?: number; rebuttal?: Record<string, unknown> })[];
  };
  knownClaims: 'checked' | 'unavailable';
};

export function postCheck(body: unknown, opts: { headers?: Record<string, string>; env?: Partial<Env>; query?: string } = {}) {
  return appFetch(
    `/api/check${opts.query ?? ''}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...opts.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    opts.env,
  );
}

export async function checkJson(body: unknown, opts: Parameters<typeof postCheck>[1] = {}) {
  const res = await postCheck(body, opts);
  return { res, json: await readJson<CheckJson>(res) };
}

/** The no-JS form post of the page (`path` = /kiem-tra or /check…). */
export function postCheckForm(fields: Record<string, string>, path = '/kiem-tra', headers: Record<string, string> = {}, env: Partial<Env> = {}) {
  return appFetch(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...headers },
      body: new URLSearchParams(fields).toString(),
    },
    env,
  );
}

let linkCounter = 0;

/** A reported link whose case is decided (false unless said) with a published rebuttal story. */
export async function debunkedLink(opts: Parameters<typeof decide>[1] = {}) {
  const url = `https://www.facebook.com/story.php?story_fbid=${880000 + ++linkCounter}&id=100064`;
  const res = await postReportInApp(validReport({ url }));
  const { caseId } = await readJson<{ caseId: number }>(res);
  const story = await decide(caseId, { summary: 'Không có chuyện này: cơ quan chức năng đã xác minh.', ...opts });
  return { url, caseId, story };
}
