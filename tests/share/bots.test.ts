// Readers in an app's browser count; crawlers, preview fetchers and scripts never do.
// Checked twice: the classifier alone, and end to end through /l/:code and the consumer.
import { describe, expect, it } from 'vitest';
import { isPreviewBot } from '../../workers/share/bots';
import { readJson, sendJson } from '../helpers/http';
import { CRAWLERS, IN_APP_BROWSERS } from './agents';
import { clickHarness, dailyClicks, linkClicks } from './click-harness';
import { insertStory } from './fixtures';

async function newLink() {
  const story = await insertStory();
  const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }));
  return { story, code };
}

describe('who counts as a reader', () => {
  it('has at least 30 in-app browsers and 30 crawlers to check', () => {
    expect(IN_APP_BROWSERS.length).toBeGreaterThanOrEqual(30);
    expect(CRAWLERS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(IN_APP_BROWSERS)('counts the in-app browser %s', (ua) => {
    expect(isPreviewBot(ua)).toBe(false);
  });

  it.each(CRAWLERS)('never counts the crawler %s', (ua) => {
    expect(isPreviewBot(ua)).toBe(true);
  });

  it('counts one click per in-app browser through /l/:code and the consumer', async () => {
    const { story, code } = await newLink();
    const harness = clickHarness();
    for (const ua of IN_APP_BROWSERS) expect((await harness.follow(code, { 'user-agent': ua, 'cf-connecting-ip': '100.80.0.1' })).status).toBe(302);
    await harness.deliver();
    // One address, a different agent each: each is a reader of its own.
    expect(await linkClicks(code)).toBe(IN_APP_BROWSERS.length);
    expect(await dailyClicks(story.id)).toBe(IN_APP_BROWSERS.length);
  });

  it('redirects every crawler but queues and counts none of them', async () => {
    const { story, code } = await newLink();
    const harness = clickHarness();
    for (const [i, ua] of CRAWLERS.entries()) {
      const res = await harness.follow(code, { 'user-agent': ua, 'cf-connecting-ip': `100.80.1.${i + 1}` });
      expect(res.status, ua).toBe(302);
    }
    expect(harness.sent).toEqual([]);
    await harness.deliver();
    expect(await linkClicks(code)).toBe(0);
    expect(await dailyClicks(story.id)).toBe(0);
  });
});
