// Picking a campaign's stories by searching published titles: no ids typed by anyone.
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../schema';
import { storyIdsOf } from '../../workers/campaigns/campaigns.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, insertCampaign, insertStory } from './fixtures';

let editor: TestUser;
const tag = crypto.randomUUID().slice(0, 6);
let haiChau: number;
let haiChauDraft: number;
let older: number;

type Result = { id: number; title: string; provinceName: string; publishedLabel: string; inCampaign: boolean };
type EditorCampaign = { storyIds: number[] };

beforeAll(async () => {
  editor = await signedInAs('editor');
  haiChau = await insertStory({ title: `Đội sơ cứu tình nguyện phường Hải Châu ${tag}`, provinceCode: 'DNG', publishedAt: Date.UTC(2026, 10, 29, 15, 55) });
  older = await insertStory({ title: `Bếp cơm Hải Châu ${tag}`, provinceCode: 'DNG', publishedAt: Date.UTC(2026, 10, 1, 1, 0) });
  haiChauDraft = await insertStory({ title: `Bản nháp Hải Châu ${tag}`, status: 'draft', publishedAt: null });
});

const search = async (campaignId: number, q: string, user = editor) => {
  const res = await fetchApp(`/api/editor/campaigns/${campaignId}/story-search?q=${encodeURIComponent(q)}`, { headers: user.headers });
  return { res, items: res.status === 200 ? (await readJson<{ items: Result[] }>(res)).items : [] };
};

function postForm(path: string, fields: Record<string, string>, user = editor) {
  return fetchApp(path, {
    method: 'POST',
    headers: { ...user.headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

describe('finding published stories by title', () => {
  it('ignores accents and case: "hai chau", "HẢI CHÂU" and a half-typed "hai ch" find "Hải Châu"', async () => {
    const id = await insertCampaign({ status: 'draft' });
    for (const q of [`hai chau ${tag}`, `HẢI CHÂU ${tag}`, `${tag} hai ch`]) {
      const { res, items } = await search(id, q);
      expect(res.status, q).toBe(200);
      expect(items.map((i) => i.id), q).toEqual([haiChau, older]);
    }
  });

  it('shows title, province name and a readable date, newest first', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const { items } = await search(id, `so cuu ${tag}`);
    expect(items).toEqual([
      expect.objectContaining({ id: haiChau, title: `Đội sơ cứu tình nguyện phường Hải Châu ${tag}`, provinceName: 'Đà Nẵng', publishedLabel: '29/11/2026 22:55', inCampaign: false }),
    ]);
  });

  it('finds only published stories', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const { items } = await search(id, `ban nhap ${tag}`);
    expect(items).toEqual([]);
    expect((await search(id, `hai chau ${tag}`)).items.map((i) => i.id)).not.toContain(haiChauDraft);
  });

  it('marks stories the campaign already has', async () => {
    const id = await insertCampaign({ status: 'draft', storyIds: [older] });
    const { items } = await search(id, `hai chau ${tag}`);
    expect(items.map((i) => [i.id, i.inCampaign])).toEqual([
      [haiChau, false],
      [older, true],
    ]);
  });

  it('answers a 300-character paste, FTS5 syntax and LIKE wildcards without an error', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const long = `hai chau ${tag} ${'Đà Nẵng '.repeat(40)}`.slice(0, 300);
    expect(long.length).toBe(300);
    for (const q of [long, '"; DROP TABLE stories; --', 'hai* NEAR(chau) OR title:x ^', '%_%'.repeat(40), '???']) {
      const { res } = await search(id, q);
      expect(res.status, q).toBe(200);
      const page = await fetchApp(`/editor/campaigns/${id}?q=${encodeURIComponent(q)}`, { headers: { ...editor.headers, accept: 'text/html' } });
      expect(page.status, q).toBe(200);
    }
  });
});

describe('the no-JS story picker on /editor/campaigns/:id', () => {
  it('shows search results with an "Thêm" button named after the story, and adds it by form', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const page = await fetchApp(`/editor/campaigns/${id}?q=${encodeURIComponent(`hai chau ${tag}`)}`, { headers: { ...editor.headers, accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('Tìm thấy 2 câu chuyện.');
    expect(html).toContain('Đà Nẵng · Đăng lúc 29/11/2026 22:55');
    expect(html).toContain(`aria-label="Thêm: Đội sơ cứu tình nguyện phường Hải Châu ${tag}">Thêm</button>`);
    expect(html).not.toContain('name="stories"');

    const add = await postForm(`/editor/campaigns/${id}/stories/add`, { story: String(haiChau), q: `hai chau ${tag}` });
    expect(add.status).toBe(303);
    expect(add.headers.get('location')).toBe(`/editor/campaigns/${id}?done=storyAdded&q=${encodeURIComponent(`hai chau ${tag}`)}#cm-find-section`);
    expect(await storyIdsOf(db(), id)).toEqual([haiChau]);
    // Adding it again changes nothing.
    await postForm(`/editor/campaigns/${id}/stories/add`, { story: String(haiChau) });
    expect(await storyIdsOf(db(), id)).toEqual([haiChau]);
    const after = await (await fetchApp(`/editor/campaigns/${id}?done=storyAdded&q=${encodeURIComponent(`hai chau ${tag}`)}`, { headers: editor.headers })).text();
    expect(after).toContain('Đã thêm câu chuyện vào chiến dịch.');
    expect(after).toContain('Đã có trong chiến dịch');
  });

  it('refuses to add a story that is not published, explaining why', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const res = await postForm(`/editor/campaigns/${id}/stories/add`, { story: String(haiChauDraft), q: 'ban nhap' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#cf-story"');
    expect(html).toContain('<span class="field-error" id="cf-story-error">Only a published story can be added</span>');
    expect(html).toContain('value="ban nhap"');
    expect(await storyIdsOf(db(), id)).toEqual([]);
  });

  it('moves a story one step up or down, with buttons named after it, and removes one', async () => {
    const [a, b, c] = [await insertStory({ title: 'Thứ nhất' }), await insertStory({ title: 'Thứ hai' }), await insertStory({ title: 'Thứ ba' })];
    const id = await insertCampaign({ status: 'draft', storyIds: [a, b, c] });
    const html = await (await fetchApp(`/editor/campaigns/${id}`, { headers: editor.headers })).text();
    expect(html).toContain('aria-label="Đưa lên: Thứ hai">Đưa lên</button>');
    expect(html).toContain('aria-label="Đưa xuống: Thứ hai">Đưa xuống</button>');
    // The first has no "up", the last no "down".
    expect(html).not.toContain('aria-label="Đưa lên: Thứ nhất">Đưa lên</button>');
    expect(html).not.toContain('aria-label="Đưa xuống: Thứ ba">Đưa xuống</button>');

    const up = await postForm(`/editor/campaigns/${id}/stories/move`, { story: String(c), direction: 'up' });
    expect(up.headers.get('location')).toBe(`/editor/campaigns/${id}?done=storyMoved#cm-story-${c}`);
    expect(await storyIdsOf(db(), id)).toEqual([a, c, b]);
    await postForm(`/editor/campaigns/${id}/stories/move`, { story: String(a), direction: 'down' });
    expect(await storyIdsOf(db(), id)).toEqual([c, a, b]);
    // Already at the top: nothing moves.
    await postForm(`/editor/campaigns/${id}/stories/move`, { story: String(c), direction: 'up' });
    expect(await storyIdsOf(db(), id)).toEqual([c, a, b]);

    const remove = await postForm(`/editor/campaigns/${id}/stories/remove`, { story: String(a) });
    expect(remove.headers.get('location')).toBe(`/editor/campaigns/${id}?done=storyRemoved#cf-stories`);
    expect(await storyIdsOf(db(), id)).toEqual([c, b]);
    const actions = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.target, `campaign:${id}`)).orderBy(desc(auditLog.id));
    expect(actions.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the order the public page shows in step', async () => {
    const [a, b] = [await insertStory({ title: 'Đầu tiên' }), await insertStory({ title: 'Thứ hai nữa' })];
    const id = await insertCampaign({ storyIds: [a, b] });
    await postForm(`/editor/campaigns/${id}/stories/move`, { story: String(b), direction: 'up' });
    const campaign = await readJson<{ slug: string }>(await fetchApp(`/api/editor/campaigns/${id}`, { headers: editor.headers }));
    const html = await (await fetchApp(`/campaigns/${campaign.slug}`)).text();
    expect(html.indexOf('Thứ hai nữa')).toBeLessThan(html.indexOf('Đầu tiên'));
  });

  it('leaves an ended campaign as it was', async () => {
    const s = await insertStory();
    const id = await insertCampaign({ status: 'ended', storyIds: [s] });
    expect((await postForm(`/editor/campaigns/${id}/stories/add`, { story: String(haiChau) })).status).toBe(409);
    expect((await postForm(`/editor/campaigns/${id}/stories/remove`, { story: String(s) })).status).toBe(409);
    expect(await storyIdsOf(db(), id)).toEqual([s]);
  });
});

describe('the JSON API for a campaign’s stories', () => {
  it('adds one story, removes one, and still takes a whole ordered list with PUT', async () => {
    const other = await insertStory();
    const id = await insertCampaign({ status: 'draft', storyIds: [other] });
    const add = await sendJson('POST', `/api/campaigns/${id}/stories`, { story: haiChau }, editor.headers);
    expect(add.status).toBe(200);
    expect((await readJson<EditorCampaign>(add)).storyIds).toEqual([other, haiChau]);

    const put = await sendJson('PUT', `/api/campaigns/${id}/stories`, { stories: [haiChau, other] }, editor.headers);
    expect((await readJson<EditorCampaign>(put)).storyIds).toEqual([haiChau, other]);

    const del = await fetchApp(`/api/campaigns/${id}/stories/${other}`, { method: 'DELETE', headers: editor.headers });
    expect((await readJson<EditorCampaign>(del)).storyIds).toEqual([haiChau]);
    const again = await fetchApp(`/api/campaigns/${id}/stories/${other}`, { method: 'DELETE', headers: editor.headers });
    expect(again.status).toBe(404);
  });

  it('refuses a draft story with a problem naming `story`', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const res = await sendJson('POST', `/api/campaigns/${id}/stories`, { story: haiChauDraft }, editor.headers);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('story');
  });
});

describe('who may pick stories', () => {
  it('refuses members and contributors (403) and anonymous callers (401)', async () => {
    const id = await insertCampaign({ status: 'draft', storyIds: [older] });
    const member = await signedInAs('member');
    const contributor = await signedInAs('contributor');
    for (const user of [member, contributor]) {
      expect((await search(id, 'hai chau', user)).res.status, user.role).toBe(403);
      expect((await sendJson('POST', `/api/campaigns/${id}/stories`, { story: haiChau }, user.headers)).status).toBe(403);
      expect((await fetchApp(`/api/campaigns/${id}/stories/${older}`, { method: 'DELETE', headers: user.headers })).status).toBe(403);
      expect((await postForm(`/editor/campaigns/${id}/stories/add`, { story: String(haiChau) }, user)).status).toBe(403);
      expect((await postForm(`/editor/campaigns/${id}/stories/move`, { story: String(older), direction: 'down' }, user)).status).toBe(403);
      expect((await postForm(`/editor/campaigns/${id}/stories/remove`, { story: String(older) }, user)).status).toBe(403);
    }
    expect((await fetchApp(`/api/editor/campaigns/${id}/story-search?q=hai`)).status).toBe(401);
    expect(await storyIdsOf(db(), id)).toEqual([older]);
  });

  it('refuses a cross-site form post even with an editor session', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const res = await fetchApp(`/editor/campaigns/${id}/stories/add`, {
      method: 'POST',
      headers: { ...editor.headers, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: `story=${haiChau}`,
    });
    expect(res.status).toBe(403);
    expect(await storyIdsOf(db(), id)).toEqual([]);
  });
});
