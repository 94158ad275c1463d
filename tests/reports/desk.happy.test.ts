import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { caseRow, createReport, JPEG_BYTES, nextIp, validReport } from './helpers';

let editor: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Chị Lan', provinceCode: null });
});

const page = (path: string) => fetchApp(path, { headers: { ...editor.headers, accept: 'text/html' } });

function postForm(path: string, fields: Record<string, string>) {
  return fetchApp(path, {
    method: 'POST',
    headers: { ...editor.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

describe('the triage desk (/editor/cases)', () => {
  it('lists cases most-reported first with their counts and status', async () => {
    for (let i = 0; i < 2; i++) await createReport(validReport({ url: 'https://x.com/a/status/1790000000000000001' }));
    await createReport(validReport({ url: 'https://example.com/once' }));
    const res = await page('/editor/cases');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Bàn xử lý báo cáo');
    const busy = html.indexOf('https://x.com/i/status/1790000000000000001');
    const quiet = html.indexOf('https://example.com/once');
    expect(busy).toBeGreaterThan(0);
    expect(quiet).toBeGreaterThan(busy);
    expect(html).toContain('<td class="count" data-label="Số báo cáo">2</td>');
  });

  it('filters with plain query parameters, empty ones meaning "any"', async () => {
    const html = await (await page('/editor/cases?status=&category=&platform=x&province=&q=&sort=recent')).text();
    expect(html).toContain('https://x.com/i/status/1790000000000000001');
    expect(html).not.toContain('https://example.com/once');
  });

  it('shows a case with its reports, private contact and screenshot', async () => {
    const form = new FormData();
    form.append('url', 'https://example.com/desk-detail');
    form.append('category', 'defamation');
    form.append('contact', '0901 234 567');
    form.append('description', 'Bôi nhọ <script>alert(1)</script>');
    form.append('screenshot', new File([JPEG_BYTES], 'a.jpg'));
    await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } });
    const row = await env.DB.prepare("SELECT id, case_id FROM reports WHERE url = 'https://example.com/desk-detail'").first<{ id: number; case_id: number }>();
    const html = await (await page(`/editor/cases/${row?.case_id}`)).text();
    expect(html).toContain('0901 234 567');
    expect(html).toContain('Bôi nhọ &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(`src="/api/cases/${row?.case_id}/reports/${row?.id}/screenshot"`);
    expect(html).toContain('Vu khống, bôi nhọ');
  });
});

describe('working a case from the desk’s forms', () => {
  it('saves status, assignee and a note, then redirects back to the case', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/desk-work' }));
    const res = await postForm(`/editor/cases/${caseId}`, { status: 'reviewing', assigneeId: editor.id, claim: '', verdictSummary: '', note: 'Bắt đầu xác minh' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/editor/cases/${caseId}?saved=1`);
    expect(await caseRow(caseId)).toMatchObject({ status: 'reviewing', assignee_id: editor.id });
    const html = await (await page(`/editor/cases/${caseId}?saved=1`)).text();
    expect(html).toContain('Đã lưu.');
    expect(html).toContain('Bắt đầu xác minh');
    expect(html).toContain('nhận xem xét');
  });

  it('shows a refused transition on the case page, with the conflict status and the typed summary kept', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/desk-refuse' }));
    await postForm(`/editor/cases/${caseId}`, { form: 'verdict', status: 'misleading', verdictSummary: 'Ảnh cắt ghép từ năm 2019.' });
    const res = await postForm(`/editor/cases/${caseId}`, { form: 'verdict', status: 'false', verdictSummary: 'Sai hoàn toàn, đã đối chiếu' });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Chưa lưu được');
    expect(html).toContain('hồ sơ đang ở trạng thái “Gây hiểu lầm”');
    expect(html).toContain('Sai hoàn toàn, đã đối chiếu</textarea>');
    expect(await caseRow(caseId)).toMatchObject({ status: 'misleading' });
  });

  it('merges into another case and lands on it', async () => {
    const a = await createReport(validReport({ url: 'https://example.com/desk-merge-a' }));
    const b = await createReport(validReport({ url: 'https://example.com/desk-merge-b' }));
    const res = await postForm(`/editor/cases/${a.caseId}/merge`, { targetId: String(b.caseId) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/editor/cases/${b.caseId}?saved=1`);
    expect(await caseRow(b.caseId)).toMatchObject({ report_count: 2 });
    const bad = await postForm(`/editor/cases/${b.caseId}/merge`, { targetId: 'abc' });
    expect(bad.status).toBe(400);
  });

  it('starts a rebuttal draft and shows it on the case', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/desk-rebut', province: 'HUE' }));
    const res = await postForm(`/editor/cases/${caseId}/rebuttal`, { title: 'Sự thật về tin đồn ở Huế', provinceCode: 'HUE' });
    expect(res.status).toBe(303);
    const html = await (await page(`/editor/cases/${caseId}`)).text();
    expect(html).toContain('Bản nháp: Sự thật về tin đồn ở Huế');
  });
});
