import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { caseRow, nextIp, postReport, rowCount, validReport, type ReportAnswer } from './helpers';

describe('Idempotency-Key on POST /api/reports', () => {
  it('returns the first answer to a retry and stores nothing new', async () => {
    const key = crypto.randomUUID();
    const body = validReport({ url: 'https://example.com/retry-1' });
    const first = await postReport(body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const firstBody = await readJson<ReportAnswer>(first);
    const counts = { reports: await rowCount('reports'), keys: await rowCount('idempotency_keys') };

    const retry = await postReport(body, { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await readJson<ReportAnswer>(retry)).toEqual(firstBody);
    expect(await rowCount('reports')).toBe(counts.reports);
    expect(await rowCount('idempotency_keys')).toBe(counts.keys);
    expect(await caseRow(firstBody.caseId)).toMatchObject({ report_count: 1 });
  });

  it('never stores the receipt in the remembered answer', async () => {
    const key = crypto.randomUUID();
    const { receipt } = await readJson<ReportAnswer>(await postReport(validReport({ url: 'https://example.com/retry-2' }), { 'idempotency-key': key }));
    const rows = await env.DB.prepare('SELECT response FROM idempotency_keys').all<{ response: string }>();
    expect(rows.results.length).toBeGreaterThan(0);
    for (const row of rows.results) expect(row.response).not.toContain(receipt);
  });

  it('accepts the key as the hidden form field too, and redirects the retry to the same receipt', async () => {
    const form = new URLSearchParams({ url: 'https://example.com/retry-form', category: 'other', idempotencyKey: 'form-key-0123456789' });
    const send = () =>
      fetchApp('/api/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp() },
        body: form.toString(),
        redirect: 'manual',
      });
    const first = await send();
    const before = await rowCount('reports');
    const second = await send();
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await rowCount('reports')).toBe(before);
  });

  it('stores exactly one report when 20 retries with one key arrive at once', async () => {
    const key = crypto.randomUUID();
    const body = validReport({ url: 'https://example.com/retry-burst' });
    const before = await rowCount('reports');
    const answers = await Promise.all(Array.from({ length: 20 }, () => postReport(body, { 'idempotency-key': key })));
    const bodies = await Promise.all(answers.map((res) => readJson<ReportAnswer>(res)));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies.map((b) => b.receipt)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(await rowCount('reports')).toBe(before + 1);
    expect(await caseRow(bodies[0]!.caseId)).toMatchObject({ report_count: 1 });
  });

  it('refuses the same key with a different report with 409', async () => {
    const key = crypto.randomUUID();
    await postReport(validReport({ url: 'https://example.com/key-a' }), { 'idempotency-key': key });
    const before = await rowCount('reports');
    const res = await postReport(validReport({ url: 'https://example.com/key-b' }), { 'idempotency-key': key });
    expect(res.status).toBe(409);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('idempotencyKey');
    expect(await rowCount('reports')).toBe(before);
  });

  it('treats a key older than 24 hours as new', async () => {
    const key = crypto.randomUUID();
    const body = validReport({ url: 'https://example.com/key-expired' });
    const first = await readJson<ReportAnswer>(await postReport(body, { 'idempotency-key': key }));
    await env.DB.prepare('UPDATE idempotency_keys SET created_at = created_at - ?').bind(25 * 60 * 60 * 1000).run();
    const again = await postReport(body, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    const second = await readJson<ReportAnswer>(again);
    expect(second.id).not.toBe(first.id);
    expect(second.receipt).not.toBe(first.receipt);
    expect(await caseRow(first.caseId)).toMatchObject({ report_count: 2 });
  });
});
