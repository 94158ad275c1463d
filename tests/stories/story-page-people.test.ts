// The story page names the unit behind a story, the writer only when they agreed
// ("Hiện tên tôi là tác giả", stories.show_author, off by default), and offers up to
// three related stories: same province first, then same category; never itself, never
// an unpublished one; all in the page's one D1 statement.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { countingD1, insertStory } from '../feed/helpers';

const HOUR = 3_600_000;
let writer: TestUser;

beforeAll(async () => {
  writer = await signedInAs('contributor', { name: 'Nguyễn Thị Hoa', unit: 'Đoàn phường Hải Châu', provinceCode: 'DNG' });
});

async function storyPage(slug: string): Promise<string> {
  const res = await fetchApp(`/stories/${slug}`, { headers: { accept: 'text/html' } });
  const html = await res.text();
  expect(res.status, html.slice(0, 300)).toBe(200);
  return html;
}

/** The related stories' links, in page order. */
function relatedSlugs(html: string): string[] {
  const section = html.split('data-related=""')[1]?.split('</section>')[0] ?? '';
  return [...section.matchAll(/href="\/stories\/([a-z0-9-]+)"/g)].map((m) => m[1] ?? '');
}

describe('who is behind a story', () => {
  it('shows the writer’s unit, but not their name when they did not agree', async () => {
    const story = await insertStory({ title: 'Chợ phiên không đồng ở Hải Châu', authorId: writer.id, provinceCode: 'DNG' });
    const html = await storyPage(story.slug);
    expect(html).toMatch(/<dt>Đơn vị<\/dt>\s*<dd lang="vi">Đoàn phường Hải Châu<\/dd>/);
    expect(html).not.toContain('Nguyễn Thị Hoa');
    const json = await readJson<{ unit: string | null; author: string | null }>(await fetchApp(`/api/stories/${story.slug}`));
    expect(json).toMatchObject({ unit: 'Đoàn phường Hải Châu', author: null });
  });

  it('shows the writer’s name when they ticked "Hiện tên tôi là tác giả"', async () => {
    const story = await insertStory({ title: 'Lớp học bơi miễn phí cho trẻ em', authorId: writer.id, provinceCode: 'DNG', showAuthor: true });
    const html = await storyPage(story.slug);
    expect(html).toMatch(/<dt>Tác giả<\/dt>\s*<dd lang="vi">Nguyễn Thị Hoa<\/dd>/);
    expect(html).toContain('Đoàn phường Hải Châu');
    expect(html).toContain('"author":{"@type":"Person","name":"Nguyễn Thị Hoa"}');
  });

  it('shows neither for a story without a writer account', async () => {
    const story = await insertStory({ title: 'Cây cầu tre được dựng lại' });
    const html = await storyPage(story.slug);
    expect(html).not.toContain('<dt>Đơn vị</dt>');
    expect(html).not.toContain('<dt>Tác giả</dt>');
  });

  it('keeps "Hiện tên tôi là tác giả" off unless the writer ticks it', async () => {
    const base = { title: 'Đội sửa xe miễn phí', categoryCode: 'role_model', provinceCode: 'DNG' };
    const off = (await readJson<{ story: { id: number } }>(await sendJson('POST', '/api/stories', base, writer.headers))).story;
    const on = (await readJson<{ story: { id: number } }>(await sendJson('POST', '/api/stories', { ...base, showAuthor: true }, writer.headers))).story;
    const read = (id: number) => env.DB.prepare('SELECT show_author AS v FROM stories WHERE id = ?').bind(id).first<{ v: number }>();
    expect((await read(off.id))?.v).toBe(0);
    expect((await read(on.id))?.v).toBe(1);
    const form = await (await fetchApp(`/editor/stories/${on.id}`, { headers: { ...writer.headers, accept: 'text/html' } })).text();
    expect(form).toMatch(/<input id="f-showAuthor" type="checkbox" name="showAuthor" value="yes" checked=""/);
  });
});

describe('related stories', () => {
  // Lạng Sơn and Cà Mau are used by no other test of this file.
  const now = Date.now();
  let target: { id: number; slug: string };
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    target = await insertStory({ title: 'Câu chuyện chính', provinceCode: 'LSN', categoryCode: 'humane_story', publishedAt: now - 5 * HOUR });
    const rows: [string, Parameters<typeof insertStory>[0]][] = [
      ['sameBoth', { title: 'Cùng tỉnh, cùng loại (cũ)', provinceCode: 'LSN', categoryCode: 'humane_story', publishedAt: now - 48 * HOUR }],
      ['sameProvince', { title: 'Cùng tỉnh, khác loại', provinceCode: 'LSN', categoryCode: 'role_model', publishedAt: now - 2 * HOUR }],
      ['sameProvinceOld', { title: 'Cùng tỉnh, khác loại (cũ hơn)', provinceCode: 'LSN', categoryCode: 'local_achievement', publishedAt: now - 30 * HOUR }],
      ['sameCategory', { title: 'Khác tỉnh, cùng loại (mới nhất)', provinceCode: 'CMU', categoryCode: 'humane_story', publishedAt: now - HOUR }],
      ['draft', { title: 'Bản nháp cùng tỉnh cùng loại', provinceCode: 'LSN', categoryCode: 'humane_story', status: 'draft', publishedAt: null }],
      ['archived', { title: 'Đã gỡ cùng tỉnh cùng loại', provinceCode: 'LSN', categoryCode: 'humane_story', status: 'archived', publishedAt: now }],
    ];
    for (const [key, input] of rows) slugs[key] = (await insertStory({ ...input, title: input?.title ?? key })).slug;
  });

  it('lists the same province and category first, then the same province, newest first, and never itself or an unpublished story', async () => {
    const html = await storyPage(target.slug);
    expect(relatedSlugs(html)).toEqual([slugs.sameBoth, slugs.sameProvince, slugs.sameProvinceOld]);
    expect(html).toContain('Đọc và chia sẻ tiếp');
  });

  it('fills up with the same category from elsewhere when the province has too few', async () => {
    const html = await storyPage(slugs.sameCategory ?? '');
    // Cà Mau has no other story: the Lạng Sơn stories of the same category, newest first.
    expect(relatedSlugs(html)).toEqual([target.slug, slugs.sameBoth]);
  });

  it('shows each as a small item with its thumbnail box, title, province and date', async () => {
    const html = await storyPage(target.slug);
    const section = html.split('data-related=""')[1]?.split('</section>')[0] ?? '';
    expect(section.match(/class="story-thumb/g)).toHaveLength(3);
    expect(section).toContain('Lạng Sơn');
    expect(section).toMatch(/<time datetime="[^"]+">\d{2}\/\d{2}\/\d{4}<\/time>/);
  });

  it('costs no extra D1 statement: the page is still one query', async () => {
    const { d1, counter } = countingD1(env.DB);
    const ctx = createExecutionContext();
    const res = await createApp().request(new URL(`/stories/${target.slug}`, ORIGIN).toString(), {}, { ...env, DB: d1, FEED_CACHE_TTL: '0' }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(200);
    expect(relatedSlugs(await res.text())).toHaveLength(3);
    expect(counter.statements).toBe(1);
  });
});
