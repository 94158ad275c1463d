// Clicks count once per reader (address + browser) per link per Vietnam day, in the link's
// counter, the dashboard's daily table and campaign progress alike; a redelivered batch adds nothing.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { campaigns } from '../../schema';
import { createDb } from '../../workers/core/db';
import { cronJobs } from '../../workers/jobs/cron';
import { applyClicks } from '../../workers/share/share.queries';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertCampaign } from '../campaigns/fixtures';
import { BROWSER, clickHarness, dailyClicks, linkClicks, reader } from './click-harness';
import { insertStory } from './fixtures';

async function campaignClicks(id: number): Promise<number> {
  const [row] = await createDb(env.DB).select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
  const body = await readJson<{ progress: { clicks: number } }>(await fetchApp(`/api/campaigns/${row?.slug}`));
  return body.progress.clicks;
}

describe('clicks are counted once per reader, link and Vietnam day', () => {
  it('adds 21 for 100 clicks from one reader and one each from 20 readers: link, dashboard and campaign', async () => {
    const story = await insertStory();
    const campaign = await insertCampaign({ storyIds: [story.id], targetClicks: 100 });
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook', campaign }));
    const harness = clickHarness();
    for (let i = 0; i < 100; i++) expect((await harness.follow(code, reader(0))).status).toBe(302);
    for (let i = 1; i <= 20; i++) expect((await harness.follow(code, reader(i))).status).toBe(302);
    // Split over several queue batches, as the queue would deliver them.
    const messages = harness.sent.splice(0);
    for (let i = 0; i < messages.length; i += 50) {
      const result = await harness.deliver(messages.slice(i, i + 50));
      expect(result.retryMessages).toEqual([]);
    }
    expect(await linkClicks(code)).toBe(21);
    expect(await dailyClicks(story.id)).toBe(21);
    expect(await campaignClicks(campaign)).toBe(21);
  });

  it('adds nothing when the same batch is delivered again', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }));
    const harness = clickHarness();
    for (let i = 0; i < 5; i++) await harness.follow(code, reader(200 + i));
    const messages = harness.sent.splice(0);
    await harness.deliver(messages);
    await harness.deliver(messages);
    expect(await linkClicks(code)).toBe(5);
    expect(await dailyClicks(story.id)).toBe(5);
  });

  it('tells two browsers behind one address apart, and counts the same reader again the next Vietnam day', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'x' }));
    const harness = clickHarness();
    await harness.follow(code, { 'cf-connecting-ip': '100.90.0.1', 'user-agent': BROWSER });
    await harness.follow(code, { 'cf-connecting-ip': '100.90.0.1', 'user-agent': `${BROWSER} Zalo iOS/23.12.02` });
    await harness.deliver();
    expect(await linkClicks(code)).toBe(2);
    // 16:59 and 17:01 UTC are two Vietnam days (UTC+7 midnight falls at 17:00 UTC).
    const db = createDb(env.DB);
    const r = 'b'.repeat(32);
    await applyClicks(db, [{ code, reader: r, at: Date.parse('2026-12-01T16:59:00Z') }, { code, reader: r, at: Date.parse('2026-12-01T16:59:30Z') }]);
    await applyClicks(db, [{ code, reader: r, at: Date.parse('2026-12-01T17:01:00Z') }]);
    expect(await linkClicks(code)).toBe(4);
  });

  it('keeps no address in the queue messages or in D1, only a keyed hash', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'copy' }));
    const harness = clickHarness();
    await harness.follow(code, { 'cf-connecting-ip': '100.91.2.3', 'user-agent': BROWSER });
    expect(JSON.stringify(harness.sent)).not.toContain('100.91.2.3');
    expect((harness.sent[0] as { reader: string }).reader).toMatch(/^[0-9a-f]{32}$/);
    await harness.deliver();
    const rows = await env.DB.prepare('SELECT * FROM share_click_readers WHERE code = ?').bind(code).all();
    expect(rows.results).toHaveLength(1);
    expect(JSON.stringify(rows.results)).not.toContain('100.91.2.3');
  });

  it('still counts a message queued before readers were recorded, once', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'telegram' }));
    const old = { code, storyId: story.id, channel: 'telegram', campaignId: null, provinceCode: null, unit: null, at: Date.now() };
    const result = await clickHarness().deliver([old]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await linkClicks(code)).toBe(1);
  });

  it('forgets readers of days more than two weeks back in the every-minute cron', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'download' }));
    const now = Date.parse('2026-12-10T05:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    const r = 'c'.repeat(32);
    for (const n of [0, 13, 14, 15]) await applyClicks(createDb(env.DB), [{ code, reader: r, at: now - n * day }], now - n * day);
    const job = cronJobs.find((j) => j.name === 'share.sweep-click-readers');
    await job?.run(env, now);
    const left = await env.DB.prepare('SELECT day FROM share_click_readers WHERE code = ? ORDER BY day').bind(code).all<{ day: string }>();
    expect(left.results.map((row) => row.day)).toEqual(['2026-11-26', '2026-11-27', '2026-12-10']);
  });

  it('drops a click older than the readers kept (a dead letter replayed too late), so nobody counts twice', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }));
    const day = 24 * 60 * 60 * 1000;
    const counted = await applyClicks(createDb(env.DB), [{ code, reader: 'd'.repeat(32), at: Date.now() - 14 * day }]);
    expect(counted).toBe(0);
    expect(await linkClicks(code)).toBe(0);
  });
});
