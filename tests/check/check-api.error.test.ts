// POST /api/check refuses what it cannot check as problem+json naming the field, limits each
// address, and during a D1 outage still answers the text checks, saying the lookup is unavailable.
import { describe, expect, it, vi } from 'vitest';
import { CHECK_MAX_CHARS } from '../../workers/check/check.types';
import { CHECK_LIMIT } from '../../workers/check/check-limit';
import { failingD1 } from '../helpers/outage';
import { readJson } from '../helpers/http';
import { checkJson, debunkedLink, postCheck } from './helpers';

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

async function problem(res: Response): Promise<Problem> {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return readJson<Problem>(res);
}

describe('POST /api/check: refusals', () => {
  it('names `text` when nothing was pasted (empty body, blank text, only spaces)', async () => {
    for (const body of [{}, { text: '' }, { text: '   \n ', url: '' }]) {
      const res = await postCheck(body);
      expect(res.status).toBe(400);
      expect((await problem(res)).errors).toEqual([{ path: 'text', message: 'Paste the text or the link to check' }]);
    }
  });

  it(`names \`text\` over ${CHECK_MAX_CHARS} characters, alone or with the link`, async () => {
    const alone = await postCheck({ text: 'a'.repeat(CHECK_MAX_CHARS + 1) });
    expect(alone.status).toBe(400);
    expect((await problem(alone)).errors?.[0]?.path).toBe('text');
    const together = await postCheck({ text: 'a'.repeat(CHECK_MAX_CHARS - 10), url: 'https://example.com/mot-duong-link-dai' });
    expect(together.status).toBe(400);
    expect((await problem(together)).errors?.[0]).toMatchObject({ path: 'text', message: expect.stringContaining(String(CHECK_MAX_CHARS)) });
    // Exactly at the limit is fine.
    expect((await postCheck({ text: 'a'.repeat(CHECK_MAX_CHARS) })).status).toBe(200);
  });

  it('names `url` for a link that is not http(s) or points inside the network, and for a wrong type', async () => {
    for (const url of ['javascript:alert(1)', 'http://192.168.1.1/admin', 'not a link']) {
      const res = await postCheck({ url });
      expect(res.status).toBe(400);
      expect((await problem(res)).errors?.map((e) => e.path)).toEqual(['url']);
    }
    const typed = await postCheck({ text: 42 });
    expect(typed.status).toBe(400);
    expect((await problem(typed)).errors?.[0]?.path).toBe('text');
  });

  it('answers malformed JSON with 400 naming the body, never a 500', async () => {
    const res = await postCheck('{"text": "Tin nóng');
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]?.path).toBe('body');
  });

  it(`limits an address to ${CHECK_LIMIT.limit} checks a minute (429 with Retry-After), others unaffected`, async () => {
    const ip = '198.51.100.77';
    const statuses: number[] = [];
    for (let i = 0; i <= CHECK_LIMIT.limit; i++) {
      statuses.push((await postCheck({ text: `Tin số ${i}` }, { headers: { 'cf-connecting-ip': ip }, env: { CHECK_LIMITER: undefined } })).status);
    }
    expect(statuses.slice(0, CHECK_LIMIT.limit).every((s) => s === 200)).toBe(true);
    const over = await postCheck({ text: 'Một lần nữa' }, { headers: { 'cf-connecting-ip': ip }, env: { CHECK_LIMITER: undefined } });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problem(over)).code).toBe('RATE_LIMITED');
    expect((await postCheck({ text: 'Từ mạng khác' }, { env: { CHECK_LIMITER: undefined } })).status).toBe(200);
  });

  it('during a D1 outage answers the text checks (200) and says the known-claims lookup is unavailable, with Retry-After', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { url } = await debunkedLink();
    const { res, json } = await checkJson({ url, text: 'Nước máy Hà Nội nhiễm dầu thải, không dùng nấu ăn.' }, { env: { DB: failingD1('all') } });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(json.knownClaims).toBe('unavailable');
    // Not "clear": without the lookup nobody can say so.
    expect(json.check.clear).toBe(false);
    expect(json.check.findings.filter((f) => f.kind === 'knownFalse')).toEqual([]);
  });

  it('refuses a cross-site post (CSRF)', async () => {
    const res = await postCheck({ text: 'Tin cần kiểm tra' }, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
  });
});
