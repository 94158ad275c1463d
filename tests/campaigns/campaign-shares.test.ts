import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns, shareLinks, shareStatsDaily } from '../../schema';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, dayFromToday, insertCampaign, insertStory } from './fixtures';

type Shared = { code: string; text: string; links: { x: string; telegram: string } };

let member: TestUser;
let story: number;
let running: number;
let runningSlug: string;

beforeAll(async () => {
  member = await signedInAs('member', { provinceCode: 'HUE', unit: 'Đoàn phường Phú Hội' });
  story = await insertStory({ title: 'Nhóm sinh viên sửa máy tính cũ', captions: ['Máy tính cũ, tri thức mới'], hashtags: ['SinhVien'] });
  running = await insertCampaign({ hashtags: ['LanToa', 'ThangThanhNien'], storyIds: [story], targetShares: 10 });
  runningSlug = (await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, running)))[0]?.slug ?? '';
});

async function progressShares(): Promise<number> {
  const body = await readJson<{ progress: { shares: number } }>(await fetchApp(`/api/campaigns/${runningSlug}`));
  return body.progress.shares;
}

describe('a share made from a campaign', () => {
  it('carries the campaign id into share_links and share_stats_daily, and counts towards its progress', async () => {
    const before = await progressShares();
    const res = await sendJson('POST', '/api/shares', { story, channel: 'zalo', campaign: running }, member.headers);
    const body = await readJson<Shared>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    const [link] = await db().select().from(shareLinks).where(eq(shareLinks.code, body.code));
    expect(link).toMatchObject({ campaignId: running, provinceCode: 'HUE', unit: 'Đoàn phường Phú Hội' });
    const stats = await db()
      .select()
      .from(shareStatsDaily)
      .where(and(eq(shareStatsDaily.campaignId, running), eq(shareStatsDaily.storyId, story), eq(shareStatsDaily.channel, 'zalo')));
    expect(stats.reduce((n, r) => n + r.shares, 0)).toBe(1);
    expect(await progressShares()).toBe(before + 1);
  });

  it('has the campaign hashtags in its caption and in the X link', async () => {
    const body = await readJson<Shared>(await sendJson('POST', '/api/shares', { story, channel: 'x', campaign: running }, member.headers));
    expect(body.text).toBe('Máy tính cũ, tri thức mới\n\n#SinhVien #LanToa #ThangThanhNien');
    const telegram = new URL(body.links.telegram);
    expect(telegram.searchParams.get('text')).toContain('#ThangThanhNien');
    expect(new URL(body.links.x).searchParams.get('text')).toContain('#LanToa');
  });

  it('keeps the member’s own wording and adds only the missing campaign hashtags', async () => {
    const body = await readJson<Shared>(
      await sendJson('POST', '/api/shares', { story, channel: 'telegram', campaign: running, text: 'Đáng đọc! #lantoa' }, member.headers),
    );
    expect(body.text).toBe('Đáng đọc! #lantoa\n\n#ThangThanhNien');
  });

  it('is refused for an ended campaign, a draft, or a story the campaign does not list', async () => {
    const ended = await insertCampaign({ status: 'ended', storyIds: [story] });
    const expired = await insertCampaign({ startsOn: dayFromToday(-20), endsOn: dayFromToday(-1), storyIds: [story] });
    const draft = await insertCampaign({ status: 'draft', storyIds: [story] });
    const other = await insertCampaign({ storyIds: [await insertStory()] });
    for (const campaign of [ended, expired, draft, other, 999_999]) {
      const res = await sendJson('POST', '/api/shares', { story, channel: 'facebook', campaign }, member.headers);
      expect(res.status, String(campaign)).toBe(400);
      expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('campaign');
    }
  });

  it('works without JavaScript through the kit’s form', async () => {
    const res = await fetchApp('/share', {
      method: 'POST',
      headers: { ...member.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ story: String(story), channel: 'copy', use: '0', caption: 'Máy tính cũ, tri thức mới', campaign: String(running) }).toString(),
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('#ThangThanhNien');
    const links = await db().select().from(shareLinks).where(and(eq(shareLinks.storyId, story), eq(shareLinks.channel, 'copy')));
    expect(links.map((l) => l.campaignId)).toEqual([running]);
  });
});

describe('the share page opened from a campaign', () => {
  it('puts the campaign hashtags into every caption and credits the form to the campaign', async () => {
    const storySlug = (await fetchApp(`/api/campaigns/${runningSlug}`).then((r) => readJson<{ stories: { slug: string }[] }>(r))).stories[0]?.slug;
    const html = await (await fetchApp(`/share/${storySlug}?campaign=${runningSlug}`)).text();
    expect(html).toContain('Máy tính cũ, tri thức mới\n\n#SinhVien #LanToa #ThangThanhNien</textarea>');
    expect(html).toContain(`<input type="hidden" name="campaign" value="${running}"/>`);
    expect(html).toContain(`data-campaign="${running}"`);
    expect(html).toContain('Bạn đang chia sẻ trong chiến dịch');
  });

  it('shares plainly when the campaign in the link has ended', async () => {
    const ended = await insertCampaign({ status: 'ended', storyIds: [story] });
    const slug = (await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, ended)))[0]?.slug;
    const storySlug = (await fetchApp(`/api/campaigns/${runningSlug}`).then((r) => readJson<{ stories: { slug: string }[] }>(r))).stories[0]?.slug;
    const res = await fetchApp(`/share/${storySlug}?campaign=${slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('name="campaign"');
    expect(html).not.toContain('#ThangThanhNien');
  });
});
