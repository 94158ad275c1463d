// The desk's filters (a GET form): platform, reason, province, status and assignee,
// validated, and limited to their province for provincial editors; a pasted link finds its case.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { createReport, validReport } from './helpers';

let editor: TestUser;
let colleague: TestUser;
let saigonEditor: TestUser;
const ids: Record<string, number> = {};

/** A phone's share of a Facebook post: mobile host, tracking junk, 300 characters in all. */
const FB = 'https://m.facebook.com/story.php?story_fbid=555666777888999&id=100077&mibextid=Nif5oz&__cft__[0]=';
const PASTED = FB + 'QWE'.repeat(100).slice(0, 300 - FB.length);

const page = async (user: TestUser, query: string) => {
  const res = await fetchApp(`/editor/cases?${query}`, { headers: { ...user.headers, accept: 'text/html' }, redirect: 'manual' });
  return { status: res.status, html: await res.text() };
};
const listed = (html: string) => Object.entries(ids).filter(([, id]) => html.includes(`href="/editor/cases/${id}"`)).map(([name]) => name).sort();

beforeAll(async () => {
  editor = await signedInAs('editor', { name: 'Chị Lan', provinceCode: null });
  colleague = await signedInAs('editor', { name: 'Anh Tuấn', provinceCode: null });
  saigonEditor = await signedInAs('editor', { name: 'Anh Minh', provinceCode: 'HCM' });
  ids.fbScamHcm = (await createReport(validReport({ url: 'https://www.facebook.com/story.php?story_fbid=555666777888999&id=100077', category: 'scam', province: 'HCM' }))).caseId;
  ids.tiktokHni = (await createReport(validReport({ url: 'https://www.tiktok.com/@a/video/7100000000000000009', category: 'incitement', province: 'HNI' }))).caseId;
  ids.webNational = (await createReport(validReport({ url: 'https://example.com/filters-national', category: 'false_news' }))).caseId;
  await sendJson('PATCH', `/api/cases/${ids.tiktokHni}`, { status: 'reviewing', assigneeId: editor.id }, editor.headers);
  await sendJson('PATCH', `/api/cases/${ids.webNational}`, { assigneeId: colleague.id }, editor.headers);
});

describe('the desk filters', () => {
  it('by platform, reason, province and status, keeping the chosen values in the form', async () => {
    expect(listed((await page(editor, 'platform=facebook&status=all')).html)).toEqual(['fbScamHcm']);
    expect(listed((await page(editor, 'category=incitement&status=all')).html)).toEqual(['tiktokHni']);
    expect(listed((await page(editor, 'province=HCM&status=all')).html)).toEqual(['fbScamHcm']);
    const reviewing = await page(editor, 'status=reviewing&platform=tiktok');
    expect(listed(reviewing.html)).toEqual(['tiktokHni']);
    expect(reviewing.html).toContain('<option value="reviewing" selected="">Đang xem xét</option>');
  });

  it('by assignee: me, nobody, or a named editor', async () => {
    expect(listed((await page(editor, 'assignee=me&status=all')).html)).toEqual(['tiktokHni']);
    expect(listed((await page(editor, `assignee=${colleague.id}&status=all`)).html)).toEqual(['webNational']);
    const none = await page(editor, 'assignee=none&status=all');
    expect(listed(none.html)).toEqual(['fbScamHcm']);
    expect(none.html).toContain('<option value="none" selected="">Chưa phân công</option>');
    const api = await readJson<{ items: { id: number }[] }>(await fetchApp('/api/cases?assignee=me&status=all', { headers: editor.headers }));
    expect(api.items.map((c) => c.id)).toEqual([ids.tiktokHni]);
  });

  it('refuses a malformed filter with 400 naming it', async () => {
    const res = await fetchApp(`/api/cases?assignee=${encodeURIComponent('<script>')}`, { headers: editor.headers });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await readJson(res))).toContain('assignee');
    expect((await page(editor, 'platform=myspace')).status).toBe(400);
  });

  it('finds a case by a 300-character pasted Facebook link, with other filters, and keeps the link in the box', async () => {
    expect(PASTED).toHaveLength(300);
    const found = await page(editor, new URLSearchParams({ q: PASTED, platform: 'facebook', status: 'all' }).toString());
    expect(found.status).toBe(200);
    expect(listed(found.html)).toEqual(['fbScamHcm']);
    expect(found.html).toContain(`value="${PASTED.replaceAll('&', '&amp;')}"`);
  });
});

describe('a provincial editor’s desk', () => {
  it('shows their province only, without a province picker, and says so', async () => {
    const { status, html } = await page(saigonEditor, 'status=all');
    expect(status).toBe(200);
    expect(listed(html)).toEqual(['fbScamHcm']);
    expect(html).not.toContain('id="filter-province"');
    expect(html).toContain('Bạn làm việc với hồ sơ của TP. Hồ Chí Minh.');
  });

  it('refuses another province with 403, even through a pasted link', async () => {
    expect((await page(saigonEditor, 'province=HNI')).status).toBe(403);
    const byLink = await page(saigonEditor, new URLSearchParams({ q: 'https://www.tiktok.com/@a/video/7100000000000000009', status: 'all' }).toString());
    expect(listed(byLink.html)).toEqual([]);
  });
});
