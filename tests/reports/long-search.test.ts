// Every search box takes a pasted link or a long phrase: D1 refuses LIKE
// patterns over 50 bytes, so none of these may build one from what was typed.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { createReport, validReport } from './helpers';

let editor: TestUser;
let admin: TestUser;
let caseId: number;

/** The report's link as a phone shares it: mobile host, tracking junk, 300 characters in all. */
const BASE = 'https://m.facebook.com/story.php?story_fbid=987654321012345&id=100099&mibextid=Nif5oz&__cft__[0]=';
const PASTED = BASE + 'AZX'.repeat(100).slice(0, 300 - BASE.length);
const CLAIM = 'Tin đồn nước giếng ở xã Đông Hưng, tỉnh Thái Bình nhiễm độc khiến hàng trăm người nhập viện là hoàn toàn bịa đặt';

const html = (path: string, user: TestUser) => fetchApp(path, { redirect: 'manual', headers: { ...user.headers, accept: 'text/html' } });
const api = (path: string, user: TestUser) => fetchApp(path, { headers: user.headers });

beforeAll(async () => {
  // National editors: province scope is not what these tests are about.
  editor = await signedInAs('editor', { provinceCode: null, name: 'Trần Thị Hồng Nhung Biên Tập Viên Ban Tuyên Giáo Tỉnh Thừa Thiên Huế' });
  admin = await signedInAs('admin', { provinceCode: null });
  caseId = (await createReport(validReport({ url: 'https://www.facebook.com/story.php?story_fbid=987654321012345&id=100099' }))).caseId;
  const res = await sendJson('PATCH', `/api/cases/${caseId}`, { claim: CLAIM }, editor.headers);
  expect(res.status, await res.clone().text()).toBe(200);
  await createReport(validReport({ url: 'https://zalo.me/g/another-case' }));
});

describe('searching with long input', () => {
  it('is 300 characters of pasted link', () => expect(PASTED).toHaveLength(300));

  it('GET /api/cases?q=<pasted link> answers 200 with the case the link was reported under', async () => {
    const res = await api(`/api/cases?q=${encodeURIComponent(PASTED)}`, editor);
    const body = await readJson<{ items: { id: number }[] }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.items.map((c) => c.id)).toEqual([caseId]);
  });

  it('GET /api/cases?q=<long Vietnamese phrase> finds the case by its claim', async () => {
    const res = await api(`/api/cases?q=${encodeURIComponent(CLAIM.slice(10, 110))}`, editor);
    const body = await readJson<{ items: { id: number }[] }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.items.map((c) => c.id)).toEqual([caseId]);
  });

  it('GET /api/cases?q= treats % and _ as the characters they are', async () => {
    const body = await readJson<{ items: unknown[] }>(await api('/api/cases?q=%25_%25', editor));
    expect(body.items).toEqual([]);
  });

  it('GET /editor/cases?q=<pasted link> renders the desk with the case', async () => {
    const res = await html(`/editor/cases?q=${encodeURIComponent(PASTED)}`, editor);
    const page = await res.text();
    expect(res.status, page.slice(0, 300)).toBe(200);
    expect(page).toContain(`href="/editor/cases/${caseId}"`);
    expect(page).not.toContain('zalo.me/g/another-case');
  });

  it('the feed search (API and page) answers 200 to a pasted link', async () => {
    const api = await fetchApp(`/api/stories?q=${encodeURIComponent(PASTED)}`);
    expect(api.status, await api.clone().text()).toBe(200);
    expect((await readJson<{ items: unknown[] }>(api)).items).toEqual([]);
    const page = await fetchApp(`/?q=${encodeURIComponent(PASTED)}`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="q"');
  });

  it('GET /api/users?q=<pasted link> answers 200, and a long name is found', async () => {
    const res = await api(`/api/users?q=${encodeURIComponent(PASTED)}`, admin);
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await readJson<{ users: unknown[] }>(res)).users).toEqual([]);
    const byName = await api(`/api/users?q=${encodeURIComponent('Hồng Nhung Biên Tập Viên Ban Tuyên Giáo Tỉnh Thừa Thiên')}`, admin);
    expect(byName.status).toBe(200);
    expect((await readJson<{ users: { id: string }[] }>(byName)).users.map((u) => u.id)).toEqual([editor.id]);
  });

  it('GET /api/audit?target=<pasted link> answers 200 with the case it was reported under', async () => {
    const res = await api(`/api/audit?target=${encodeURIComponent(PASTED)}`, editor);
    const body = await readJson<{ entries: { target: string; action: string }[] }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.entries.length).toBeGreaterThan(0);
    expect(new Set(body.entries.map((e) => e.target))).toEqual(new Set([`case:${caseId}`]));
  });

  it('GET /editor/audit?target=<pasted link> renders the page', async () => {
    const res = await html(`/editor/audit?target=${encodeURIComponent(PASTED)}`, editor);
    expect(res.status).toBe(200);
    // The entry reads as a sentence about the case, linked to it.
    expect(await res.text()).toContain(`<a href="/editor/cases/${caseId}">hồ sơ #${caseId}</a>`);
  });

  it('GET /api/audit?target=<a kind of 60 letters> answers 200, and a short kind still lists its entries', async () => {
    const long = await api(`/api/audit?target=${'a'.repeat(60)}:`, editor);
    expect(long.status, await long.clone().text()).toBe(200);
    expect((await readJson<{ entries: unknown[] }>(long)).entries).toEqual([]);
    const kind = await readJson<{ entries: { target: string }[] }>(await api('/api/audit?target=case:', editor));
    expect(kind.entries.length).toBeGreaterThan(0);
    expect(kind.entries.every((e) => e.target.startsWith('case:'))).toBe(true);
  });
});

describe('rebuttals with long titles', () => {
  const title = (n: number) => `Sự thật về tin đồn nước giếng nhiễm độc ở Đông Hưng, Thái Bình: cơ quan y tế khẳng định nguồn nước an toàn `.repeat(3).slice(0, n - 1) + 'ữ';

  it.each([49, 120, 200])('POST /api/cases/:id/rebuttal with a %i-character title creates the draft', async (n) => {
    const { caseId: id } = await createReport(validReport({ url: `https://zalo.me/g/rebuttal-api-${n}` }));
    const res = await sendJson('POST', `/api/cases/${id}/rebuttal`, { title: title(n), provinceCode: 'HYN' }, editor.headers);
    const body = await readJson<{ story: { title: string; slug: string } }>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.story.title).toBe(title(n));
    expect(body.story.slug).toMatch(/^su-that-ve-tin-don/);
  });

  it.each([49, 120, 200])('the rebuttal form with a %i-character title creates the draft', async (n) => {
    const { caseId: id } = await createReport(validReport({ url: `https://zalo.me/g/rebuttal-form-${n}` }));
    const res = await fetchApp(`/editor/cases/${id}/rebuttal`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...editor.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ title: title(n), provinceCode: 'HYN' }).toString(),
    });
    expect(res.status, await res.clone().text()).toBe(303);
    const detail = await readJson<{ rebuttal: { title: string } | null }>(await api(`/api/cases/${id}`, editor));
    expect(detail.rebuttal?.title).toBe(title(n));
  });
});
