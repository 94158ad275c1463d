// A report needs something to check: a link, the claim's text (20+ characters) or a screenshot.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { AppError } from '../../workers/core/errors';
import { submitReport } from '../../workers/reports/submit-report';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { nextIp, postReport, rowCount } from './helpers';

type Problem = { status: number; errors?: { path: string; message: string }[] };
const MISSING = 'Paste the link, or copy the text of the claim (at least 20 characters), or attach a screenshot';

async function refused(res: Response, before: number) {
  const body = await readJson<Problem>(res);
  expect(res.status, JSON.stringify(body)).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(await rowCount('reports')).toBe(before);
  return body;
}

describe('a report with nothing to check is refused, naming url in words', () => {
  it.each([
    ['no link, no text, no screenshot', { category: 'other' }],
    ['an empty link and no text', { url: '', category: 'other', description: '' }],
    ['a blank link and no text', { url: '   ', category: 'other' }],
    ['a description shorter than 20 characters', { category: 'other', description: 'Tin này sai sự thật' }],
    ['a description of only emoji and a link', { category: 'other', description: '😱😱😱😱😱😱😱😱 https://example.com/x/y/z' }],
  ])('%s → 400', async (_name, body) => {
    const before = await rowCount('reports');
    const problem = await refused(await postReport(body), before);
    expect(problem.errors).toEqual([{ path: 'url', message: MISSING }]);
  });

  it('names every problem at once: the missing content and the missing category', async () => {
    const before = await rowCount('reports');
    const problem = await refused(await postReport({ description: 'ngắn' }), before);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['category', 'url']);
  });

  it('still checks a link that is given, with the same message as before, even with a long text', async () => {
    const before = await rowCount('reports');
    const problem = await refused(await postReport({ url: 'http://192.168.1.1/admin', category: 'other', description: 'Một đoạn tin nhắn đủ dài để tự nó là nội dung báo cáo' }), before);
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors?.[0]?.path).toBe('url');
    expect(problem.errors?.[0]?.message).not.toBe(MISSING);
  });

  it('re-renders the HTML form in Vietnamese with every typed value kept', async () => {
    const before = await rowCount('reports');
    const res = await fetchApp('/api/reports', {
      method: 'POST',
      headers: { origin: ORIGIN, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({ url: '', category: 'scam', description: 'Tin quá ngắn', province: 'HCM', contact: 'toi@example.vn' }).toString(),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Dán đường link, hoặc chép lại nội dung (ít nhất 20 ký tự), hoặc đính kèm ảnh chụp màn hình.');
    expect(html).toContain('<a href="#report-url">');
    expect(html).toContain('Tin quá ngắn</textarea>');
    expect(html).toContain('value="toi@example.vn"');
    expect(html).toMatch(/value="scam"[^>]*checked/);
    expect(html).toMatch(/<option value="HCM" selected/);
    expect(await rowCount('reports')).toBe(before);
  });

  it('is refused by submitReport itself, for a door that forgot to check (nothing stored)', async () => {
    const before = await rowCount('reports');
    const attempt = submitReport(createDb(env.DB), env, 'test-secret', {
      input: { url: '', category: 'other', description: 'ngắn' },
      ipHash: null,
      screenshot: null,
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ status: 400, errors: [{ path: 'url', message: MISSING }] });
    expect(await rowCount('reports')).toBe(before);
  });
});
