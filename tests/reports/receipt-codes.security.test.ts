// Short codes never open someone else's case, and cannot be guessed: every lookup counts per address.
import { describe, expect, it } from 'vitest';
import { normaliseCode } from '../../workers/reports/receipt';
import { LOOKUP_LIMIT } from '../../workers/reports/rate-limit';
import { fetchApp } from '../helpers/http';
import { appFetch, createReport, nextIp, validReport } from './helpers';

/** A valid code one symbol away from `code` (the last symbol changed). */
function neighbour(code: string): string {
  const last = code.at(-1) === '2' ? '3' : '2';
  return `${code.slice(0, -1)}${last}`;
}

describe('a wrong code reveals nothing', () => {
  it('a code one symbol off shows neither report, only the not-found page', async () => {
    const mine = await createReport(validReport({ url: 'https://example.com/code-mine', description: 'của tôi' }));
    const theirs = await createReport(validReport({ url: 'https://example.com/code-theirs', description: 'BÍ MẬT của người khác' }));
    for (const typed of [neighbour(mine.code ?? ''), neighbour(theirs.code ?? '')]) {
      const res = await fetchApp(`/tra-cuu?ma=${typed}`, { headers: { accept: 'text/html', 'cf-connecting-ip': nextIp() } });
      const html = await res.text();
      expect(res.status).toBe(404);
      for (const leak of ['code-mine', 'code-theirs', 'BÍ MẬT', mine.code ?? '?', theirs.code ?? '?']) expect(html).not.toContain(leak);
    }
  });

  it('a page found by code shows that report only, and never its private receipt link', async () => {
    const mine = await createReport(validReport({ url: 'https://example.com/code-own-only' }));
    await createReport(validReport({ url: 'https://example.com/code-own-only', contact: 'nguoi-khac@example.vn', description: 'BÍ MẬT' }));
    const html = await (await fetchApp(`/tra-cuu?ma=${mine.code}`, { headers: { 'cf-connecting-ip': nextIp() } })).text();
    expect(html).toContain(mine.code);
    expect(html).not.toContain(mine.receipt);
    expect(html).not.toContain('nguoi-khac@example.vn');
    expect(html).not.toContain('BÍ MẬT');
  });

  it('codes are different per report and never derived from anything a stranger knows', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) codes.add((await createReport(validReport({ url: 'https://example.com/code-same-link' }))).code ?? '');
    expect(codes.size).toBe(20);
    for (const code of codes) expect(normaliseCode(code)).toBe(code);
  });
});

describe('lookups are limited per address', () => {
  it(`answers lookup number ${LOOKUP_LIMIT.limit + 1} in a minute with 429, even for a right code (D1 counter)`, async () => {
    const mine = await createReport(validReport({ url: 'https://example.com/code-limit' }));
    const ip = nextIp();
    const lookup = (typed: string) => appFetch(`/tra-cuu?ma=${typed}`, { headers: { accept: 'text/html', 'cf-connecting-ip': ip } }, { LOOKUP_LIMITER: undefined });
    for (let i = 0; i < LOOKUP_LIMIT.limit; i++) expect((await lookup(`LT-2222-${'23456789'[i % 8]}${'ABCDEFGH'[Math.floor(i / 8)]}22`)).status).toBe(404);
    const refused = await lookup(mine.code ?? '');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const html = await refused.text();
    expect(html).toContain('Bạn đã tra cứu quá nhiều lần');
    expect(html).not.toContain('https://example.com/code-limit');
    // Another address is not held back.
    expect((await appFetch(`/tra-cuu?ma=${mine.code}`, { headers: { 'cf-connecting-ip': nextIp() } }, { LOOKUP_LIMITER: undefined })).status).toBe(200);
  });

  it('the deployed limiter binding refuses too', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i <= LOOKUP_LIMIT.limit; i++) {
      statuses.push((await fetchApp('/tra-cuu?ma=LT-3333-3333', { headers: { 'cf-connecting-ip': ip } })).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});
