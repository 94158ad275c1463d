import { env } from 'cloudflare:workers';
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, shareStatsDaily } from '../../schema';
import { endExpiredCampaigns } from '../../workers/campaigns/campaigns.writes';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, dayFromToday, insertCampaign, insertStory } from './fixtures';

type Campaign = {
  id: number;
  slug: string;
  status: string;
  phase: string;
  provinces: string[];
  storyIds: number[];
  hashtags: string[];
  progress: { shares: number; clicks: number; targetShares: number | null; sharesPercent: number | null; clicksPercent: number | null };
  stories?: { id: number; position: number; title: string }[];
};

let editor: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor');
});

async function lastAudit(target: string) {
  return (await db().select().from(auditLog).where(eq(auditLog.target, target)).orderBy(desc(auditLog.id)).limit(1))[0];
}

describe('an editor running a campaign from draft to end', () => {
  it('creates a draft with hashtags, provinces and ordered stories, and the audit log records it', async () => {
    const [a, b] = [await insertStory(), await insertStory()];
    const res = await sendJson(
      'POST',
      '/api/campaigns',
      {
        title: 'Tháng Thanh niên: gương sáng Thủ đô',
        description: 'Lan tỏa những việc tốt của thanh niên Hà Nội.',
        hashtags: ['#ThangThanhNien', 'LanToa', 'lantoa'],
        startsOn: dayFromToday(-1),
        endsOn: dayFromToday(30),
        targetShares: 500,
        provinces: ['HNI'],
        stories: [b, a],
      },
      editor.headers,
    );
    const body = await readJson<Campaign>(res);
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      slug: 'thang-thanh-nien-guong-sang-thu-do',
      status: 'draft',
      phase: 'draft',
      provinces: ['HNI'],
      storyIds: [b, a],
      hashtags: ['ThangThanhNien', 'LanToa'],
    });
    expect(res.headers.get('location')).toBe(`/api/editor/campaigns/${body.id}`);
    const audit = await lastAudit(`campaign:${body.id}`);
    expect(audit).toMatchObject({ action: 'campaign.created', actorId: editor.id });
  });

  it('reorders the stories and retargets the provinces', async () => {
    const [a, b, c] = [await insertStory(), await insertStory(), await insertStory()];
    const id = await insertCampaign({ status: 'draft', storyIds: [a, b] });
    const reordered = await sendJson('PUT', `/api/campaigns/${id}/stories`, { stories: [c, a, b] }, editor.headers);
    expect((await readJson<Campaign>(reordered)).storyIds).toEqual([c, a, b]);
    const retargeted = await sendJson('PUT', `/api/campaigns/${id}/provinces`, { provinces: ['HCM', 'DNG'] }, editor.headers);
    expect((await readJson<Campaign>(retargeted)).provinces).toEqual(['DNG', 'HCM']);
    const nationwide = await sendJson('PUT', `/api/campaigns/${id}/provinces`, { provinces: [] }, editor.headers);
    expect((await readJson<Campaign>(nationwide)).provinces).toEqual([]);
    expect(await lastAudit(`campaign:${id}`)).toMatchObject({ action: 'campaign.updated', after: { provinces: [] } });
  });

  it('activates a ready draft, then ends it early; both moves are audited', async () => {
    const story = await insertStory();
    const id = await insertCampaign({ status: 'draft', storyIds: [story] });
    const activated = await sendJson('PATCH', `/api/campaigns/${id}`, { status: 'active' }, editor.headers);
    expect(activated.status).toBe(200);
    expect(await readJson<Campaign>(activated)).toMatchObject({ status: 'active', phase: 'running' });
    expect(await lastAudit(`campaign:${id}`)).toMatchObject({ action: 'campaign.activated', before: { status: 'draft' }, after: { status: 'active' } });

    const ended = await sendJson('PATCH', `/api/campaigns/${id}`, { status: 'ended' }, editor.headers);
    expect(await readJson<Campaign>(ended)).toMatchObject({ status: 'ended', phase: 'ended' });
    expect(await lastAudit(`campaign:${id}`)).toMatchObject({ action: 'campaign.ended' });
  });

  it('lets an active campaign change its title and extend its end, keeping its slug', async () => {
    const id = await insertCampaign({ storyIds: [await insertStory()] });
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, { title: 'Tên mới của chiến dịch', endsOn: dayFromToday(40) }, editor.headers);
    const body = await readJson<Campaign & { title: string; endsOn: string }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ title: 'Tên mới của chiến dịch', endsOn: dayFromToday(40), status: 'active' });
  });

  it('deletes a draft it no longer needs', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const res = await fetchApp(`/api/campaigns/${id}`, { method: 'DELETE', headers: editor.headers });
    expect(res.status).toBe(204);
    expect(await db().select().from(campaigns).where(eq(campaigns.id, id))).toEqual([]);
    expect(await lastAudit(`campaign:${id}`)).toMatchObject({ action: 'campaign.deleted' });
  });

  it('lists every campaign, drafts included, for editors', async () => {
    const draft = await insertCampaign({ status: 'draft' });
    const res = await fetchApp('/api/editor/campaigns', { headers: editor.headers });
    const body = await readJson<{ items: Campaign[] }>(res);
    expect(body.items.map((c) => c.id)).toContain(draft);
  });

  it('has the daily job end active campaigns whose last day has passed', async () => {
    const id = await insertCampaign({ startsOn: dayFromToday(-20), endsOn: dayFromToday(-1) });
    const stillRunning = await insertCampaign();
    expect(await endExpiredCampaigns(db(), Date.now())).toBeGreaterThanOrEqual(1);
    const rows = await db().select({ id: campaigns.id, status: campaigns.status }).from(campaigns);
    expect(rows.find((r) => r.id === id)?.status).toBe('ended');
    expect(rows.find((r) => r.id === stillRunning)?.status).toBe('active');
    expect(await lastAudit(`campaign:${id}`)).toMatchObject({ action: 'campaign.ended', actorId: null });
  });
});

describe('the public campaign API', () => {
  it('lists running campaigns first, then upcoming, then ended, and never drafts', async () => {
    const ended = await insertCampaign({ status: 'ended', startsOn: dayFromToday(-30), endsOn: dayFromToday(-10) });
    const expired = await insertCampaign({ startsOn: dayFromToday(-30), endsOn: dayFromToday(-2) });
    const upcoming = await insertCampaign({ startsOn: dayFromToday(3), endsOn: dayFromToday(20) });
    const running = await insertCampaign({ startsOn: dayFromToday(-3), endsOn: dayFromToday(5) });
    const draft = await insertCampaign({ status: 'draft' });
    const body = await readJson<{ items: Campaign[] }>(await fetchApp('/api/campaigns'));
    const ids = body.items.map((c) => c.id);
    expect(ids).not.toContain(draft);
    expect(ids.indexOf(running)).toBeLessThan(ids.indexOf(upcoming));
    expect(ids.indexOf(upcoming)).toBeLessThan(ids.indexOf(expired));
    expect(ids.indexOf(expired)).toBeLessThan(ids.indexOf(ended));
    const phases = Object.fromEntries(body.items.map((c) => [c.id, c.phase]));
    expect([phases[running], phases[upcoming], phases[expired], phases[ended]]).toEqual(['running', 'upcoming', 'ended', 'ended']);
  });

  it('shows a campaign with its published stories only, in the editor’s order', async () => {
    const first = await insertStory({ title: 'Người thầy vùng cao' });
    const hidden = await insertStory({ status: 'draft', publishedAt: null });
    const second = await insertStory({ title: 'Bếp ăn 0 đồng' });
    const id = await insertCampaign({ storyIds: [second, hidden, first] });
    const [row] = await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
    const body = await readJson<Campaign>(await fetchApp(`/api/campaigns/${row?.slug}`));
    expect(body.stories?.map((s) => s.title)).toEqual(['Bếp ăn 0 đồng', 'Người thầy vùng cao']);
    expect(body.stories?.map((s) => s.position)).toEqual([1, 2]);
  });

  it('measures progress from the daily share figures of that campaign within its dates only', async () => {
    const story = await insertStory();
    const id = await insertCampaign({ startsOn: '2026-03-01', endsOn: '2026-03-10', targetShares: 8, targetClicks: 30, status: 'ended', storyIds: [story] });
    const other = await insertCampaign({ startsOn: '2026-03-01', endsOn: '2026-03-10', status: 'ended' });
    const row = (day: string, campaignId: number, shares: number, clicks: number, channel: 'facebook' | 'zalo' = 'facebook', provinceCode = 'HNI') => ({
      day,
      storyId: story,
      channel,
      campaignId,
      provinceCode,
      unit: '',
      shares,
      clicks,
    });
    await db()
      .insert(shareStatsDaily)
      .values([
        row('2026-02-28', id, 5, 50), // before the campaign: not counted
        row('2026-03-01', id, 2, 7),
        row('2026-03-05', id, 1, 4, 'zalo'),
        row('2026-03-05', id, 3, 1, 'facebook', 'HCM'),
        row('2026-03-10', id, 0, 9),
        row('2026-03-11', id, 4, 40), // after: not counted
        row('2026-03-05', other, 9, 90), // another campaign
        row('2026-03-05', 0, 9, 90), // no campaign
      ]);
    const [c] = await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
    const body = await readJson<Campaign>(await fetchApp(`/api/campaigns/${c?.slug}`));
    expect(body.progress).toEqual({ shares: 6, clicks: 21, targetShares: 8, targetClicks: 30, sharesPercent: 75, clicksPercent: 70 });
  });

  it('answers 404 for a draft, as if it did not exist', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const [row] = await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
    const res = await fetchApp(`/api/campaigns/${row?.slug}`);
    expect(res.status).toBe(404);
    expect((await fetchApp(`/campaigns/${row?.slug}`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });
});

describe('the campaign pages', () => {
  it('render the list with an accessible progress bar and no inline styles', async () => {
    const id = await insertCampaign({ title: 'Hành trình nhân ái', targetShares: 200 });
    await db().insert(shareStatsDaily).values({ day: dayFromToday(0), storyId: await insertStory(), channel: 'zalo', campaignId: id, shares: 50, clicks: 3 });
    const res = await fetchApp('/campaigns', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Hành trình nhân ái');
    expect(html).toMatch(new RegExp(`<label for="campaign-${id}-shares">Lượt chia sẻ: 50 / 200 \\(25%\\)</label><progress id="campaign-${id}-shares" max="200" value="50">`));
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('render a campaign in English when asked', async () => {
    const id = await insertCampaign({ title: 'Gương sáng', hashtags: ['GuongSang'] });
    const [row] = await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
    const html = await (await fetchApp(`/campaigns/${row?.slug}?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Campaign hashtags');
    expect(html).toContain('#GuongSang');
  });
});

describe('stored data', () => {
  it('keeps hashtags as a JSON list', async () => {
    const id = await insertCampaign({ hashtags: ['A', 'B'] });
    const raw = await env.DB.prepare('SELECT hashtags FROM campaigns WHERE id = ?').bind(id).first<{ hashtags: string }>();
    expect(JSON.parse(raw?.hashtags ?? 'null')).toEqual(['A', 'B']);
  });
});

describe('many campaigns', () => {
  it('list for editors past D1’s 100-parameter limit, with progress and provinces', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      slug: `nhieu-chien-dich-${i}`,
      title: `Chiến dịch số ${i}`,
      startsOn: dayFromToday(-1),
      endsOn: dayFromToday(5),
      status: 'draft' as const,
    }));
    for (let i = 0; i < rows.length; i += 10) await db().insert(campaigns).values(rows.slice(i, i + 10));
    const res = await fetchApp('/api/editor/campaigns', { headers: editor.headers });
    const body = await readJson<{ items: Campaign[] }>(res);
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.items.length).toBeGreaterThan(120);
    expect(body.items.every((c) => c.progress.shares >= 0 && Array.isArray(c.provinces))).toBe(true);
  });
});

describe('a long campaign', () => {
  it('keeps the order of its 50 stories', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) ids.push(await insertStory());
    const id = await insertCampaign({ status: 'draft' });
    const reversed = [...ids].reverse();
    const res = await sendJson('PUT', `/api/campaigns/${id}/stories`, { stories: reversed }, editor.headers);
    const body = await readJson<Campaign>(res);
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.storyIds).toEqual(reversed);
  });
});
