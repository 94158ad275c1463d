import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hmacHex } from '../../workers/core/crypto';
import { createDb } from '../../workers/core/db';
import { AppError } from '../../workers/core/errors';
import { countReportFrom, REPORT_LIMIT } from '../../workers/reports/rate-limit';
import { SITEVERIFY_URL } from '../../workers/reports/turnstile';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { appFetch, caseRow, createReport, nextIp, PNG_BYTES, postReport, postReportInApp, rowCount, validReport, type ReportAnswer } from './helpers';

type Problem = { code: string; errors?: { path: string }[] };

describe('receipts reveal nothing about other reporters', () => {
  it('show only the status, the verdict and the reporter’s own report', async () => {
    const url = 'https://example.com/privacy-post';
    const mine = await createReport(validReport({ url, contact: 'toi@example.vn', description: 'của tôi' }));
    await createReport(validReport({ url, contact: 'nguoi-khac@example.vn', description: 'BÍ MẬT của người khác', province: 'HCM' }));
    const res = await fetchApp(`/api/reports/${mine.receipt}`);
    const text = await res.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['automatic', 'rebuttal', 'report', 'status', 'updatedAt', 'verdictAt', 'verdictSummary']);
    expect(Object.keys(body.report as object).sort()).toEqual(['category', 'contentKind', 'platform', 'reportedAt', 'url']);
    // No report count either: it would tell a reporter how many others reported, and when.
    for (const leak of ['nguoi-khac@example.vn', 'BÍ MẬT', 'toi@example.vn', 'reportCount', 'report_count', 'ipHash', 'caseId', 'HCM']) {
      expect(text).not.toContain(leak);
    }
    const page = await (await fetchApp(`/report/${mine.receipt}`)).text();
    expect(page).not.toContain('nguoi-khac@example.vn');
    expect(page).not.toContain('BÍ MẬT');
  });

  it('show the verdict summary only once the case is decided, and the rebuttal only once published', async () => {
    const { receipt, caseId } = await createReport(validReport({ url: 'https://example.com/verdict-later' }));
    await env.DB.prepare("UPDATE cases SET status = 'reviewing', verdict_summary = 'bản nháp nội bộ' WHERE id = ?").bind(caseId).run();
    await env.DB.prepare(
      "INSERT INTO stories (slug, title, summary, category_code, province_code, status, created_at, updated_at) VALUES ('phan-bac-1', 'Phản bác 1', '', 'rebuttal', 'HNI', 'draft', 0, 0)",
    ).run();
    await env.DB.prepare("UPDATE cases SET rebuttal_story_id = (SELECT id FROM stories WHERE slug = 'phan-bac-1') WHERE id = ?").bind(caseId).run();
    let body = await readJson<{ verdictSummary: string | null; rebuttal: unknown }>(await fetchApp(`/api/reports/${receipt}`));
    expect(body).toMatchObject({ verdictSummary: null, rebuttal: null });

    await env.DB.prepare("UPDATE cases SET status = 'false', verdict_summary = 'Sai: không có nghiên cứu nào như vậy.', verdict_at = 1 WHERE id = ?").bind(caseId).run();
    await env.DB.prepare("UPDATE stories SET status = 'published', published_at = 1 WHERE slug = 'phan-bac-1'").run();
    body = await readJson(await fetchApp(`/api/reports/${receipt}`));
    expect(body).toMatchObject({ verdictSummary: 'Sai: không có nghiên cứu nào như vậy.', rebuttal: { title: 'Phản bác 1', url: '/stories/phan-bac-1' } });
    const page = await (await fetchApp(`/report/${receipt}`)).text();
    expect(page).toContain('href="/stories/phan-bac-1"');
    expect(page).toContain('Sai sự thật');
  });
});

describe('IP addresses', () => {
  it('are stored only as a keyed hash, in reports and in rate counters', async () => {
    const ip = '198.18.7.77';
    const { id } = await readJson<ReportAnswer>(await postReportInApp(validReport({ url: 'https://example.com/ip' }), { 'cf-connecting-ip': ip }, { REPORT_LIMITER: undefined }));
    const row = await env.DB.prepare('SELECT * FROM reports WHERE id = ?').bind(id).first<Record<string, unknown>>();
    expect(row?.ip_hash).toBe(await hmacHex('test-only-hash-secret', ip));
    const everything = JSON.stringify([row, (await env.DB.prepare('SELECT * FROM rate_counters').all()).results]);
    expect(everything).not.toContain(ip);
  });
});

describe('per-IP rate limit', () => {
  it('answers 429 with Retry-After once one address sends too many reports (Rate Limiting binding)', async () => {
    const ip = nextIp();
    let limited: Response | null = null;
    let accepted = 0;
    // The local binding counts in fixed windows; allow for one window boundary during the loop.
    for (let i = 0; i < 2 * REPORT_LIMIT.limit + 1 && !limited; i++) {
      const res = await postReportInApp(validReport({ url: `https://example.com/limit-${i}` }), { 'cf-connecting-ip': ip });
      if (res.status === 429) limited = res;
      else if (res.status === 201) accepted += 1;
    }
    expect(limited).not.toBeNull();
    expect(accepted).toBeGreaterThanOrEqual(REPORT_LIMIT.limit);
    expect(limited?.headers.get('retry-after')).toBe('60');
    expect(((await limited?.json()) as Problem).code).toBe('RATE_LIMITED');
    const other = await postReportInApp(validReport({ url: 'https://example.com/limit-other' }));
    expect(other.status).toBe(201);
  });

  it('falls back to a D1 counter when the binding is missing: 20 per minute, then 429 until the window ends', async () => {
    const db = createDb(env.DB);
    const key = await hmacHex('k', 'fallback-ip');
    const start = 1_800_000_000_000; // a window boundary (multiple of 60 s)
    for (let i = 0; i < REPORT_LIMIT.limit; i++) await countReportFrom({}, db, key, start + i * 1000);
    const refusal = await countReportFrom({}, db, key, start + 45_000).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('RATE_LIMITED');
    expect((refusal as AppError).retryAfter).toBe(15);
    await expect(countReportFrom({}, db, key, start + 60_000)).resolves.toBeUndefined();
  });

  it('uses the D1 fallback end to end when the app has no REPORT_LIMITER', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i <= REPORT_LIMIT.limit; i++) {
      statuses.push((await postReportInApp(validReport({ url: `https://example.com/d1-limit-${i}` }), { 'cf-connecting-ip': ip }, { REPORT_LIMITER: undefined })).status);
    }
    // A minute boundary may fall inside the loop and reset the window once; at most one 429 is then missing.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(REPORT_LIMIT.limit);
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
    const counter = await env.DB.prepare('SELECT count FROM rate_counters WHERE key = ?')
      .bind(`report:ip:${await hmacHex('test-only-hash-secret', ip)}`)
      .first<{ count: number }>();
    expect(counter?.count).toBeGreaterThanOrEqual(1);
  });
});

describe('Turnstile', () => {
  const withTurnstile = { TURNSTILE_SECRET: 'test-turnstile-secret' };
  const realFetch = globalThis.fetch;

  function mockSiteverify(answer: () => Promise<Response>) {
    return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url === SITEVERIFY_URL) return answer();
      return realFetch(input, init);
    });
  }
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is not asked when no secret is configured', async () => {
    const spy = mockSiteverify(async () => Response.json({ success: false }));
    const res = await postReportInApp(validReport({ url: 'https://example.com/ts-off' }));
    expect(res.status).toBe(201);
    expect(spy).not.toHaveBeenCalled();
  });

  it('accepts a report whose token siteverify confirms, sending the secret, token and client IP', async () => {
    const spy = mockSiteverify(async () => Response.json({ success: true, 'error-codes': [] }));
    const ip = nextIp();
    const res = await postReportInApp(validReport({ url: 'https://example.com/ts-ok', turnstileToken: 'token-ok' }), { 'cf-connecting-ip': ip }, withTurnstile);
    expect(res.status).toBe(201);
    expect(spy).toHaveBeenCalledTimes(1);
    const [, init] = spy.mock.calls[0] ?? [];
    const sent = new URLSearchParams(String(init?.body));
    expect(Object.fromEntries(sent)).toEqual({ secret: 'test-turnstile-secret', response: 'token-ok', remoteip: ip });
  });

  it('takes the token from the widget’s form field', async () => {
    mockSiteverify(async () => Response.json({ success: true }));
    const form = new URLSearchParams({ url: 'https://example.com/ts-form', category: 'other', 'cf-turnstile-response': 'widget-token' });
    const res = await appFetch(
      '/api/reports',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, 'cf-connecting-ip': nextIp() }, body: form.toString(), redirect: 'manual' },
      withTurnstile,
    );
    expect(res.status).toBe(303);
  });

  it('refuses a report without a token with 400 naming turnstileToken', async () => {
    const spy = mockSiteverify(async () => Response.json({ success: true }));
    const before = await rowCount('reports');
    const res = await postReportInApp(validReport({ url: 'https://example.com/ts-missing' }), {}, withTurnstile);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors?.[0]?.path).toBe('turnstileToken');
    expect(spy).not.toHaveBeenCalled();
    expect(await rowCount('reports')).toBe(before);
  });

  it('refuses a token siteverify rejects with 403 naming turnstileToken, storing nothing', async () => {
    mockSiteverify(async () => Response.json({ success: false, 'error-codes': ['invalid-input-response'] }));
    const before = await rowCount('reports');
    const res = await postReportInApp(validReport({ url: 'https://example.com/ts-bad', turnstileToken: 'forged' }), {}, withTurnstile);
    expect(res.status).toBe(403);
    expect(((await res.json()) as Problem).errors?.[0]?.path).toBe('turnstileToken');
    expect(await rowCount('reports')).toBe(before);
  });

  it('answers 503 with Retry-After when siteverify cannot be reached', async () => {
    mockSiteverify(async () => {
      throw new TypeError('network down');
    });
    const res = await postReportInApp(validReport({ url: 'https://example.com/ts-down', turnstileToken: 't' }), {}, withTurnstile);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
  });

  it('does not ask again for a retry with the same Idempotency-Key (tokens are single-use)', async () => {
    const spy = mockSiteverify(async () => Response.json({ success: true }));
    const body = validReport({ url: 'https://example.com/ts-retry', turnstileToken: 'once' });
    const headers = { 'idempotency-key': crypto.randomUUID() };
    expect((await postReportInApp(body, headers, withTurnstile)).status).toBe(201);
    expect((await postReportInApp(body, headers, withTurnstile)).status).toBe(201);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('a storage failure', () => {
  /** A D1 binding whose batches fail on their last statement: SQLite rolls the whole batch back. */
  function failingD1(): D1Database {
    return new Proxy(env.DB, {
      get(target, prop, proxy) {
        // The app reads through a D1 session (workers/core/d1-session.ts): the session is this same failing binding.
        if (prop === 'withSession') return () => proxy;
        if (prop === 'getBookmark') return () => null;
        if (prop === 'batch') {
          return (statements: D1PreparedStatement[]) => target.batch([...statements, target.prepare('INSERT INTO no_such_table (x) VALUES (1)')]);
        }
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  it('answers 503 with Retry-After and leaves no half-written report, case count or idempotency answer', async () => {
    const url = 'https://example.com/atomic';
    const { caseId } = await createReport(validReport({ url }));
    const before = { reports: await rowCount('reports'), keys: await rowCount('idempotency_keys'), shots: (await env.MEDIA.list({ prefix: 'reports/' })).objects.length };
    const form = new FormData();
    form.append('url', url);
    form.append('category', 'other');
    form.append('idempotencyKey', 'atomic-key-0001');
    form.append('screenshot', new File([PNG_BYTES], 'a.png'));
    const res = await appFetch('/api/reports', { method: 'POST', body: form, headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } }, { DB: failingD1() });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as Problem).code).toBe('UNAVAILABLE');
    expect(await rowCount('reports')).toBe(before.reports);
    expect(await rowCount('idempotency_keys')).toBe(before.keys);
    expect(await caseRow(caseId)).toMatchObject({ report_count: 1 });
    expect((await env.MEDIA.list({ prefix: 'reports/' })).objects.length).toBe(before.shots);
  });
});

describe('cross-site requests', () => {
  it('are refused: a foreign Origin cannot post reports', async () => {
    const res = await postReport(validReport(), { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });
});
