import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import backfill from '../../schema/migrations/0014_tag_names_data.sql?raw';
import { nonPublicStories, publishedStories } from '../../scripts/seed/stories-data';
import { demoTagNames } from '../../scripts/seed/tag-names';
import { createDb } from '../../workers/core/db';
import { feedStatement } from '../../workers/stories/feed.queries';
import { tagLabelFromSlug, tagNamesOf, withTagNames } from '../../workers/stories/tag-names';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { published } from '../editorial/story-helpers';
import { insertStory } from './helpers';

// Tags are stored as slugs; readers see names ("Tình nguyện"), the first given per slug.
type Item = { slug: string; tags: string[]; tagNames: string[] };
const db = createDb(env.DB);
// Signed in: never the anonymous cache, so a second read sees the latest names.
const apiStory = async (slug: string, as?: TestUser) => readJson<Item>(await fetchApp(`/api/stories/${slug}`, { headers: as?.headers ?? {} }));
const apiFeed = async (query: string) => readJson<{ items: Item[] }>(await fetchApp(`/api/stories?${query}`));
const html = async (path: string) => (await fetchApp(path, { headers: { accept: 'text/html' } })).text();
let author: TestUser;
let editor: TestUser;

beforeAll(async () => {
  await seedDemo();
  author = await signedInAs('contributor');
  editor = await signedInAs('editor');
});

describe('tag names from typed tags', () => {
  it('keep the first spelling per slug, without # or extra spaces, and skip tags with no letter or digit', () => {
    expect(tagNamesOf(['#Tình  nguyện', 'tinh nguyen', 'Hiến máu', '---'])).toEqual([
      { slug: 'tinh-nguyen', name: 'Tình nguyện' },
      { slug: 'hien-mau', name: 'Hiến máu' },
    ]);
  });

  it('read as words when nobody named the slug', () => {
    expect(tagLabelFromSlug('an-toan-giao-thong')).toBe('An toan giao thong');
  });
});

describe('the demo seed', () => {
  it('names every tag its stories use', () => {
    const used = new Set([...publishedStories, ...nonPublicStories].flatMap((s) => s.tags));
    expect([...used].filter((slug) => !demoTagNames[slug])).toEqual([]);
  });

  it('shows names in the JSON API beside the slugs, in the same order', async () => {
    const { items } = await apiFeed('tag=tinh-nguyen&limit=5');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.tagNames).toHaveLength(item.tags.length);
      expect(item.tagNames[item.tags.indexOf('tinh-nguyen')]).toBe('Tình nguyện');
    }
    const story = await apiStory(items[0]?.slug ?? '');
    expect(story.tagNames).toEqual(story.tags.map((slug) => demoTagNames[slug]));
  });
});

describe('names written through the editorial workflow', () => {
  it('the first name given to a slug is the one readers see, on the API, the story page and the tag chip', async () => {
    const first = await published(author, editor, { title: 'Đội cứu hộ cứu nạn xã Vạn Ninh', tags: ['Cứu hộ cứu nạn', 'Vạn Ninh'] });
    const second = await published(author, editor, { title: 'Tập huấn cứu hộ cứu nạn mùa lũ', tags: ['CUU HO cuu nan'] });
    expect((await apiStory(first.slug)).tagNames).toEqual(['Cứu hộ cứu nạn', 'Vạn Ninh']);
    expect((await apiStory(second.slug)).tagNames).toEqual(['Cứu hộ cứu nạn']);

    const page = await html(`/stories/${second.slug}`);
    expect(page).toContain('<a class="tag" href="/?tag=cuu-ho-cuu-nan">Cứu hộ cứu nạn</a>');
    expect(page).not.toContain('>cuu-ho-cuu-nan<');
    expect(page, 'link previews and JSON-LD name it too').toContain('<meta property="article:tag" content="Cứu hộ cứu nạn"/>');
    expect(page).toContain('"keywords":"Cứu hộ cứu nạn"');

    const feed = await html('/?tag=cuu-ho-cuu-nan');
    expect(feed).toContain('<a class="feed-chip" href="/"><span class="visually-hidden">Bỏ lọc: </span>Cứu hộ cứu nạn<span');
  });

  it('a real name replaces a guessed one (from the backfill); a slug typed back as itself names nothing', async () => {
    await env.DB.prepare("INSERT INTO tag_names (slug, name, guessed, created_at) VALUES ('le-hoi-dua-ghe', 'Le hoi dua ghe', 1, 0)").run();
    const story = await published(author, editor, { title: 'Lễ hội đua ghe ngo Sóc Trăng', tags: ['le-hoi-dua-ghe', 'lang-chai'] });
    expect((await apiStory(story.slug)).tagNames).toEqual(['Le hoi dua ghe', 'Lang chai']);
    const res = await fetchApp(`/api/stories/${story.id}`, { method: 'PATCH', headers: { ...editor.headers, 'content-type': 'application/json' }, body: JSON.stringify({ revision: story.revision, tags: ['Lễ hội đua ghe', 'Làng chài'] }) });
    expect(res.status, await res.clone().text()).toBe(200);
    // The edit of a public story waits for a second editor, but names are remembered when written.
    expect((await apiStory(story.slug, editor)).tagNames).toEqual(['Lễ hội đua ghe', 'Làng chài']);
  });
});

describe('old rows', () => {
  it('the backfill migration gives every unnamed tag a readable guess and leaves named ones alone', async () => {
    const { slug } = await insertStory({ title: 'Bài cũ trước khi có tên từ khóa', tags: ['khuyen-hoc', 'tinh-nguyen'] });
    expect((await apiStory(slug)).tagNames, 'unnamed: read from the slug').toEqual(['Khuyen hoc', 'Tình nguyện']);
    await env.DB.exec(backfill.replace(/\s*\n\s*/g, ' ').replace(/--[^;]*?(?=INSERT)/g, ''));
    const rows = await env.DB.prepare("SELECT slug, name, guessed FROM tag_names WHERE slug IN ('khuyen-hoc', 'tinh-nguyen') ORDER BY slug").all();
    expect(rows.results).toEqual([
      { slug: 'khuyen-hoc', name: 'Khuyen hoc', guessed: 1 },
      { slug: 'tinh-nguyen', name: 'Tình nguyện', guessed: 0 },
    ]);
  });
});

describe('the feed statement with tag names', () => {
  it('looks names up by primary key, for the page only', async () => {
    const plan = await db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${withTagNames(feedStatement({ limit: 20, q: 'Đà Nẵng' }, Date.now()))}`);
    const details = plan.map((r) => r.detail);
    expect(details.some((d) => /SEARCH n USING (INDEX sqlite_autoindex_tag_names_1|PRIMARY KEY)/.test(d)), details.join('\n')).toBe(true);
    expect(details.filter((d) => /^SCAN n\b/.test(d))).toEqual([]);
  });
});
