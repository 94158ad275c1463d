// What /me and the leaderboards cost: every statement walks an index, and a member with
// thousands of shares still gets /me from one batch (plus the notices and campaign progress).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { leaderboardStatement, myImpactStatements } from '../../workers/impact/impact.queries';
import { vnMonth } from '../../workers/impact/month';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedLeaderboardWorld, type World } from './fixtures';

const MANY = 3000;
let world: World;
let busy: TestUser;

beforeAll(async () => {
  world = await seedLeaderboardWorld();
  busy = await signedInAs('member', { provinceCode: 'DNG', unitId: world.units.small });
  // 300 stories, 3,000 links over 10 channels-and-campaign combinations, spread over a year.
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
     INSERT INTO stories (id, slug, title, summary, category_code, province_code, status, published_at, created_at, updated_at)
     SELECT 700000 + i, 'nhieu-' || i, 'Câu chuyện ' || i, 'Tóm tắt', 'role_model', 'DNG', 'published', 0, 0, 0 FROM n`,
  ).run();
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MANY})
     INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at)
     SELECT 'busy-' || i, 700001 + (i % 300), CASE i % 3 WHEN 0 THEN 'zalo' WHEN 1 THEN 'facebook' ELSE 'copy' END, ?, 'DNG', 'x', ?, i % 7, ? - i * 10000000 FROM n`,
  )
    .bind(busy.id, world.units.small, world.now)
    .run();
});

async function plan(statement: ReturnType<typeof leaderboardStatement>): Promise<string> {
  const query = createDb(env.DB).run(statement).getQuery();
  const rows = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .bind(...query.params)
    .all<{ detail: string }>();
  return rows.results.map((r) => r.detail).join('\n');
}

describe('query plans', () => {
  it('the leaderboard reads units by province and links by unit and time, never a whole table', async () => {
    const detail = await plan(leaderboardStatement('DNG', vnMonth(world.now).startMs));
    expect(detail).toMatch(/units_path_key_idx/);
    expect(detail).toMatch(/share_links_unit_idx/);
    expect(detail).toMatch(/users_unit_idx|USING INTEGER PRIMARY KEY|sqlite_autoindex_users/);
    expect(detail).not.toMatch(/SCAN (share_links|users|l|u)\b(?! USING)/);
  });

  it('my statements read my links through share_links_user_idx', async () => {
    for (const statement of myImpactStatements({ id: busy.id }, vnMonth(world.now))) {
      const detail = await plan(statement);
      expect(detail).toMatch(/share_links_user_idx/);
      expect(detail).not.toMatch(/SCAN (share_links|l)\b(?! USING)/);
    }
  });
});

describe('a member with many shares', () => {
  it(`gets /api/me/impact over ${MANY.toLocaleString('en')} links, totals exact, the list capped`, async () => {
    const started = Date.now();
    const res = await fetchApp('/api/me/impact', { headers: busy.headers });
    const took = Date.now() - started;
    expect(res.status).toBe(200);
    const body = await readJson<{ totals: { allTime: { shares: number; clicks: number } }; shares: unknown[] }>(res);
    // sum of i % 7 for i = 1..3000: 428 full cycles of 21 (= 8,988) plus 1+2+3+4 for 2997..3000 (= 10).
    expect(body.totals.allTime).toEqual({ shares: MANY, clicks: 8998 });
    expect(body.shares).toHaveLength(50);
    console.log(`/api/me/impact for ${MANY} links: ${took} ms in workerd's local D1`);
  });
});
