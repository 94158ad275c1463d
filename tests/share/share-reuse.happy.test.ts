// The same reader asking again for the same story, channel and campaign gets the same
// tracked link back, and is counted as one share: the campaign figures stay true.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shareLinks, shareStatsDaily } from '../../schema';
import { createDb } from '../../workers/core/db';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { insertCampaign } from '../campaigns/fixtures';
import { insertStory } from './fixtures';

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const LAPTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const db = () => createDb(env.DB);

async function codeFor(body: Record<string, unknown>, headers: Record<string, string>): Promise<string> {
  const res = await sendJson('POST', '/api/shares', body, headers);
  const answer = await readJson<{ code: string }>(res);
  expect(res.status, JSON.stringify(answer)).toBe(201);
  return answer.code;
}

async function linksOf(storyId: number) {
  return db().select().from(shareLinks).where(eq(shareLinks.storyId, storyId));
}

async function sharesOf(storyId: number) {
  const rows = await db().select().from(shareStatsDaily).where(eq(shareStatsDaily.storyId, storyId));
  return rows.reduce((n, r) => n + r.shares, 0);
}

describe('one tracked link per reader, story, channel and campaign', () => {
  it('gives an anonymous reader (same address and browser) the same link every time, counted as one share', async () => {
    const story = await insertStory();
    const reader = { 'cf-connecting-ip': '203.0.113.10', 'user-agent': PHONE };
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add(await codeFor({ story: story.id, channel: 'facebook' }, reader));
    expect(codes.size).toBe(1);
    expect(await linksOf(story.id)).toHaveLength(1);
    expect(await sharesOf(story.id)).toBe(1);
  });

  it('makes a new link for another channel, another browser, another address or a campaign', async () => {
    const story = await insertStory();
    const campaign = await insertCampaign({ storyIds: [story.id] });
    const base = { 'cf-connecting-ip': '203.0.113.11', 'user-agent': PHONE };
    const codes = [
      await codeFor({ story: story.id, channel: 'facebook' }, base),
      await codeFor({ story: story.id, channel: 'zalo' }, base),
      await codeFor({ story: story.id, channel: 'facebook' }, { ...base, 'user-agent': LAPTOP }),
      await codeFor({ story: story.id, channel: 'facebook' }, { ...base, 'cf-connecting-ip': '203.0.113.12' }),
      await codeFor({ story: story.id, channel: 'facebook', campaign }, base),
    ];
    expect(new Set(codes).size).toBe(5);
    expect(await sharesOf(story.id)).toBe(5);
  });

  it('follows a member across addresses and browsers, and keeps two members apart', async () => {
    const story = await insertStory();
    const first = await signedInAs('member');
    const second = await signedInAs('member');
    const atHome = await codeFor({ story: story.id, channel: 'zalo' }, { ...first.headers, 'cf-connecting-ip': '203.0.113.20', 'user-agent': PHONE });
    const atWork = await codeFor({ story: story.id, channel: 'zalo' }, { ...first.headers, 'cf-connecting-ip': '203.0.113.21', 'user-agent': LAPTOP });
    const colleague = await codeFor({ story: story.id, channel: 'zalo' }, { ...second.headers, 'cf-connecting-ip': '203.0.113.21', 'user-agent': LAPTOP });
    expect(atWork).toBe(atHome);
    expect(colleague).not.toBe(atHome);
    expect((await linksOf(story.id)).map((l) => l.userId).sort()).toEqual([first.id, second.id].sort());
    expect(await sharesOf(story.id)).toBe(2);
  });

  it('adds one row however many identical requests race', async () => {
    const story = await insertStory();
    const reader = { 'cf-connecting-ip': '203.0.113.30', 'user-agent': PHONE };
    const answers = await Promise.all(Array.from({ length: 20 }, () => sendJson('POST', '/api/shares', { story: story.id, channel: 'x' }, reader)));
    const codes = await Promise.all(answers.map(async (res) => (await readJson<{ code: string }>(res)).code));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(codes).size).toBe(1);
    expect(await linksOf(story.id)).toHaveLength(1);
    expect(await sharesOf(story.id)).toBe(1);
  });

  it('reuses the link through the no-JS form too', async () => {
    const story = await insertStory();
    const member = await signedInAs('member');
    const post = () =>
      fetchApp('/share', {
        method: 'POST',
        headers: { ...member.headers, 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
        body: new URLSearchParams({ story: String(story.id), channel: 'copy', use: '0' }).toString(),
      });
    const pages = [await post(), await post(), await post()];
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200]);
    const links = await linksOf(story.id);
    expect(links).toHaveLength(1);
    for (const page of pages) expect(await page.text()).toContain(`/l/${links[0]?.code}`);
    expect(await sharesOf(story.id)).toBe(1);
  });
});
