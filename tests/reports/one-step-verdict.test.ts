// A new case reaches its verdict in one step: the editor chooses it and writes its
// summary from "Mới"; the server passes through "Đang xem xét" in the same batch.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { caseRow, createReport, validReport } from './helpers';

let editor: TestUser;
let saigonEditor: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Chị Lan', provinceCode: null });
  saigonEditor = await signedInAs('editor', { name: 'Anh Minh', provinceCode: 'HCM' });
});

function postForm(user: TestUser, path: string, fields: Record<string, string>) {
  return fetchApp(path, {
    method: 'POST',
    headers: { ...user.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

type AuditRow = { action: string; before: string; after: string; created_at: number };
async function caseAudit(id: number): Promise<AuditRow[]> {
  const { results } = await env.DB.prepare('SELECT action, before, after, created_at FROM audit_log WHERE target = ? ORDER BY id').bind(`case:${id}`).all<AuditRow>();
  return results;
}

describe('a verdict in one step from "Mới"', () => {
  it('PATCH new → false with a summary passes through reviewing, each move audited in order', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/one-step-api' }));
    const res = await sendJson('PATCH', `/api/cases/${caseId}`, { status: 'false', verdictSummary: 'Không có nghiên cứu nào như vậy.' }, editor.headers);
    const body = await readJson<{ status: string; verdictAt: string | null }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.status).toBe('false');
    expect(body.verdictAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const audit = await caseAudit(caseId);
    expect(audit.map((a) => [a.action, JSON.parse(a.before).status, JSON.parse(a.after).status])).toEqual([
      ['case.update', 'new', 'reviewing'],
      ['case.update', 'reviewing', 'false'],
    ]);
    expect(audit[0]?.created_at).toBe(audit[1]?.created_at);
  });

  it('the case page offers the verdicts from "Mới" and records one in a single form post', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/one-step-form' }));
    const page = await (await fetchApp(`/editor/cases/${caseId}`, { headers: { ...editor.headers, accept: 'text/html' } })).text();
    for (const verdict of ['false', 'misleading', 'not_misinformation', 'referred']) expect(page).toContain(`id="verdict-${verdict}"`);
    const res = await postForm(editor, `/editor/cases/${caseId}`, { form: 'verdict', status: 'misleading', verdictSummary: 'Ảnh cũ từ năm 2019 bị cắt ghép.', claim: '' });
    expect(res.status).toBe(303);
    expect(await caseRow(caseId)).toMatchObject({ status: 'misleading', verdict_summary: 'Ảnh cũ từ năm 2019 bị cắt ghép.' });
    const after = await (await fetchApp(`/editor/cases/${caseId}?saved=1`, { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(after).toContain('Trạng thái:</span> <span class="history-before">Đang xem xét</span>');
    expect(after).toContain('<span class="history-after">Gây hiểu lầm</span>');
  });

  it('asks for a verdict when none is chosen, keeping the typed summary', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/one-step-none' }));
    const res = await postForm(editor, `/editor/cases/${caseId}`, { form: 'verdict', verdictSummary: 'Tóm tắt đã gõ <b>giữ lại</b>', claim: 'Một câu' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Chọn một kết luận.');
    expect(html).toContain('Tóm tắt đã gõ &lt;b&gt;giữ lại&lt;/b&gt;</textarea>');
    expect(html).toContain('value="Một câu"');
    expect(await caseRow(caseId)).toMatchObject({ status: 'new' });
  });

  it('a decided case still has to be reopened before another verdict', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/one-step-decided' }));
    await sendJson('PATCH', `/api/cases/${caseId}`, { status: 'referred' }, editor.headers);
    const res = await sendJson('PATCH', `/api/cases/${caseId}`, { status: 'false', verdictSummary: 'x' }, editor.headers);
    expect(res.status).toBe(409);
    expect(await readJson(res)).toMatchObject({ currentState: 'referred', allowed: ['reviewing'] });
  });
});

describe('who may give a one-step verdict', () => {
  it('refuses contributors and members, on the API and the form, changing nothing', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/one-step-role' }));
    for (const role of ['contributor', 'member'] as const) {
      const user = await signedInAs(role);
      expect((await sendJson('PATCH', `/api/cases/${caseId}`, { status: 'false', verdictSummary: 'x' }, user.headers)).status, role).toBe(403);
      expect((await postForm(user, `/editor/cases/${caseId}`, { form: 'verdict', status: 'false', verdictSummary: 'x' })).status, role).toBe(403);
    }
    expect(await caseRow(caseId)).toMatchObject({ status: 'new' });
    expect(await caseAudit(caseId)).toEqual([]);
  });

  it('lets a provincial editor decide their province’s case and refuses another province’s', async () => {
    const own = await createReport(validReport({ url: 'https://example.com/one-step-hcm', province: 'HCM' }));
    const other = await createReport(validReport({ url: 'https://example.com/one-step-hni', province: 'HNI' }));
    const refused = await postForm(saigonEditor, `/editor/cases/${other.caseId}`, { form: 'verdict', status: 'false', verdictSummary: 'x' });
    expect(refused.status).toBe(403);
    expect((await sendJson('PATCH', `/api/cases/${other.caseId}`, { status: 'false', verdictSummary: 'x' }, saigonEditor.headers)).status).toBe(403);
    expect(await caseRow(other.caseId)).toMatchObject({ status: 'new' });
    const done = await postForm(saigonEditor, `/editor/cases/${own.caseId}`, { form: 'verdict', status: 'false', verdictSummary: 'Đã xác minh với Sở.' });
    expect(done.status).toBe(303);
    expect(await caseRow(own.caseId)).toMatchObject({ status: 'false' });
  });
});
