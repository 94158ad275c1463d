import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../workers/core/crypto';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { caseRow, createReport, JPEG_BYTES, nextIp, PNG_BYTES, postReport, validReport, WEBP_BYTES } from './helpers';

describe('POST /api/reports with JSON', () => {
  it('answers 201 with an id, an unguessable receipt, the case status and the case id', async () => {
    const res = await postReport(validReport());
    expect(res.status).toBe(201);
    const body = await readJson<{ id: number; receipt: string; status: string; caseId: number }>(res);
    expect(body).toMatchObject({ status: 'new' });
    expect(body.id).toBeGreaterThan(0);
    expect(body.caseId).toBeGreaterThan(0);
    expect(body.receipt).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores only the SHA-256 of the receipt, never the receipt itself', async () => {
    const { id, receipt } = await createReport(validReport({ url: 'https://example.com/receipt-hash' }));
    const row = await env.DB.prepare('SELECT * FROM reports WHERE id = ?').bind(id).first<Record<string, unknown>>();
    expect(row?.receipt_hash).toBe(await sha256Hex(receipt));
    expect(JSON.stringify(row)).not.toContain(receipt);
  });

  it('groups every spelling of the same post into one case and counts each report', async () => {
    const a = await createReport(validReport({ url: 'https://www.facebook.com/story.php?story_fbid=555&id=777' }));
    const b = await createReport(validReport({ url: 'https://m.facebook.com/permalink.php?id=777&story_fbid=555&fbclid=abc' }));
    const c = await createReport(validReport({ url: 'https://facebook.com/777/posts/555/?__tn__=R' }));
    expect(new Set([a.caseId, b.caseId, c.caseId]).size).toBe(1);
    const row = await caseRow(a.caseId);
    expect(row).toMatchObject({ canonical_url: 'https://facebook.com/777/posts/555', report_count: 3, platform: 'facebook', status: 'new' });
  });

  it('infers the platform from the link when none is given, and keeps one that is', async () => {
    const inferred = await createReport(validReport({ url: 'https://youtu.be/dQw4w9WgXcQ?si=x' }));
    expect(await caseRow(inferred.caseId)).toMatchObject({ platform: 'youtube', canonical_url: 'https://youtube.com/watch?v=dQw4w9WgXcQ' });
    const given = await createReport(validReport({ url: 'https://chat-group.example.vn/p/1', platform: 'zalo' }));
    const row = await env.DB.prepare('SELECT platform FROM reports WHERE id = ?').bind(given.id).first<{ platform: string }>();
    expect(row?.platform).toBe('zalo');
  });

  it('keeps the optional province and private contact on the report', async () => {
    const { id, caseId } = await createReport(validReport({ url: 'https://example.com/p', province: 'dng', contact: 'ban@example.vn' }));
    const row = await env.DB.prepare('SELECT province_code, contact, ip_hash FROM reports WHERE id = ?').bind(id).first<Record<string, string>>();
    expect(row).toMatchObject({ province_code: 'DNG', contact: 'ban@example.vn' });
    expect(row?.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await caseRow(caseId)).toMatchObject({ province_code: 'DNG' });
  });

  it('normalises Vietnamese text to NFC and accepts exactly 2,000 characters', async () => {
    const decomposed = 'Tin giả'.normalize('NFD');
    const { id } = await createReport(validReport({ url: 'https://example.com/nfc', description: decomposed + 'a'.repeat(2000 - 7) }));
    const row = await env.DB.prepare('SELECT description FROM reports WHERE id = ?').bind(id).first<{ description: string }>();
    expect(row?.description.startsWith('Tin giả')).toBe(true);
    expect(row?.description).toHaveLength(2000);
  });
});

describe('POST /api/reports from the HTML form', () => {
  it('answers an urlencoded form with 303 to the receipt page', async () => {
    const form = new URLSearchParams({ url: 'https://tiktok.com/@a/video/7301234567890123456', category: 'scam', description: 'Lừa đảo', province: '' });
    const res = await fetchApp('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, accept: 'text/html', 'cf-connecting-ip': nextIp() },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/report\/[A-Za-z0-9_-]{43}$/);
    const page = await fetchApp(res.headers.get('location') ?? '', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Đã nhận báo cáo của bạn');
    expect(html).toContain('Mới');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
  });

  it('answers a form with JSON when the client asks for JSON', async () => {
    const res = await fetchApp('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({ url: 'https://example.com/form-json', category: 'other' }).toString(),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'new' });
  });

  it.each([
    ['PNG', PNG_BYTES, 'image/png'],
    ['JPEG', JPEG_BYTES, 'image/jpeg'],
    ['WebP', WEBP_BYTES, 'image/webp'],
  ])('stores a %s screenshot sent as multipart in R2, typed by its content', async (_name, bytes, mime) => {
    const form = new FormData();
    form.append('url', `https://example.com/shot-${mime}`);
    form.append('category', 'distortion');
    // The client claims a wrong type on purpose: the magic bytes decide.
    form.append('screenshot', new File([bytes], 'anh.bin', { type: 'application/octet-stream' }));
    const res = await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } });
    expect(res.status).toBe(201);
    const { id } = await readJson<{ id: number }>(res);
    const row = await env.DB.prepare('SELECT screenshot_key FROM reports WHERE id = ?').bind(id).first<{ screenshot_key: string }>();
    expect(row?.screenshot_key).toMatch(/^reports\/screenshots\/\d{4}-\d{2}\/[A-Za-z0-9_-]+\.(png|jpg|webp)$/);
    const object = await env.MEDIA.get(row?.screenshot_key ?? '');
    expect(object?.httpMetadata?.contentType).toBe(mime);
    expect(new Uint8Array(await object!.arrayBuffer())).toEqual(bytes);
  });

  it('treats an empty file input (no screenshot chosen) as no screenshot', async () => {
    const form = new FormData();
    form.append('url', 'https://example.com/no-shot');
    form.append('category', 'other');
    form.append('screenshot', new File([], ''));
    const res = await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'text/html', 'cf-connecting-ip': nextIp() }, redirect: 'manual' });
    expect(res.status).toBe(303);
  });
});

describe('GET /api/reports/:receipt', () => {
  it('shows the reporter the status of their case', async () => {
    const { receipt } = await createReport(validReport({ url: 'https://example.com/status-check' }));
    const res = await fetchApp(`/api/reports/${receipt}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await readJson(res);
    expect(body).toMatchObject({ status: 'new', verdictSummary: null, rebuttal: null, report: { url: 'https://example.com/status-check', category: 'false_news' } });
  });
});

describe('GET /report', () => {
  it('shows the report form with the verify-before-you-share reminder, in Vietnamese by default', async () => {
    const res = await fetchApp('/report', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Kiểm chứng trước khi chia sẻ');
    expect(html).toContain('action="/api/reports"');
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/name="idempotencyKey" value="[A-Za-z0-9_-]{22}"/);
    expect(html).toContain('<option value="HNI">Hà Nội</option>');
  });

  it('speaks English when asked', async () => {
    const html = await (await fetchApp('/report?lang=en')).text();
    expect(html).toContain('Verify before you share');
    expect(html).toContain('Send report');
  });
});

describe('the reports sweep (cron)', () => {
  it('forgets idempotency answers after 24 hours and rate counters whose window is long past, and nothing newer', async () => {
    const { cronJobs } = await import('../../workers/jobs/cron');
    const job = cronJobs.find((j) => j.name === 'reports.sweep');
    const now = Date.now();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO idempotency_keys (key_hash, status, response, created_at) VALUES ('old', 201, '{}', ?), ('fresh', 201, '{}', ?)").bind(now - 25 * 3600_000, now - 3600_000),
      env.DB.prepare("INSERT INTO rate_counters (key, count, window_start) VALUES ('report:ip:old', 3, ?), ('report:ip:new', 3, ?), ('login:acct:x', 1, 0), ('login:acct:y', 2, ?), ('share:ip:old', 9, ?)").bind(now - 2 * 3600_000, now, now - 10 * 60_000, now - 2 * 3600_000),
    ]);
    await job?.run(env, now);
    const keys = await env.DB.prepare("SELECT key_hash FROM idempotency_keys WHERE key_hash IN ('old', 'fresh')").all<{ key_hash: string }>();
    expect(keys.results.map((r) => r.key_hash)).toEqual(['fresh']);
    const counters = await env.DB.prepare('SELECT key FROM rate_counters ORDER BY key').all<{ key: string }>();
    // Sign-in's 15-minute window is the longest: a counter an hour past its start holds nothing.
    expect(counters.results.map((r) => r.key)).toEqual(expect.arrayContaining(['login:acct:y', 'report:ip:new']));
    for (const gone of ['report:ip:old', 'login:acct:x', 'share:ip:old']) expect(counters.results.map((r) => r.key)).not.toContain(gone);
  });
});
