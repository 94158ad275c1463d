import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { createDb } from '../../workers/core/db';
import { encodeCursor } from '../../workers/stories/cursor';
import { feedStatement, latestStoriesQuery, publishedStoryQuery, sitemapQuery, type FeedPageRequest } from '../../workers/stories/feed.queries';
import { ORIGIN } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { countingD1 } from './helpers';

const db = createDb(env.DB);

beforeAll(async () => {
  await seedDemo();
});

type PlanRow = { detail: string };

async function planOf(statement: SQL | { sql: string; params: unknown[] }): Promise<string[]> {
  if ('params' in statement) {
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`)
      .bind(...statement.params)
      .all<PlanRow>();
    return results.map((r) => r.detail);
  }
  const rows = await db.all<PlanRow>(sql`EXPLAIN QUERY PLAN ${statement}`);
  return rows.map((r) => r.detail);
}

/** A full pass over a real table (or one of its indexes) costs O(stories): never allowed. (`k`: a search arm's page of ids.) */
const fullScans = (plan: string[]) => plan.filter((d) => /^SCAN /.test(d) && !/^SCAN (\(subquery|m$|k$|\w+ VIRTUAL TABLE)/.test(d));

const cursor = { kind: 'feed' as const, publishedAt: Date.now(), id: 10 };
const searchCursor = { kind: 'search' as const, tier: 2, publishedAt: Date.now(), id: 10 };
const pages: Record<string, FeedPageRequest> = {
  'first page': { limit: 20 },
  'a later page': { limit: 20, cursor },
  'a province page': { limit: 20, province: 'DNG' },
  'a later province page': { limit: 20, province: 'DNG', cursor },
  'a category page': { limit: 20, category: 'rebuttal', cursor },
  'a province and category page': { limit: 20, province: 'HNI', category: 'rebuttal' },
  'a tag page': { limit: 20, tag: 'tinh-nguyen' },
  'a later tag page with a province': { limit: 20, tag: 'tinh-nguyen', province: 'DNG', cursor },
  'a search': { limit: 20, q: 'Đà Nẵng' },
  'a later search page with filters': { limit: 20, q: 'guong sang', province: 'DNG', tag: 'tinh-nguyen', cursor: searchCursor },
  'a search naming a province, with other words': { limit: 20, q: 'hiến máu tp hcm' },
  'a later page of a province search, past the province': { limit: 20, q: 'Hà Nội', cursor: { ...searchCursor, tier: 5 } },
  'a province search with a category and a tag': { limit: 20, q: 'sai gon', category: 'rebuttal', tag: 'tinh-nguyen' },
};

describe('every public query walks an index (EXPLAIN QUERY PLAN)', () => {
  for (const [name, page] of Object.entries(pages)) {
    it(`the feed statement for ${name}`, async () => {
      const plan = await planOf(feedStatement(page, Date.now()));
      expect(fullScans(plan), plan.join('\n')).toEqual([]);
      expect(plan.some((d) => /USING (COVERING )?INDEX|VIRTUAL TABLE/.test(d)), plan.join('\n')).toBe(true);
      if (page.q === undefined) {
        expect(plan.filter((d) => d.includes('TEMP B-TREE')), `listings come out of the index in order:\n${plan.join('\n')}`).toEqual([]);
      }
    });
  }

  it('the pinned block uses stories_pinned_idx', async () => {
    const plan = await planOf(feedStatement({ limit: 20 }, Date.now()));
    expect(plan).toContain('SEARCH s USING INDEX stories_pinned_idx (status=? AND pinned_until>?)');
  });

  it('a search naming a province walks that province newest first, without a sort, before any full-text arm', async () => {
    const plan = await planOf(feedStatement({ limit: 20, q: 'Đà Nẵng' }, Date.now()));
    const first = plan.findIndex((d) => d.startsWith('SEARCH s USING INDEX stories_province_feed_idx (status=? AND province_code=?)'));
    expect(first, plan.join('\n')).toBeGreaterThanOrEqual(0);
    const firstSort = plan.findIndex((d) => d.includes('TEMP B-TREE'));
    expect(firstSort, plan.join('\n')).toBeGreaterThan(first);
  });

  it('a full-text arm ranks its matches from stories_search_key_idx and reads rows for the page only', async () => {
    const plan = await planOf(feedStatement({ limit: 20, q: 'hiến máu', category: 'role_model' }, Date.now()));
    expect(plan, plan.join('\n')).toContain('SEARCH s USING COVERING INDEX stories_search_key_idx (id=? AND status=?)');
  });

  it('a tag page walks story_tags_feed_idx in feed order', async () => {
    const plan = await planOf(feedStatement({ limit: 20, tag: 'tinh-nguyen', cursor }, Date.now()));
    expect(plan.some((d) => d.startsWith('SEARCH st USING COVERING INDEX story_tags_feed_idx (tag=?'))).toBe(true);
  });

  it('a story by slug, the RSS items and the sitemap', async () => {
    for (const query of [publishedStoryQuery(db, 'x'), latestStoriesQuery(db, 30), sitemapQuery(db, 10_000)]) {
      const plan = await planOf(query.toSQL());
      expect(fullScans(plan), plan.join('\n')).toEqual([]);
      expect(plan.filter((d) => d.includes('TEMP B-TREE')), plan.join('\n')).toEqual([]);
    }
  });
});

describe('an uncached feed page costs one D1 query', () => {
  async function statementsFor(path: string) {
    const { d1, counter } = countingD1(env.DB);
    const ctx = createExecutionContext();
    // FEED_CACHE_TTL=0: measure the uncached path.
    const res = await createApp().request(new URL(path, ORIGIN).toString(), {}, { ...env, DB: d1, FEED_CACHE_TTL: '0' }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status, await res.clone().text()).toBe(200);
    return counter.statements;
  }

  it('for the first page with its pinned block, a later page, a filtered page and a search', async () => {
    expect(await statementsFor('/api/stories')).toBe(1);
    expect(await statementsFor(`/api/stories?cursor=${encodeCursor(cursor)}`)).toBe(1);
    expect(await statementsFor('/api/stories?province=DNG&category=role_model&tag=tinh-nguyen')).toBe(1);
    expect(await statementsFor('/api/stories?q=%C4%90%C3%A0%20N%E1%BA%B5ng')).toBe(1);
    expect(await statementsFor(`/api/stories?q=${encodeURIComponent('hiến máu tp hcm')}`)).toBe(1);
    expect(await statementsFor(`/?q=${encodeURIComponent('Đà Nẵng')}`)).toBe(1);
  });

  it('for the HTML feed page and a story', async () => {
    expect(await statementsFor('/?province=DNG')).toBe(1);
    const [first] = await db.all<{ slug: string }>(sql`SELECT slug FROM stories WHERE id = 1`);
    expect(await statementsFor(`/api/stories/${first?.slug}`)).toBe(1);
    expect(await statementsFor(`/stories/${first?.slug}`)).toBe(1);
  });
});
