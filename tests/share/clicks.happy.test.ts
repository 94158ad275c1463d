import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shareStatsDaily } from '../../schema';
import { createDb } from '../../workers/core/db';
import worker from '../../workers/index';
import { CLICKS_QUEUE_NAME } from '../../workers/share/clicks.consumer';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';
import { insertCampaign } from '../campaigns/fixtures';
import { BROWSER, clickHarness, dailyClicks, linkClicks, reader } from './click-harness';

async function newLink(channel: string, headers: Record<string, string> = {}) {
  const story = await insertStory();
  const res = await sendJson('POST', '/api/shares', { story: story.id, channel }, headers);
  const body = await readJson<{ code: string }>(res);
  return { story, code: body.code };
}

describe('GET /l/:code', () => {
  it('redirects (302) to the story with UTM tags for the channel', async () => {
    const { story, code } = await newLink('zalo');
    const res = await clickHarness().follow(code);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.pathname).toBe(`/stories/${story.slug}`);
    expect(Object.fromEntries(location.searchParams)).toEqual({ utm_source: 'zalo', utm_medium: 'social', utm_campaign: 'lan-toa' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it("tags a campaign's links with the campaign", async () => {
    const story = await insertStory();
    const campaign = await insertCampaign({ storyIds: [story.id] });
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'x', campaign }));
    const res = await clickHarness().follow(code);
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('utm_campaign')).toBe(`campaign-${campaign}`);
  });

  it('counts N readers exactly, in one batch of upserts', async () => {
    const { story, code } = await newLink('facebook');
    const harness = clickHarness();
    const n = 7;
    for (let i = 0; i < n; i++) expect((await harness.follow(code, reader(i))).status).toBe(302);
    expect(harness.sent).toHaveLength(n);
    expect(await linkClicks(code), 'no D1 write on the redirect itself').toBe(0);

    const result = await harness.deliver();
    expect(result.explicitAcks).toHaveLength(n);
    expect(result.retryMessages).toEqual([]);
    expect(await linkClicks(code)).toBe(n);
    expect(await dailyClicks(story.id)).toBe(n);

    // A second batch adds its new readers to the first.
    await harness.follow(code, reader(100));
    await harness.follow(code, reader(101));
    await harness.deliver();
    expect(await linkClicks(code)).toBe(n + 2);
    expect(await dailyClicks(story.id)).toBe(n + 2);
  });

  it('redirects preview bots, HEAD requests and prefetches without counting them', async () => {
    const { story, code } = await newLink('telegram');
    const harness = clickHarness();
    for (const ua of ['facebookexternalhit/1.1', 'TelegramBot (like TwitterBot)', 'Zalo', 'Twitterbot/1.0', 'Slackbot 1.0', '']) {
      const res = await harness.follow(code, { 'user-agent': ua });
      expect(res.status, ua).toBe(302);
    }
    expect((await harness.follow(code, { 'user-agent': BROWSER }, 'HEAD')).status).toBe(302);
    expect((await harness.follow(code, { 'user-agent': BROWSER, 'sec-purpose': 'prefetch' })).status).toBe(302);
    expect(harness.sent).toEqual([]);
    await harness.follow(code);
    await harness.deliver();
    expect(await linkClicks(code)).toBe(1);
    expect(await dailyClicks(story.id)).toBe(1);
  });

  it("credits clicks to the sharing member's province and unit", async () => {
    const member = await signedInAs('member', { provinceCode: 'CTO', unit: 'Hội LHPN phường Ninh Kiều' });
    const { story, code } = await newLink('facebook', member.headers);
    const harness = clickHarness();
    await harness.follow(code, reader(1));
    await harness.follow(code, reader(2));
    await harness.deliver();
    const rows = await createDb(env.DB).select().from(shareStatsDaily).where(eq(shareStatsDaily.storyId, story.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'facebook', provinceCode: 'CTO', unit: 'Hội LHPN phường Ninh Kiều', shares: 1, clicks: 2 });
  });

  it('acknowledges and drops a malformed queue message without counting anything', async () => {
    const batch = createMessageBatch(CLICKS_QUEUE_NAME, [{ id: 'bad', timestamp: new Date(), attempts: 1, body: { code: 'x' } }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(['bad']);
  });

  it('answers an unknown code with a 404 page for browsers and problem+json otherwise', async () => {
    const page = await fetchApp('/l/Nope1234', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Không tìm thấy trang');
    const api = await fetchApp('/l/not-even/a-code');
    expect(api.status).toBe(404);
    const malformed = await fetchApp('/l/%3Cx%3E');
    expect(malformed.status).toBe(404);
  });
});
