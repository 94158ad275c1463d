// Reports without a link: a message copied from a chat, or only a screenshot.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { toHex } from '../../workers/core/crypto';
import { claimReviewForStory } from '../../workers/reports/claim-review';
import { claimTextKey } from '../../workers/reports/claim-key';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { caseRow, nextIp, PNG_BYTES, postReport, type ReportAnswer } from './helpers';

const RUMOUR = 'Từ 1/12 ngân hàng sẽ khóa mọi tài khoản chưa cập nhật căn cước, hãy gửi mã OTP cho tổng đài để giữ tài khoản!';
// The same message as forwarded by another person: no accents, other case, emoji, extra spaces and a hashtag.
const FORWARDED = '‼️ TU 1/12 ngan hang se khoa moi tai khoan chua cap nhat can cuoc,   hay gui ma OTP cho tong dai de giu tai khoan 😱 #canhbao';

let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Chị Lan', provinceCode: null });
});

const asEditor = (path: string, accept = 'text/html') => fetchApp(path, { headers: { ...editor.headers, accept } });

async function created(res: Response): Promise<ReportAnswer> {
  const body = await readJson<ReportAnswer>(res);
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body;
}

function multipart(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return fetchApp('/api/reports', { method: 'POST', body: form, headers: { origin: ORIGIN, accept: 'application/json', 'cf-connecting-ip': nextIp() } });
}

describe('a report of a copied message (JSON API)', () => {
  let first: ReportAnswer;
  let second: ReportAnswer;

  beforeAll(async () => {
    first = await created(await postReport({ category: 'scam', description: RUMOUR }));
    second = await created(await postReport({ url: '', category: 'scam', description: FORWARDED }));
  });

  it('is stored (201), and the same message forwarded again, folded differently, joins the same case', async () => {
    expect(second.caseId).toBe(first.caseId);
    const row = await caseRow(first.caseId);
    expect(row).toMatchObject({ canonical_url: await claimTextKey(RUMOUR), platform: 'other', report_count: 2 });
    const report = await env.DB.prepare('SELECT url, description, platform FROM reports WHERE id = ?').bind(first.id).first();
    expect(report).toEqual({ url: '', description: RUMOUR, platform: 'other' });
  });

  it('keeps the platform the reporter named', async () => {
    const other = await created(await postReport({ category: 'false_news', platform: 'zalo', description: 'Tin nhắn Zalo: xăng tăng giá 30% từ nửa đêm nay, đổ đầy bình ngay.' }));
    expect(other.caseId).not.toBe(first.caseId);
    expect(await caseRow(other.caseId)).toMatchObject({ platform: 'zalo' });
  });

  it('answers the receipt API with url null and contentKind "text"', async () => {
    const body = await readJson<{ report: Record<string, unknown> }>(await fetchApp(`/api/reports/${first.receipt}`));
    expect(body.report).toMatchObject({ url: null, contentKind: 'text', platform: 'other', category: 'scam' });
    expect(JSON.stringify(body)).not.toContain('claim:');
  });

  it('shows the message and “no link” on the receipt page and the lookup by code, never the case key', async () => {
    for (const path of [`/report/${first.receipt}`, `/tra-cuu?ma=${first.code}`]) {
      const res = await fetchApp(path, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain('Từ 1/12 ngân hàng sẽ khóa mọi tài khoản');
      expect(html, path).toContain('Không có đường link');
      expect(html, path).not.toContain('claim:');
    }
  });

  it('reads sensibly on the desk list and the case page (the claim, “no link”), and the case API gives url null', async () => {
    const list = await (await asEditor(`/editor/cases?q=${encodeURIComponent('khóa mọi tài khoản')}`)).text();
    expect(list).toContain(`#${first.caseId}`);
    expect(list).toContain('Từ 1/12 ngân hàng sẽ khóa mọi tài khoản');
    expect(list).toContain('Không có đường link');
    expect(list).not.toContain('claim:');

    const page = await (await asEditor(`/editor/cases/${first.caseId}`)).text();
    expect(page).toContain('Từ 1/12 ngân hàng sẽ khóa mọi tài khoản');
    expect(page).toContain('Không có đường link');
    expect(page).not.toContain('claim:');

    const json = await readJson<{ canonicalUrl: unknown; contentKind: string; reports: { url: unknown; contentKind: string }[] }>(await asEditor(`/api/cases/${first.caseId}`, 'application/json'));
    expect(json).toMatchObject({ canonicalUrl: null, contentKind: 'text' });
    expect(json.reports.map((r) => [r.url, r.contentKind])).toEqual([[null, 'text'], [null, 'text']]);
    const listed = await readJson<{ items: { id: number; canonicalUrl: unknown; contentKind: string; claimText: string }[] }>(
      await asEditor(`/api/cases?q=${encodeURIComponent('khóa mọi tài khoản')}`, 'application/json'),
    );
    expect(listed.items.find((i) => i.id === first.caseId)).toMatchObject({ canonicalUrl: null, contentKind: 'text', claimText: RUMOUR });
    expect(JSON.stringify(listed)).not.toContain('claim:');
  });

  it('gives a published rebuttal a ClaimReview whose Claim has no appearance (there is no URL to list)', async () => {
    await env.DB.prepare(
      "INSERT INTO stories (slug, title, summary, category_code, province_code, status, published_at, created_at, updated_at) VALUES ('khong-khoa-tai-khoan', 'Ngân hàng không khóa tài khoản', 'Tin giả', 'rebuttal', 'HNI', 'published', ?, 0, 0)",
    ).bind(Date.UTC(2026, 10, 20)).run();
    const story = await env.DB.prepare("SELECT id FROM stories WHERE slug = 'khong-khoa-tai-khoan'").first<{ id: number }>();
    await env.DB.prepare("UPDATE cases SET status = 'false', claim = 'Ngân hàng khóa tài khoản chưa cập nhật căn cước', rebuttal_story_id = ? WHERE id = ?").bind(story?.id, first.caseId).run();
    const review = await claimReviewForStory(createDb(env.DB), story!.id, 'https://lantoa.vn');
    expect(review).toMatchObject({ claimReviewed: 'Ngân hàng khóa tài khoản chưa cập nhật căn cước', itemReviewed: { '@type': 'Claim' } });
    expect(review?.itemReviewed).toEqual({ '@type': 'Claim' });
  });
});

describe('a report of only a screenshot (multipart)', () => {
  it('is keyed by the image bytes: the same screenshot again joins the case; the desk and receipt say “Screenshot”', async () => {
    const bytes = new Uint8Array([...PNG_BYTES, 7, 7, 7]);
    const one = await created(await multipart({ category: 'false_news', screenshot: new File([bytes], 'a.png') }));
    const two = await created(await multipart({ category: 'false_news', description: 'ảnh này', screenshot: new File([bytes], 'b.png') }));
    expect(two.caseId).toBe(one.caseId);
    expect(await caseRow(one.caseId)).toMatchObject({ canonical_url: `claim:image:${toHex(await crypto.subtle.digest('SHA-256', bytes))}`, platform: 'other', report_count: 2 });

    const receipt = await (await fetchApp(`/report/${one.receipt}`, { headers: { accept: 'text/html' } })).text();
    expect(receipt).toContain('Ảnh chụp màn hình');
    expect(receipt).toContain('Không có đường link');
    expect(receipt).not.toContain('claim:');
    expect((await readJson<{ report: Record<string, unknown> }>(await fetchApp(`/api/reports/${one.receipt}`))).report).toMatchObject({ url: null, contentKind: 'image' });

    const page = await (await asEditor(`/editor/cases/${one.caseId}`)).text();
    expect(page).toContain('Ảnh chụp màn hình');
    expect(page).not.toContain('claim:');
    expect(page).toContain(`/api/cases/${one.caseId}/reports/${one.id}/screenshot`);
  });

  it('with the message too, is keyed by the text (the same message with another screenshot is the same case)', async () => {
    const text = 'Clip: cầu Rồng Đà Nẵng bị sập tối qua, cấm mọi xe qua cầu từ hôm nay';
    const a = await created(await multipart({ category: 'false_news', description: text, screenshot: new File([new Uint8Array([...PNG_BYTES, 1])], 'a.png') }));
    const b = await created(await multipart({ category: 'false_news', description: text.toUpperCase(), screenshot: new File([new Uint8Array([...PNG_BYTES, 2])], 'b.png') }));
    expect(b.caseId).toBe(a.caseId);
    expect(await caseRow(a.caseId)).toMatchObject({ canonical_url: await claimTextKey(text) });
  });
});

describe('a copied message, retried and rebutted', () => {
  it('replays the first answer for the same Idempotency-Key, storing nothing new', async () => {
    const body = { category: 'false_news', description: 'Sữa hộp X bị nhiễm độc, đã có 12 trẻ nhập viện ở Thủ Đức' };
    const key = 'linkless-retry-0001';
    const a = await created(await postReport(body, { 'idempotency-key': key }));
    const res = await postReport(body, { 'idempotency-key': key });
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect((await readJson<ReportAnswer>(res)).id).toBe(a.id);
    expect(await caseRow(a.caseId)).toMatchObject({ report_count: 1 });
  });

  it('starts a rebuttal titled "online", not "on Other", for a chat message with no platform', async () => {
    const { caseId } = await created(await postReport({ category: 'false_news', description: 'Tin đồn: trường học cho nghỉ cả tuần vì dịch cúm lạ bùng phát' }));
    const res = await sendJson('POST', `/api/cases/${caseId}/rebuttal`, { provinceCode: 'HNI' }, editor.headers);
    expect(res.status).toBe(201);
    const { story } = await readJson<{ story: { id: number } }>(res);
    const row = await env.DB.prepare('SELECT title FROM stories WHERE id = ?').bind(story.id).first<{ title: string }>();
    expect(row?.title).toBe('Sự thật về thông tin đang lan truyền trên mạng');
  });
});

describe('the plain HTML form without a link', () => {
  it('takes a copied message (no url field at all) and redirects to the receipt page', async () => {
    const res = await fetchApp('/api/reports', {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: ORIGIN, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({ url: '', category: 'incitement', description: 'Kêu gọi tụ tập trước ủy ban phường vào sáng Chủ nhật' }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/report\/[A-Za-z0-9_-]{43}$/);
  });
});

describe('reports with a link are unchanged', () => {
  it('keep their canonical URL as the case key and as strings in the API, with contentKind "link"', async () => {
    const linked = await created(await postReport({ url: 'https://www.tiktok.com/@a/video/7411111111111111111?lang=vi', category: 'scam', description: 'ngắn' }));
    expect(await caseRow(linked.caseId)).toMatchObject({ canonical_url: 'https://tiktok.com/video/7411111111111111111', platform: 'tiktok' });
    const receipt = await readJson<{ report: Record<string, unknown> }>(await fetchApp(`/api/reports/${linked.receipt}`));
    expect(receipt.report).toMatchObject({ url: 'https://www.tiktok.com/@a/video/7411111111111111111?lang=vi', contentKind: 'link' });
    const json = await readJson<Record<string, unknown>>(await asEditor(`/api/cases/${linked.caseId}`, 'application/json'));
    expect(json).toMatchObject({ canonicalUrl: 'https://tiktok.com/video/7411111111111111111', contentKind: 'link' });
  });
});
