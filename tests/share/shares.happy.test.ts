import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shareLinks, shareStatsDaily } from '../../schema';
import { createDb } from '../../workers/core/db';
import { vnDay } from '../../workers/core/time';
import { signedInAs } from '../helpers/auth';
import { ORIGIN, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';
import { insertCampaign } from '../campaigns/fixtures';

type ShareAnswer = {
  code: string;
  url: string;
  channel: string;
  story: { id: number; slug: string };
  text: string;
  links: { facebook: string; x: string; telegram: string; zalo: string };
  zaloMode: 'widget' | 'copy';
};

const db = () => createDb(env.DB);

async function statsRows(storyId: number) {
  return db().select().from(shareStatsDaily).where(eq(shareStatsDaily.storyId, storyId));
}

describe('POST /api/shares', () => {
  it('makes a tracked link and every network link carries it', async () => {
    const story = await insertStory();
    const res = await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook' });
    const body = await readJson<ShareAnswer>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.code).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(body.url).toBe(`${ORIGIN}/l/${body.code}`);
    expect(body.story).toEqual({ id: story.id, slug: story.slug });
    expect(new URL(body.links.facebook).searchParams.get('u')).toBe(body.url);
    expect(new URL(body.links.x).searchParams.get('url')).toBe(body.url);
    expect(new URL(body.links.telegram).searchParams.get('url')).toBe(body.url);
    expect(body.zaloMode).toBe('copy');
  });

  it("accepts the story's slug, and uses its first caption with hashtags as the text", async () => {
    const story = await insertStory();
    const res = await sendJson('POST', '/api/shares', { story: story.slug, channel: 'telegram' });
    const body = await readJson<ShareAnswer>(res);
    expect(res.status).toBe(201);
    expect(body.story.id).toBe(story.id);
    expect(body.text).toBe(`${story.captions[0]}\n\n#LanTỏa #ĐàNẵng`);
    expect(new URL(body.links.telegram).searchParams.get('text')).toBe(body.text);
  });

  it("puts the member's edited caption (NFC) into the X and Telegram links", async () => {
    const story = await insertStory();
    const edited = 'Tôi rất tự hào về các bạn trẻ quê mình! #LanTỏa'.normalize('NFD');
    const body = await readJson<ShareAnswer>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'x', text: edited }));
    expect(body.text).toBe(edited.normalize('NFC'));
    expect(new URL(body.links.x).searchParams.get('text')).toBe(edited.normalize('NFC'));
    expect(new URL(body.links.x).searchParams.get('hashtags')).toBe('ĐàNẵng');
  });

  it('attributes a signed-in share to the member, their province and unit', async () => {
    const story = await insertStory();
    const member = await signedInAs('member', { provinceCode: 'HUE', unit: 'Đoàn trường Quốc Học' });
    const body = await readJson<ShareAnswer>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }, member.headers));
    const [link] = await db().select().from(shareLinks).where(eq(shareLinks.code, body.code));
    expect(link).toMatchObject({ storyId: story.id, channel: 'zalo', userId: member.id, provinceCode: 'HUE', unit: 'Đoàn trường Quốc Học', clicks: 0 });
    expect(await statsRows(story.id)).toEqual([
      { day: vnDay(link?.createdAt ?? 0), storyId: story.id, channel: 'zalo', campaignId: 0, provinceCode: 'HUE', unit: 'Đoàn trường Quốc Học', shares: 1, clicks: 0 },
    ]);
  });

  it('counts anonymous shares per reader, adding up per day and channel', async () => {
    const story = await insertStory();
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      expect((await sendJson('POST', '/api/shares', { story: story.id, channel: 'copy' }, { 'cf-connecting-ip': ip })).status).toBe(201);
    }
    await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook' }, { 'cf-connecting-ip': '198.51.100.1' });
    const rows = await statsRows(story.id);
    const copy = rows.find((r) => r.channel === 'copy');
    expect(copy).toMatchObject({ shares: 3, clicks: 0, provinceCode: '', unit: '' });
    expect(rows.find((r) => r.channel === 'facebook')?.shares).toBe(1);
    const links = await db().select().from(shareLinks).where(and(eq(shareLinks.storyId, story.id), eq(shareLinks.channel, 'copy')));
    expect(links.every((l) => l.userId === null)).toBe(true);
    expect(new Set(links.map((l) => l.code)).size).toBe(3);
  });

  it('records the campaign a share belongs to', async () => {
    const story = await insertStory();
    // A running campaign that lists the story (a share can only be credited to such a campaign).
    const campaign = await insertCampaign({ storyIds: [story.id] });
    const body = await readJson<ShareAnswer>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'x', campaign }));
    const [link] = await db().select().from(shareLinks).where(eq(shareLinks.code, body.code));
    expect(link?.campaignId).toBe(campaign);
    expect((await statsRows(story.id))[0]?.campaignId).toBe(campaign);
  });
});
