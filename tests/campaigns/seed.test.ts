import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { campaignSeedStatements } from '../../scripts/seed/campaigns';
import { seedDemo } from '../helpers/seed';

async function run(statements: string[]) {
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
}
const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())?.n ?? -1;

describe('the campaigns seed part', () => {
  it('is valid on its own, before any story or account exists', async () => {
    await run(campaignSeedStatements());
    expect(await count('SELECT count(*) AS n FROM campaigns WHERE id IN (1, 2, 3)')).toBe(3);
    expect(await count('SELECT count(*) AS n FROM campaign_stories')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM share_links')).toBe(0);
  });

  it('links the feed’s demo stories in order within the demo seed, with share figures that agree with the links', async () => {
    await seedDemo();
    const order = await env.DB.prepare('SELECT story_id FROM campaign_stories WHERE campaign_id = 2 ORDER BY position').all<{ story_id: number }>();
    expect(order.results.map((r) => r.story_id)).toEqual([37, 17]);
    expect(await count('SELECT count(*) AS n FROM campaign_stories')).toBe(11);
    const links = await env.DB.prepare("SELECT count(*) AS shares, sum(clicks) AS clicks FROM share_links WHERE code LIKE 'demo-c%'").first<{ shares: number; clicks: number }>();
    const stats = await env.DB.prepare('SELECT sum(shares) AS shares, sum(clicks) AS clicks FROM share_stats_daily WHERE campaign_id IN (1, 2)').first<{ shares: number; clicks: number }>();
    expect(links?.shares).toBeGreaterThan(10);
    expect(stats).toEqual(links);
    // Shares by the demo member are attributed to the account (editorial's accounts seed ran first).
    expect(await count("SELECT count(*) AS n FROM share_links WHERE code LIKE 'demo-c%' AND user_id = 'seed-member'")).toBeGreaterThan(0);
  });

  it('changes nothing when run again, even on a later day', async () => {
    const before = await count('SELECT sum(shares) + sum(clicks) + count(*) AS n FROM share_stats_daily');
    await run(campaignSeedStatements(Date.now() + 3 * 86_400_000));
    expect(await count('SELECT sum(shares) + sum(clicks) + count(*) AS n FROM share_stats_daily')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM campaigns')).toBe(3);
  });
});
