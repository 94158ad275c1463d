// Nothing pasted is stored or logged: after checks through the API (JSON and HTML), the page's
// form post and "Báo cáo tin này" (which only fills in the report form), every table has the
// rows it had, and nothing written to the console holds the pasted words, even when the
// request fails inside.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORIGIN } from '../helpers/http';
import { appFetch, nextIp } from '../reports/helpers';
import { checkJson, debunkedLink, postCheck, postCheckForm } from './helpers';

const SECRET = 'Ông Trần Văn Bí Mật ở số 12 ngõ Kín, CCCD 079201001234, gọi 0912345678 — CHIA SẺ GẤP tài liệu MẬT';
const MARKER = 'Bí Mật';

async function rowCounts(): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of results) {
    const row = await env.DB.prepare(`SELECT count(*) AS n FROM "${name}"`).first<{ n: number }>();
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

function consoleSpy() {
  const lines: string[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
  }
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('nothing pasted is stored or logged', () => {
  it('leaves the row count of every table unchanged after checks by API, fragment, form post and "Báo cáo tin này"', async () => {
    const { url } = await debunkedLink();
    const lines = consoleSpy();
    const before = await rowCounts();
    expect(Object.keys(before).length).toBeGreaterThan(20);

    expect((await checkJson({ text: SECRET, url })).res.status).toBe(200);
    expect((await postCheck({ text: SECRET }, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await postCheckForm({ text: SECRET, url })).status).toBe(200);
    expect((await postCheckForm({ text: SECRET }, '/check?lang=en')).status).toBe(200);
    // Refused input is not kept either.
    expect((await postCheck({ text: `${SECRET}${'!'.repeat(5000)}` })).status).toBe(400);
    expect((await postCheckForm({ text: SECRET, url: 'javascript:alert(1)' })).status).toBe(400);
    const report = await appFetch('/kiem-tra/bao-cao', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({ text: SECRET, url }).toString(),
    });
    expect(report.status).toBe(200);

    expect(await rowCounts()).toEqual(before);
    expect(lines.filter((l) => l.includes(MARKER) || l.includes('079201001234'))).toEqual([]);
  });

  it('logs a failure inside a check without its message (which could quote the text)', async () => {
    const lines = consoleSpy();
    // A D1 that fails with a bug-like error quoting the bound text, as a driver error can.
    const quoting = {
      ...env.DB,
      prepare: () => {
        throw new Error(`SQLITE_ERROR: near "${SECRET}": syntax error`);
      },
      batch: () => Promise.reject(new Error(`SQLITE_ERROR: near "${SECRET}": syntax error`)),
    } as unknown as D1Database;
    const res = await postCheck({ text: SECRET }, { env: { DB: quoting } });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain(MARKER);
    expect(lines.some((l) => l.includes('POST /api/check'))).toBe(true);
    expect(lines.filter((l) => l.includes(MARKER))).toEqual([]);
  });
});
