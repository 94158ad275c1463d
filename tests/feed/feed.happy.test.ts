import { beforeAll, describe, expect, it } from 'vitest';
import { publishedStories } from '../../scripts/seed/stories-data';
import { renderMarkdown } from '../../workers/stories/markdown';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { getFeed, walkFeed } from './helpers';

// Read-only tests over the demo seed: 44 published stories (ids 1–44) and six
// that must never show (ids 101–106). Story 1 is pinned until 2030.
const PUBLISHED = publishedStories.length;

beforeAll(async () => {
  await seedDemo();
});

describe('GET /api/stories', () => {
  it('lists published stories newest first with exactly the public fields', async () => {
    const body = await getFeed('/api/stories?limit=50');
    expect(body.items).toHaveLength(PUBLISHED);
    expect(body.nextCursor).toBeNull();
    expect(Object.keys(body.items[0] ?? {})).toEqual(['id', 'slug', 'title', 'summary', 'category', 'province', 'tags', 'tagNames', 'publishedAt', 'url', 'thumbnail']);
    const times = body.items.map((i) => Date.parse(i.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(body.items.every((i) => i.id < 100), 'drafts and other unpublished stories never show').toBe(true);
  });

  it('describes each story with its province name, ISO date and absolute page URL', async () => {
    const body = await getFeed('/api/stories?limit=50');
    const lamDong = body.items.find((i) => i.id === 3);
    expect(lamDong).toMatchObject({
      category: 'advanced_example',
      province: { code: 'LDG', name: 'Lâm Đồng' },
      tags: ['chuyen-doi-so', 'nong-nghiep-sach', 'hop-tac-xa'],
    });
    expect(lamDong?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lamDong?.url).toBe(`${ORIGIN}/stories/${lamDong?.slug}`);
  });

  it('pages 20 at a time by default', async () => {
    const body = await getFeed('/api/stories');
    expect(body.items).toHaveLength(20);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('filters by province', async () => {
    const body = await getFeed('/api/stories?province=DNG');
    expect(body.items.map((i) => i.id).sort((a, b) => a - b)).toEqual([1, 6, 40]);
    expect(body.items.every((i) => i.province.name === 'Đà Nẵng')).toBe(true);
  });

  it('filters by category, rebuttals included', async () => {
    const body = await getFeed('/api/stories?category=rebuttal');
    expect(body.items.map((i) => i.id).sort((a, b) => a - b)).toEqual([2, 14, 24, 38]);
  });

  it('combines province and category filters', async () => {
    const body = await getFeed('/api/stories?province=DNG&category=role_model');
    expect(body.items.map((i) => i.id)).toEqual([1]);
  });

  it('filters by tag however the tag is typed', async () => {
    const bySlug = await getFeed('/api/stories?tag=hien-mau');
    const typed = await getFeed(`/api/stories?tag=${encodeURIComponent('#Hiến máu')}`);
    expect(bySlug.items.map((i) => i.id)).toEqual([11]);
    expect(typed.items.map((i) => i.id)).toEqual([11]);
  });

  it('treats empty filter values (an untouched form field) as no filter', async () => {
    const body = await getFeed('/api/stories?province=&category=&q=&tag=&limit=');
    expect(body.items).toHaveLength(20);
  });

  it('walks every page exactly once, in order, with no gaps', async () => {
    const all = (await getFeed('/api/stories?limit=50')).items.map((i) => i.id);
    const { ids, pages } = await walkFeed('/api/stories?limit=7');
    expect(pages).toBe(Math.ceil(PUBLISHED / 7));
    expect(ids).toEqual(all);
  });

  it('walks a filtered listing and a tag listing page by page', async () => {
    const hanoi = await walkFeed('/api/stories?province=HNI&limit=1');
    expect(hanoi.ids).toEqual((await getFeed('/api/stories?province=HNI')).items.map((i) => i.id));
    const volunteers = await walkFeed('/api/stories?tag=tinh-nguyen&limit=2');
    const expected = (await getFeed('/api/stories?tag=tinh-nguyen&limit=50')).items.map((i) => i.id);
    expect(volunteers.ids).toEqual(expected);
    expect(expected.length).toBeGreaterThan(4);
  });

  it('shows pinned stories apart on the first page only, keeping their place in the pages', async () => {
    const first = await getFeed('/api/stories?limit=5');
    expect(first.pinned.map((i) => i.id)).toEqual([1]);
    const second = await getFeed(`/api/stories?limit=5&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(second.pinned).toEqual([]);
    const { ids } = await walkFeed('/api/stories?limit=5');
    expect(ids.filter((id) => id === 1)).toHaveLength(1);
  });

  it('applies the filters to the pinned block too', async () => {
    expect((await getFeed('/api/stories?province=DNG')).pinned.map((i) => i.id)).toEqual([1]);
    expect((await getFeed('/api/stories?province=HNI')).pinned).toEqual([]);
  });
});

describe('GET /api/stories/:slug', () => {
  it('returns the full story with sanitised HTML, captions, hashtags and provenance', async () => {
    const list = await getFeed('/api/stories?province=DNG&category=role_model');
    const slug = list.items[0]?.slug ?? '';
    const res = await fetchApp(`/api/stories/${slug}`);
    const story = await readJson<Record<string, unknown>>(res);
    expect(res.status, JSON.stringify(story)).toBe(200);
    const seed = publishedStories[0];
    expect(story).toMatchObject({
      id: 1,
      slug,
      title: seed?.title,
      category: 'role_model',
      province: { code: 'DNG', name: 'Đà Nẵng' },
      commune: 'Phường Hải Châu',
      bodyHtml: renderMarkdown(seed?.body ?? ''),
      captions: seed?.captions,
      hashtags: ['LanTỏa', 'NgườiTốtViệcTốt', 'ĐàNẵng'],
      source: { type: 'interview', detail: seed?.sourceDetail },
      cover: null,
      url: `${ORIGIN}/stories/${slug}`,
    });
    expect(String(story.bodyHtml)).toContain('<h2>Bắt đầu từ một chiếc quạt</h2>');
  });
});
