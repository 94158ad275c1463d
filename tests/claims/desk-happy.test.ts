import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { caseRow, createReport, validReport } from '../reports/helpers';
import { caseWith, candidateRow, matchStatus, reportOwners } from './desk-helpers';

let editor: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Chị Lan', provinceCode: null });
});

const page = (path: string) => fetchApp(path, { headers: { ...editor.headers, accept: 'text/html' } });
const postForm = (path: string, fields: Record<string, string> = {}) =>
  fetchApp(path, {
    method: 'POST',
    headers: { ...editor.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

type Candidate = { matchId: number; methods: string[]; score: number; matchedWords: string[]; case: { id: number; text: string; reportCount: number }; mergeTargetId: number; mergeReason: string };

describe('"Có thể cùng nội dung" on the case page', () => {
  it('lists the candidate on both cases with its text (matched words marked, escaped), status, count, score and method in words', async () => {
    const older = await caseWith('Nóng: uống nước chanh nóng chữa khỏi COVID <b>100%</b>');
    const newer = await caseWith('CHIA SẺ GẤP uong nuoc chanh se khoi covid ngay');
    await createReport(validReport({ url: 'https://example.com/unused-' + crypto.randomUUID() }));
    await candidateRow(newer.caseId, older.caseId, { score: 0.724 });

    const html = await (await page(`/editor/cases/${newer.caseId}`)).text();
    expect(html).toContain('Có thể cùng nội dung');
    expect(html).toContain(`Hồ sơ #${older.caseId}`);
    expect(html).toContain('Độ giống: 72%');
    expect(html).toContain('Giống chữ');
    expect(html).toContain('<mark>nước</mark> <mark>chanh</mark>');
    expect(html).toContain('<mark>COVID</mark> &lt;b&gt;100%&lt;/b&gt;');
    expect(html).toContain('1 báo cáo');
    expect(html).toContain('Mới');
    // The older case is kept, and the button says so.
    expect(html).toContain(`Gộp hồ sơ này vào hồ sơ #${older.caseId}`);
    expect(html).toContain(`Giữ hồ sơ #${older.caseId} vì hồ sơ đó có trước.`);

    const back = await (await page(`/editor/cases/${older.caseId}?lang=en`)).text();
    expect(back).toContain('Possibly the same claim');
    expect(back).toContain(`Merge case #${newer.caseId} into this one`);
    expect(back).toContain('Same words');

    const api = await readJson<{ items: Candidate[] }>(await fetchApp(`/api/cases/${older.caseId}/candidates`, { headers: editor.headers }));
    expect(api.items).toEqual([
      expect.objectContaining({ methods: ['lexical'], score: 0.724, matchedWords: ['uong', 'nuoc', 'chanh', 'covid'], mergeTargetId: older.caseId, mergeReason: 'older' }),
    ]);
    expect(api.items[0]?.case).toMatchObject({ id: newer.caseId, reportCount: 1, text: 'CHIA SẺ GẤP uong nuoc chanh se khoi covid ngay' });

    const desk = await (await page('/editor/cases?sort=recent')).text();
    expect(desk).toContain('1 có thể trùng');
  });

  it('keeps the decided case when only one is decided, whichever is older', async () => {
    const older = await caseWith('Tin đồn cũ về trường học đóng cửa vì dịch bệnh');
    const decided = await caseWith('Trường học đóng cửa vì dịch bệnh từ tuần sau');
    await sendJson('PATCH', `/api/cases/${decided.caseId}`, { status: 'false', verdictSummary: 'Sở Giáo dục đã bác bỏ.' }, editor.headers);
    await candidateRow(decided.caseId, older.caseId);
    const html = await (await page(`/editor/cases/${older.caseId}`)).text();
    expect(html).toContain(`Gộp hồ sơ này vào hồ sơ #${decided.caseId}`);
    expect(html).toContain(`Giữ hồ sơ #${decided.caseId} vì hồ sơ đó đã có kết luận.`);
    expect(html).toContain('Sai sự thật');
  });

  it('merges with one form post, says so, and splits again exactly (counts, report ownership, merged_into, history)', async () => {
    const older = await caseWith('Nước muối sinh lý súc miệng chữa được ung thư vòm họng');
    const extra = await createReport(validReport({ url: 'https://example.com/extra-' + crypto.randomUUID(), description: 'x' }));
    // A second report on the older case: add it directly to its case.
    await env.DB.prepare('UPDATE reports SET case_id = ? WHERE id = ?').bind(older.caseId, extra.id).run();
    await env.DB.prepare('UPDATE cases SET report_count = 2 WHERE id = ?').bind(older.caseId).run();
    const newer = await caseWith('nuoc muoi sinh ly suc mieng chua ung thu vom hong!!!');
    const second = await createReport(validReport({ url: 'https://example.com/n2-' + crypto.randomUUID(), description: 'y' }));
    await env.DB.prepare('UPDATE reports SET case_id = ? WHERE id = ?').bind(newer.caseId, second.id).run();
    await env.DB.prepare('UPDATE cases SET report_count = 2 WHERE id = ?').bind(newer.caseId).run();
    const matchId = await candidateRow(newer.caseId, older.caseId, { method: 'semantic', score: 0.91, words: [] });

    const res = await postForm(`/editor/cases/${newer.caseId}/candidates/${matchId}/accept`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/editor/cases/${older.caseId}?done=merged`);
    const landed = await (await page(res.headers.get('location') ?? '')).text();
    expect(landed).toContain('Đã gộp hai hồ sơ.');
    expect(landed).toContain(`Tách lại hồ sơ #${newer.caseId}`);
    expect(landed).not.toContain('Có thể cùng nội dung');
    expect(await matchStatus(matchId)).toBe('accepted');
    expect((await caseRow(older.caseId))?.report_count).toBe(4);
    expect((await caseRow(newer.caseId))?.merged_into_id).toBe(older.caseId);
    expect(await reportOwners([newer.reportId, second.id])).toEqual([older.caseId, older.caseId]);

    const split = await postForm(`/editor/cases/${newer.caseId}/unmerge`, { back: String(older.caseId) });
    expect(split.status).toBe(303);
    expect(split.headers.get('location')).toBe(`/editor/cases/${older.caseId}?done=unmerged`);
    expect(await (await page(split.headers.get('location') ?? '')).text()).toContain('Đã tách lại hai hồ sơ');
    expect((await caseRow(older.caseId))?.report_count).toBe(2);
    expect((await caseRow(newer.caseId))).toMatchObject({ report_count: 2, merged_into_id: null });
    expect(await reportOwners([newer.reportId, second.id, older.reportId, extra.id])).toEqual([newer.caseId, newer.caseId, older.caseId, older.caseId]);
    expect(await matchStatus(matchId)).toBe('open');
    const history = await env.DB.prepare("SELECT action FROM audit_log WHERE target IN (?, ?) ORDER BY id").bind(`case:${newer.caseId}`, `case:${older.caseId}`).all<{ action: string }>();
    expect(history.results.map((h) => h.action)).toEqual(expect.arrayContaining(['case.merge', 'case.merge_in', 'case.unmerge', 'case.unmerge_out']));
    const sentences = await (await page(`/editor/cases/${newer.caseId}`)).text();
    expect(sentences).toContain('ra khỏi hồ sơ đã gộp');
  });

  it('through the API: accept merges, unmerge restores, reject dismisses the pair', async () => {
    const a = await caseWith('Sắp đổi tiền mới, tiền cũ mất giá trị từ tháng sau');
    const b = await caseWith('sap doi tien moi tien cu mat gia tri');
    const m = await candidateRow(b.caseId, a.caseId);
    const accepted = await sendJson('POST', `/api/cases/${b.caseId}/candidates/${m}/accept`, {}, editor.headers);
    expect(accepted.status).toBe(200);
    expect(await readJson(accepted)).toMatchObject({ case: { id: a.caseId, reportCount: 2 }, mergedCaseId: b.caseId });
    const undone = await sendJson('POST', `/api/cases/${b.caseId}/unmerge`, {}, editor.headers);
    expect(undone.status).toBe(200);
    expect(await readJson(undone)).toMatchObject({ id: b.caseId, mergedIntoId: null, reportCount: 1 });
    expect((await caseRow(a.caseId))?.report_count).toBe(1);

    const lex = await candidateRow(a.caseId, b.caseId, { method: 'lexical' });
    const rejected = await sendJson('POST', `/api/cases/${a.caseId}/candidates/${m}/reject`, {}, editor.headers);
    expect(rejected.status).toBe(200);
    expect(await matchStatus(m)).toBe('rejected');
    // Every open row of the pair goes, whichever direction or method found it.
    expect(await matchStatus(lex)).toBe('rejected');
    const again = await sendJson('POST', `/api/cases/${a.caseId}/candidates/${lex}/reject`, {}, editor.headers);
    expect(again.status).toBe(409);
    const list = await readJson<{ items: Candidate[] }>(await fetchApp(`/api/cases/${a.caseId}/candidates`, { headers: editor.headers }));
    expect(list.items).toEqual([]);
    const html = await (await page(`/editor/cases/${a.caseId}`)).text();
    expect(html).toContain('ghi nhận một hồ sơ không cùng nội dung');
  });

  it('a candidate of a case merged into this one shows here, against the live case', async () => {
    const live = await caseWith('Ăn tỏi sống mỗi sáng phòng được mọi loại virus');
    const gone = await caseWith('an toi song moi sang phong virus');
    const third = await caseWith('Tỏi sống phòng virus, chia sẻ ngay');
    await sendJson('POST', `/api/cases/${gone.caseId}/merge`, { targetId: live.caseId }, editor.headers);
    await candidateRow(third.caseId, gone.caseId);
    const list = await readJson<{ items: Candidate[] }>(await fetchApp(`/api/cases/${live.caseId}/candidates`, { headers: editor.headers }));
    expect(list.items.map((i) => i.case.id)).toEqual([third.caseId]);
  });
});
