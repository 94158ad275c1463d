import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { campaignSeedStatements } from '../../scripts/seed/campaigns';
import { seedDemo } from '../helpers/seed';

async function run(statements: string[]) {
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
}
const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())?.n ?? -1;

describe('the campaigns seed part', () => {
  it('is valid on its own, before any story exists, and is part of the demo seed', async () => {
    await seedDemo();
    expect(await count('SELECT count(*) AS n FROM campaigns WHERE id IN (1, 2, 3)')).toBe(3);
    expect(await count('SELECT count(*) AS n FROM campaign_stories')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM share_links')).toBe(0);
  });

  it('links the seeded stories in order once they exist, with share figures that agree with the links', async () => {
    const values = [1, 2, 7, 14, 16, 17, 24, 30, 35, 37, 38]
      .map((id) => `(${id}, 'demo-story-${id}', 'Câu chuyện ${id}', 'role_model', 'HCM', 'published', 1, 1, 1)`)
      .join(', ');
    await env.DB.prepare(`INSERT OR IGNORE INTO stories (id, slug, title, category_code, province_code, status, published_at, created_at, updated_at) VALUES ${values}`).run();
    await run(campaignSeedStatements());
    const order = await env.DB.prepare('SELECT story_id FROM campaign_stories WHERE campaign_id = 2 ORDER BY position').all<{ story_id: number }>();
    expect(order.results.map((r) => r.story_id)).toEqual([37, 17]);
    const links = await env.DB.prepare("SELECT count(*) AS shares, sum(clicks) AS clicks FROM share_links WHERE code LIKE 'demo-c%'").first<{ shares: number; clicks: number }>();
    const stats = await env.DB.prepare('SELECT sum(shares) AS shares, sum(clicks) AS clicks FROM share_stats_daily WHERE campaign_id IN (1, 2)').first<{ shares: number; clicks: number }>();
    expect(links?.shares).toBeGreaterThan(10);
    expect(stats).toEqual(links);
  });

  it('changes nothing when run again, even on a later day', async () => {
    const before = await count('SELECT sum(shares) + sum(clicks) + count(*) AS n FROM share_stats_daily');
    await run(campaignSeedStatements(Date.now() + 3 * 86_400_000));
    expect(await count('SELECT sum(shares) + sum(clicks) + count(*) AS n FROM share_stats_daily')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM campaigns')).toBe(3);
  });
});
