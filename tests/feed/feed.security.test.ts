import { beforeAll, describe, expect, it } from 'vitest';
import { nonPublicStories } from '../../scripts/seed/stories-data';
import { slugify } from '../../workers/stories/text';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { getFeed, insertStory, type FeedJson } from './helpers';
import { assertWellFormedXml } from './xml';

const HOSTILE_TITLE = `</script><script>alert(1)</script> "Tin" & 'đặc biệt' <b>`;
const HOSTILE_SUMMARY = `<img src=x onerror=alert(1)> & ]]> --> ${'\u0007'}`;
let hostileSlug = '';

beforeAll(async () => {
  await seedDemo();
  hostileSlug = (await insertStory({ title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY, provinceCode: 'PTO', tags: ['thu-nghiem'] })).slug;
});

const html = { headers: { accept: 'text/html' } };
const hiddenSlugs = nonPublicStories.map((s) => slugify(s.title));

describe('stories that are not published never leak', () => {
  it('not through the feed pages, RSS, the sitemap, search or tag pages', async () => {
    const outputs = await Promise.all(
      ['/?limit=50', '/feed.xml', '/sitemap.xml', '/?q=ban+nhap', '/api/stories?tag=ban-nhap', '/api/stories?q=ban%20nhap&limit=50'].map(
        async (path) => (await fetchApp(path, html)).text(),
      ),
    );
    for (const text of outputs) for (const slug of hiddenSlugs) expect(text).not.toContain(slug);
  });

  it('not even with a forged cursor pointing past them', async () => {
    const forged = btoa(JSON.stringify(['f', Date.parse('2031-01-01'), 1_000_000])).replace(/=+$/, '');
    const body = await getFeed(`/api/stories?limit=50&cursor=${forged}`);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.map((i) => i.slug).filter((s) => hiddenSlugs.includes(s))).toEqual([]);
  });
});

describe('story text is escaped everywhere it is shown', () => {
  it('on the feed page', async () => {
    const text = await (await fetchApp('/?province=PTO', html)).text();
    expect(text).not.toContain('<script>alert(1)');
    expect(text).not.toContain('<img src=x');
    expect(text).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('on the story page, in meta tags and in JSON-LD', async () => {
    const text = await (await fetchApp(`/stories/${hostileSlug}`, html)).text();
    expect(text).not.toContain('<script>alert(1)');
    expect(text).not.toContain('<img src=x');
    expect(text).not.toMatch(/<meta[^>]+content="[^"]*"[^>]*"Tin"/);
    const blocks = [...text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/[<>]/);
    expect((JSON.parse(blocks[0] ?? '{}') as { headline: string }).headline).toBe(HOSTILE_TITLE);
  });

  it('in RSS, which stays well-formed (control characters dropped)', async () => {
    const xml = await (await fetchApp('/feed.xml')).text();
    assertWellFormedXml(xml);
    expect(xml).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Tin&quot; &amp; &apos;đặc biệt&apos; &lt;b&gt;');
    expect(xml).not.toContain('\u0007');
  });

  it('in the JSON API, as plain strings', async () => {
    const body = await getFeed('/api/stories?province=PTO');
    expect(body.items.find((i) => i.slug === hostileSlug)?.title).toBe(HOSTILE_TITLE);
  });
});

describe('search text cannot act as FTS5 syntax', () => {
  it('answers operators, quotes, column filters and wildcards as plain words, never a 500', async () => {
    for (const q of ['" OR *', 'title:da', 'NEAR(da nang)', '-foo', 'AND OR NOT', '^hoa', 'da*', "'; DROP TABLE stories; --", 'ĐÀ" NẴNG']) {
      const res = await fetchApp(`/api/stories?q=${encodeURIComponent(q)}`);
      const body = await readJson<FeedJson>(res);
      expect(res.status, `${q}: ${JSON.stringify(body)}`).toBe(200);
    }
    const stories = await getFeed('/api/stories?limit=1');
    expect(stories.items).toHaveLength(1);
  });
});
