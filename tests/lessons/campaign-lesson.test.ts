// A campaign can include a lesson: the desk picks a published one, the JSON names it, the page links /hoc/<slug>.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns, lessons } from '../../schema';
import { createDb } from '../../workers/core/db';
import { dayFromToday, insertCampaign, insertStory } from '../campaigns/fixtures';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertLesson } from './helpers';

type CampaignJson = { id: number; slug: string; lessonId: number | null; lesson: { slug: string; title: string; url: string } | null };

let editor: TestUser;
let published: { id: number; slug: string };
let draftId: number;

beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
  const id = await insertLesson({ title: 'Năm điều cần nhớ', slug: 'nam-dieu-can-nho', status: 'published', publishedAt: Date.now() });
  published = { id, slug: 'nam-dieu-can-nho' };
  draftId = await insertLesson({ title: 'Bài còn nháp', status: 'draft' });
});

describe('a campaign with a "read before sharing" lesson', () => {
  it('takes a published lesson and names it in its JSON', async () => {
    const res = await sendJson('POST', '/api/campaigns', { title: 'Chiến dịch có bài học', startsOn: dayFromToday(0), endsOn: dayFromToday(5), lessonId: published.id }, editor.headers);
    const body = await readJson<CampaignJson>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.lessonId).toBe(published.id);
    expect(body.lesson).toEqual({ slug: 'nam-dieu-can-nho', title: 'Năm điều cần nhớ', url: '/hoc/nam-dieu-can-nho' });
    const cleared = await readJson<CampaignJson>(await sendJson('PATCH', `/api/campaigns/${body.id}`, { lessonId: null }, editor.headers));
    expect(cleared).toMatchObject({ lessonId: null, lesson: null });
  });

  it('refuses a lesson that is not published, naming the field', async () => {
    const res = await sendJson('POST', '/api/campaigns', { title: 'Chiến dịch sai bài', startsOn: dayFromToday(0), endsOn: dayFromToday(5), lessonId: draftId }, editor.headers);
    expect(res.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors.map((e) => e.path)).toEqual(['lessonId']);
  });

  it('is picked in the desk form (published lessons only) and kept', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const page = await (await fetchApp(`/editor/campaigns/${id}`, { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(page).toContain('Bài học “Đọc trước khi chia sẻ”');
    expect(page).toContain(`<option value="${published.id}">Năm điều cần nhớ</option>`);
    expect(page).not.toContain(`<option value="${draftId}"`);
    const row = (await createDb(env.DB).select().from(campaigns).where(eq(campaigns.id, id)).get())!;
    const form = new URLSearchParams({ title: row.title, slug: row.slug, description: '', hashtags: '', startsOn: row.startsOn, endsOn: row.endsOn, targetShares: '100', targetClicks: '', lessonId: String(published.id) });
    const saved = await fetchApp(`/editor/campaigns/${id}`, { method: 'POST', headers: { ...editor.headers, accept: 'text/html' }, body: form, redirect: 'manual' });
    expect(saved.status, await saved.clone().text()).toBe(303);
    expect((await createDb(env.DB).select().from(campaigns).where(eq(campaigns.id, id)).get())?.lessonId).toBe(published.id);
    const again = await (await fetchApp(`/editor/campaigns/${id}`, { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(again).toContain(`<option value="${published.id}" selected="">Năm điều cần nhớ</option>`);
  });

  it('shows "Đọc trước khi chia sẻ" on the public campaign page, linking /hoc/<slug>; not once the lesson is archived', async () => {
    const storyId = await insertStory();
    const id = await insertCampaign({ status: 'active', lessonId: published.id, storyIds: [storyId] });
    const slug = (await createDb(env.DB).select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id)).get())!.slug;
    const html = await (await fetchApp(`/campaigns/${slug}`)).text();
    expect(html).toContain('Đọc trước khi chia sẻ');
    expect(html).toContain('href="/hoc/nam-dieu-can-nho"');

    const other = await insertLesson({ title: 'Bài sẽ lưu trữ', slug: 'bai-se-luu-tru', status: 'published' });
    const id2 = await insertCampaign({ status: 'active', lessonId: other, storyIds: [storyId] });
    await createDb(env.DB).update(lessons).set({ status: 'archived' }).where(eq(lessons.id, other));
    const slug2 = (await createDb(env.DB).select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id2)).get())!.slug;
    const html2 = await (await fetchApp(`/campaigns/${slug2}`)).text();
    expect(html2).not.toContain('Đọc trước khi chia sẻ');
    const json = await readJson<CampaignJson>(await fetchApp(`/api/campaigns/${slug2}`));
    expect(json.lesson).toBeNull();
  });
});
