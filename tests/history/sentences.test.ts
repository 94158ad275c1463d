// History and the audit log read as sentences in the reader's language: who did what,
// when (29/11/2026 22:55), "field: before → after" with names, never JSON, codes or epochs.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEntry, entryText, type HistoryEntry } from '../../web/components/history/describe';
import { act, published } from '../editorial/story-helpers';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, sendJson } from '../helpers/http';
import { createReport, validReport } from '../reports/helpers';

let editor: TestUser;
let colleague: TestUser;
let admin: TestUser;
let caseId: number;
let storyId: number;

const page = async (user: TestUser, path: string) => (await fetchApp(path, { headers: { ...user.headers, accept: 'text/html' } })).text();

/** The visible text of the history list with the given id. */
function historyText(html: string, id: string): string {
  const start = html.indexOf(`<ol class="history-list" id="${id}">`);
  expect(start, `no #${id} list`).toBeGreaterThan(0);
  const list = html.slice(start, html.indexOf('</ol>', start));
  expect(list).not.toContain('<code');
  return list.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

function expectSentences(text: string) {
  expect(text).not.toContain('{"');
  expect(text).not.toMatch(/\d{10,}/);
  expect(text).not.toMatch(/\b(case|story|user|token)\.[a-z_]+\b/);
  expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
}

beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Chị Lan', provinceCode: null });
  colleague = await signedInAs('editor', { name: 'Anh Tuấn', provinceCode: null });
  admin = await signedInAs('admin', { name: 'Quản trị Hà', provinceCode: null });
  caseId = (await createReport(validReport({ url: 'https://example.com/history-sentences', province: 'DNG' }))).caseId;
  await sendJson('PATCH', `/api/cases/${caseId}`, { assigneeId: colleague.id, note: 'Gọi cho UBND phường' }, editor.headers);
  await sendJson('PATCH', `/api/cases/${caseId}`, { status: 'false', category: 'scam', verdictSummary: 'Hình ảnh được dựng lại, không có thật.' }, editor.headers);
  const story = await published(await signedInAs('contributor', { name: 'Cô Mai' }), editor);
  storyId = story.id;
  await act(editor, story.id, 'archive', { reason: 'Đã hết thời sự' });
});

describe('a case’s history', () => {
  it('reads as sentences with translated fields, names and dates', async () => {
    const text = historyText(await page(editor, `/editor/cases/${caseId}`), 'case-history');
    expectSentences(text);
    expect(text).toContain('Chị Lan kết luận hồ sơ #');
    expect(text).toContain('Chị Lan nhận xem xét hồ sơ #');
    expect(text).toContain('Trạng thái: Mới → thành Đang xem xét');
    expect(text).toContain('Trạng thái: Đang xem xét → thành Sai sự thật');
    expect(text).toContain('Người phụ trách: (trống) → thành Anh Tuấn');
    expect(text).toContain('Vấn đề: Tin sai sự thật → thành Lừa đảo');
    expect(text).toContain('Kết luận: (trống) → thành “Hình ảnh được dựng lại, không có thật.”');
    expect(text).toMatch(/Kết luận lúc: \(trống\) → thành \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).toContain('Ghi chú: “Gọi cho UBND phường”');
  });

  it('reads in English for English readers', async () => {
    const text = historyText(await page(editor, `/editor/cases/${caseId}?lang=en`), 'case-history');
    expectSentences(text);
    expect(text).toContain('Chị Lan gave a verdict on case #');
    expect(text).toContain('Status: Under review → to False');
    expect(text).toContain('Assignee: (empty) → to Anh Tuấn');
  });
});

describe('the audit log page', () => {
  it('reads as sentences: story statuses, reasons and accounts by name', async () => {
    await sendJson('POST', '/api/users', { email: 'history-new-member@test.lantoa.local', name: 'Người Mới', role: 'member', provinceCode: 'HUE', password: 'mot-mat-khau-dai' }, admin.headers);
    const html = await page(admin, '/editor/audit?limit=200');
    const text = historyText(html, 'audit-log');
    expectSentences(text);
    expect(text).toContain('Chị Lan gỡ bài “');
    expect(text).toContain('Trạng thái bài: Đã đăng → thành Đã gỡ');
    expect(text).toContain('Lý do: “Đã hết thời sự”');
    expect(text).toContain('Quản trị Hà tạo tài khoản của Người Mới');
    expect(text).toContain('Tỉnh, thành phố: Huế');
    expect(text).toContain('Vai trò: Thành viên');
    expect(html).toContain(`<a href="/editor/stories/${storyId}/review">`);
  });
});

describe('a story’s history on its review screen', () => {
  it('reads as sentences, from creation to withdrawal', async () => {
    const text = historyText(await page(colleague, `/editor/stories/${storyId}/review`), 'story-history');
    expectSentences(text);
    expect(text).toContain('Cô Mai gửi bài');
    expect(text).toContain('Trạng thái bài: Bản nháp → thành Chờ duyệt');
    expect(text).toContain('Chị Lan duyệt bài');
    expect(text).toContain('Trạng thái bài: Chờ duyệt → thành Đã đăng');
    expect(text).toContain('Phiên bản: 1');
  });
});

describe('the formatter', () => {
  const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
    id: 1, action: 'case.update', target: 'case:7', actorId: 'u1', actorName: 'Chị Lan', before: null, after: null, createdAt: Date.UTC(2026, 10, 29, 15, 55), ...over,
  });

  it('writes times in Vietnam time, whatever they were stored as', () => {
    const d = describeEntry(entry({ after: { verdictAt: Date.UTC(2026, 10, 29, 15, 55), scheduledAt: '2026-11-30T01:00:00.000Z' } }), 'vi');
    expect(d.when).toBe('29/11/2026 22:55');
    expect(d.changes.map((c) => c.after)).toEqual(['29/11/2026 22:55', '30/11/2026 08:00']);
  });

  it('never shows an object or a list as JSON, and names the system and deleted accounts', () => {
    const text = entryText(describeEntry(entry({ actorId: null, actorName: null, action: 'campaign.updated', target: 'campaign:3', after: { provinces: ['HNI', 'DNG'], stories: [4, 5], extra: { a: 1 } } }), 'vi'));
    expect(text).not.toContain('{');
    expect(text).not.toContain('[');
    expect(text).toContain('Hệ thống (tự động) sửa chiến dịch #3');
    expect(text).toContain('Hà Nội, Đà Nẵng');
    expect(text).toContain('bài #4, bài #5');
    expect(entryText(describeEntry(entry({ actorId: 'gone', actorName: null }), 'vi'))).toContain('Một tài khoản đã xóa');
  });

  it('reads an action it does not know as a plain sentence, not its code', () => {
    const text = entryText(describeEntry(entry({ action: 'user.password_reset_link', target: 'user:abc' }), 'vi'));
    expect(text).toContain('Chị Lan thay đổi một tài khoản');
    expect(text).not.toContain('password_reset_link');
  });
});
