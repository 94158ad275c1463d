import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { caseRow, createReport, JPEG_BYTES, nextIp, validReport } from './helpers';

let editor: TestUser;
let otherEditor: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Biên tập viên A', provinceCode: null });
  otherEditor = await signedInAs('editor', { name: 'Biên tập viên B', provinceCode: null });
});

type CaseJson = Record<string, unknown> & { id: number; status: string; reportCount: number };

const get = (path: string) => fetchApp(path, { headers: editor.headers });
const patch = (id: number, body: unknown) => sendJson('PATCH', `/api/cases/${id}`, body, editor.headers);

describe('GET /api/cases', () => {
  it('lists cases most-reported first, with filters and pages', async () => {
    const busy = 'https://www.tiktok.com/@x/video/7000000000000000001';
    for (let i = 0; i < 3; i++) await createReport(validReport({ url: busy, category: 'scam', province: 'HCM' }));
    await createReport(validReport({ url: 'https://zalo.me/g/quiet-group', category: 'incitement' }));

    const all = await readJson<{ items: CaseJson[]; total: number; page: number; pageSize: number }>(await get('/api/cases'));
    expect(all.items[0]).toMatchObject({ canonicalUrl: 'https://tiktok.com/video/7000000000000000001', reportCount: 3, platform: 'tiktok', provinceCode: 'HCM' });
    const counts = all.items.map((c) => c.reportCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const scams = await readJson<{ items: CaseJson[] }>(await get('/api/cases?category=scam&platform=tiktok&province=hcm&status=new'));
    expect(scams.items.map((c) => c.canonicalUrl)).toEqual(['https://tiktok.com/video/7000000000000000001']);
    const zalo = await readJson<{ items: CaseJson[] }>(await get('/api/cases?platform=zalo'));
    expect(zalo.items.map((c) => c.canonicalUrl)).toEqual(['https://zalo.me/g/quiet-group']);

    const paged = await readJson<{ items: CaseJson[]; page: number; pageSize: number; total: number }>(await get('/api/cases?pageSize=1&page=2'));
    expect(paged).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBeGreaterThanOrEqual(2);
  });

  it('searches links and report descriptions with q, wildcards taken literally', async () => {
    await createReport(validReport({ url: 'https://example.com/search-me', description: 'Tin đồn về 100% học phí' }));
    const byText = await readJson<{ items: CaseJson[] }>(await get(`/api/cases?q=${encodeURIComponent('100% học')}`));
    expect(byText.items.map((c) => c.canonicalUrl)).toEqual(['https://example.com/search-me']);
    const byUrl = await readJson<{ items: CaseJson[] }>(await get('/api/cases?q=SEARCH-ME'));
    expect(byUrl.items).toHaveLength(1);
    const wildcard = await readJson<{ items: CaseJson[] }>(await get('/api/cases?q=_'));
    expect(wildcard.items.every((c) => String(c.canonicalUrl).includes('_'))).toBe(true);
  });
});

describe('working a case', () => {
  it('moves new → reviewing → false with a verdict, assigns it, adds a note, and records it all in the audit log', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/work-me', contact: 'lienhe@example.vn' }));
    let res = await patch(caseId, { status: 'reviewing', assigneeId: otherEditor.id, note: 'Đang liên hệ Sở Y tế' });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ status: 'reviewing', assigneeId: otherEditor.id, verdictAt: null });

    res = await patch(caseId, { status: 'false', claim: 'Nước ngọt X gây ung thư', verdictSummary: 'Không có nghiên cứu nào cho thấy điều này.' });
    const decided = await readJson<CaseJson>(res);
    expect(res.status).toBe(200);
    expect(decided).toMatchObject({ status: 'false', claim: 'Nước ngọt X gây ung thư', verdictSummary: 'Không có nghiên cứu nào cho thấy điều này.' });
    expect(decided.verdictAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const detail = await readJson<{
      reports: { contact: string; screenshotUrl: string | null }[];
      notes: { body: string; authorName: string }[];
      history: { action: string; actorName: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
      assignee: { name: string };
    }>(await get(`/api/cases/${caseId}`));
    expect(detail.reports[0]).toMatchObject({ contact: 'lienhe@example.vn', screenshotUrl: null });
    expect(detail.notes).toEqual([expect.objectContaining({ body: 'Đang liên hệ Sở Y tế', authorName: 'Biên tập viên A' })]);
    expect(detail.assignee.name).toBe('Biên tập viên B');
    expect(detail.history.map((h) => h.action).sort()).toEqual(['case.note', 'case.update', 'case.update']);
    const verdict = detail.history.find((h) => h.after.status === 'false');
    expect(verdict).toMatchObject({ actorName: 'Biên tập viên A', before: { status: 'reviewing' } });
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE target = ?").bind(`case:${caseId}`).first<{ n: number }>();
    expect(audit?.n).toBe(3);
  });

  it('reopens a decided case for review and keeps when it was first decided', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/reopen' }));
    await patch(caseId, { status: 'reviewing' });
    const decided = await readJson<CaseJson>(await patch(caseId, { status: 'referred' }));
    const reopened = await readJson<CaseJson>(await patch(caseId, { status: 'reviewing' }));
    expect(reopened.status).toBe('reviewing');
    expect(reopened.verdictAt).toBe(decided.verdictAt);
  });

  it('changes nothing (and logs nothing) when the patch repeats the current values', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/same' }));
    const res = await patch(caseId, { status: 'new', verdictSummary: null });
    expect(res.status).toBe(200);
    const audit = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE target = ?').bind(`case:${caseId}`).first<{ n: number }>();
    expect(audit?.n).toBe(0);
  });

  it('serves a report’s screenshot to editors with its own type and no caching', async () => {
    const form = new FormData();
    form.append('url', 'https://example.com/with-shot');
    form.append('category', 'other');
    form.append('screenshot', new File([JPEG_BYTES], 'a.jpg'));
    const created = await readJson<{ caseId: number }>(
      await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } }),
    );
    const detail = await readJson<{ reports: { screenshotUrl: string }[] }>(await get(`/api/cases/${created.caseId}`));
    const shot = await get(detail.reports[0]?.screenshotUrl ?? '');
    expect(shot.status).toBe(200);
    expect(shot.headers.get('content-type')).toBe('image/jpeg');
    expect(shot.headers.get('cache-control')).toBe('private, no-store');
    expect(new Uint8Array(await shot.arrayBuffer())).toEqual(JPEG_BYTES);
  });
});

describe('POST /api/cases/:id/merge', () => {
  it('moves the reports, adds the counts, points the merged case at the target, and sends later reports there', async () => {
    const a = await createReport(validReport({ url: 'https://fb.watch/abcDEF123/' }));
    await createReport(validReport({ url: 'https://fb.watch/abcDEF123/?mibextid=1' }));
    const b = await createReport(validReport({ url: 'https://www.facebook.com/watch/?v=998877' }));
    await patch(a.caseId, { note: 'Cùng một video với hồ sơ kia' });
    const res = await sendJson('POST', `/api/cases/${a.caseId}/merge`, { targetId: b.caseId }, editor.headers);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ id: b.caseId, reportCount: 3 });
    expect(await caseRow(a.caseId)).toMatchObject({ merged_into_id: b.caseId, report_count: 0 });

    // A new report of the merged link joins the target case and counts there.
    const later = await createReport(validReport({ url: 'https://fb.watch/abcDEF123' }));
    expect(later.caseId).toBe(b.caseId);
    expect(await caseRow(b.caseId)).toMatchObject({ report_count: 4 });
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM reports WHERE case_id = ?').bind(b.caseId).first<{ n: number }>();
    expect(stored?.n).toBe(4);

    const detail = await readJson<{ notes: unknown[]; mergedFrom: { id: number }[]; history: { action: string }[] }>(await get(`/api/cases/${b.caseId}`));
    expect(detail.notes).toHaveLength(1);
    expect(detail.mergedFrom.map((m) => m.id)).toEqual([a.caseId]);
    expect(detail.history.map((h) => h.action)).toContain('case.merge_in');

    // The merged case drops out of the desk.
    const list = await readJson<{ items: { id: number }[] }>(await get('/api/cases?pageSize=100'));
    expect(list.items.map((c) => c.id)).not.toContain(a.caseId);
  });

  it('re-points cases merged earlier, so a chain always ends at a live case', async () => {
    const a = await createReport(validReport({ url: 'https://example.com/chain-a' }));
    const b = await createReport(validReport({ url: 'https://example.com/chain-b' }));
    const c = await createReport(validReport({ url: 'https://example.com/chain-c' }));
    await sendJson('POST', `/api/cases/${a.caseId}/merge`, { targetId: b.caseId }, editor.headers);
    await sendJson('POST', `/api/cases/${b.caseId}/merge`, { targetId: c.caseId }, editor.headers);
    expect(await caseRow(a.caseId)).toMatchObject({ merged_into_id: c.caseId });
    expect(await caseRow(c.caseId)).toMatchObject({ report_count: 3 });
    const again = await createReport(validReport({ url: 'https://example.com/chain-a' }));
    expect(again.caseId).toBe(c.caseId);
  });
});

describe('POST /api/cases/:id/rebuttal', () => {
  it('creates a draft rebuttal story by the editor, prefilled from the case, and links it', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/rebut-me', province: 'DNG' }));
    await patch(caseId, { status: 'reviewing', claim: 'Đà Nẵng cấm xe máy từ tháng sau', verdictSummary: 'Không có quyết định nào như vậy.' });
    const res = await sendJson('POST', `/api/cases/${caseId}/rebuttal`, { title: 'Đà Nẵng không cấm xe máy' }, editor.headers);
    expect(res.status).toBe(201);
    const { story } = await readJson<{ story: { id: number; slug: string; status: string } }>(res);
    expect(story).toMatchObject({ slug: 'da-nang-khong-cam-xe-may', status: 'draft' });
    const row = await env.DB.prepare('SELECT * FROM stories WHERE id = ?').bind(story.id).first<Record<string, unknown>>();
    expect(row).toMatchObject({
      category_code: 'rebuttal',
      province_code: 'DNG',
      author_id: editor.id,
      status: 'draft',
      summary: 'Không có quyết định nào như vậy.',
    });
    expect(String(row?.body)).toContain('Đà Nẵng cấm xe máy từ tháng sau');
    expect(String(row?.body_html)).toContain('<h2>Sự thật</h2>');
    expect(await caseRow(caseId)).toMatchObject({ rebuttal_story_id: story.id });
    const revisions = await env.DB.prepare('SELECT count(*) AS n FROM story_revisions WHERE story_id = ?').bind(story.id).first<{ n: number }>();
    expect(revisions?.n).toBe(1);
    const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE target IN (?, ?) ORDER BY id").bind(`case:${caseId}`, `story:${story.id}`).all<{ action: string }>();
    expect(audit.results.map((r) => r.action)).toEqual(expect.arrayContaining(['case.rebuttal_started', 'story.create']));
  });

  it('gives a second rebuttal on the same title a different slug', async () => {
    const one = await createReport(validReport({ url: 'https://example.com/slug-1' }));
    const two = await createReport(validReport({ url: 'https://example.com/slug-2' }));
    const a = await readJson<{ story: { slug: string } }>(await sendJson('POST', `/api/cases/${one.caseId}/rebuttal`, { title: 'Cùng một tiêu đề', provinceCode: 'DNG' }, editor.headers));
    const b = await readJson<{ story: { slug: string } }>(await sendJson('POST', `/api/cases/${two.caseId}/rebuttal`, { title: 'Cùng một tiêu đề', provinceCode: 'DNG' }, editor.headers));
    expect(a.story.slug).toBe('cung-mot-tieu-de');
    expect(b.story.slug).toBe('cung-mot-tieu-de-2');
  });
});
