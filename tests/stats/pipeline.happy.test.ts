// The dashboard against the real share pipeline: POST /api/shares → /l/:code clicks →
// the click queue's consumer → share_stats_daily → /api/stats/overview. The counts
// asserted are the events this test makes, one by one.
import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../schema';
import { createApp } from '../../workers/app';
import { vnDay } from '../../workers/core/time';
import worker from '../../workers/index';
import { CLICKS_QUEUE_NAME } from '../../workers/share/clicks.consumer';
import type { StatsOverview } from '../../workers/stats/stats.queries';
import { db, insertCampaign, insertStory } from '../campaigns/fixtures';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const app = createApp();

/** Follow tracked links like visitors, then deliver the queued clicks to the real consumer. */
async function click(codes: string[]) {
  const sent: unknown[] = [];
  const queue = { send: async (body: unknown) => void sent.push(body), sendBatch: async () => {} } as unknown as Queue;
  for (const [i, code] of codes.entries()) {
    const ctx = createExecutionContext();
    // Each click from a reader of its own: clicks count once per reader, link and day.
    const headers = { 'user-agent': BROWSER, 'cf-connecting-ip': `100.64.1.${i + 1}` };
    const res = await app.request(`${ORIGIN}/l/${code}`, { headers, redirect: 'manual' }, { ...env, CLICKS_QUEUE: queue }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(302);
  }
  const batch = createMessageBatch(
    CLICKS_QUEUE_NAME,
    sent.map((body, i) => ({ id: `c${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  expect((await getQueueResult(batch, ctx)).retryMessages).toEqual([]);
}

describe('the dashboard fed by real shares and clicks', () => {
  it('counts every share and click exactly, per channel, province, unit and campaign', async () => {
    const story = await insertStory({ title: 'Câu chuyện được chia sẻ thật' });
    const campaign = await insertCampaign({ storyIds: [story], targetShares: 4, targetClicks: 10 });
    const hue = await signedInAs('member', { provinceCode: 'HUE', unit: 'Đoàn phường Thuận Hóa' });
    const cto = await signedInAs('member', { provinceCode: 'CTO', unit: 'Hội Sinh viên Cần Thơ' });
    const share = async (headers: Record<string, string>, channel: string, fromCampaign: boolean) => {
      const res = await sendJson('POST', '/api/shares', { story, channel, ...(fromCampaign ? { campaign } : {}) }, headers);
      expect(res.status).toBe(201);
      return (await readJson<{ code: string }>(res)).code;
    };
    const a = await share(hue.headers, 'facebook', true);
    const b = await share(hue.headers, 'zalo', true);
    const c = await share(cto.headers, 'facebook', false);
    const d = await share({}, 'copy', false);
    await click([a, a, a, b, c, c, d]);

    const admin = await signedInAs('admin', { provinceCode: null });
    const today = vnDay(Date.now());
    const o = await readJson<StatsOverview>(await fetchApp(`/api/stats/overview?from=${today}&to=${today}`, { headers: admin.headers }));
    expect(o.totals).toEqual({ shares: 4, clicks: 7 });
    expect(o.channels.filter((ch) => ch.shares > 0).map((ch) => [ch.channel, ch.shares, ch.clicks])).toEqual([
      ['facebook', 2, 5],
      ['zalo', 1, 1],
      ['copy', 1, 1],
    ]);
    expect(o.provinces.map((p) => [p.provinceCode, p.shares, p.clicks])).toEqual([
      ['HUE', 2, 4],
      ['CTO', 1, 2],
      ['', 1, 1],
    ]);
    expect(o.units.map((u) => [u.unit, u.shares, u.clicks])).toEqual([
      ['Đoàn phường Thuận Hóa', 2, 4],
      ['Hội Sinh viên Cần Thơ', 1, 2],
    ]);
    expect(o.campaigns.find((x) => x.id === campaign)).toMatchObject({ shares: 2, clicks: 4, sharesPercent: 50, clicksPercent: 40 });

    // The per-link counters (raw events) agree with the daily figures.
    const links = await db().select().from(shareLinks).where(eq(shareLinks.storyId, story));
    expect(links.length).toBe(o.totals.shares);
    expect(links.reduce((n, l) => n + l.clicks, 0)).toBe(o.totals.clicks);
  });
});
