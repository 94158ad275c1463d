// One name, one meaning: `campaign=` takes the campaign's slug or its number on every route
// that names a campaign, both give the same answer, and an unknown one is refused the same
// way everywhere (400 naming `campaign`, in words).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN_CAMPAIGN_MESSAGE } from '../../workers/campaigns/campaign-ref';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { signInDemo } from '../openapi/contract-fixtures';
import { seedDemo } from '../helpers/seed';

type Problem = { status: number; errors: { path: string; message: string }[] };

let campaign: { id: number; slug: string; title: string };
let storyId: number;
let storySlug: string;
let editor: Record<string, string>;
let member: Record<string, string>;

beforeAll(async () => {
  await seedDemo();
  const row = await env.DB.prepare("SELECT id, slug, title FROM campaigns WHERE status = 'active' ORDER BY id LIMIT 1").first<typeof campaign>();
  const story = await env.DB.prepare(
    "SELECT s.id, s.slug FROM campaign_stories cs JOIN stories s ON s.id = cs.story_id WHERE cs.campaign_id = ? AND s.status = 'published' LIMIT 1",
  )
    .bind(row?.id)
    .first<{ id: number; slug: string }>();
  if (!row || !story) throw new Error('The demo seed has no running campaign with a published story');
  campaign = row;
  storyId = story.id;
  storySlug = story.slug;
  editor = await signInDemo('seed-editor');
  member = await signInDemo('seed-member');
});

async function expectUnknownCampaign(res: Response) {
  expect(res.status).toBe(400);
  const problem = await readJson<Problem>(res);
  expect(problem.errors).toEqual([{ path: 'campaign', message: UNKNOWN_CAMPAIGN_MESSAGE }]);
}

describe('GET /api/stats/overview?campaign=', () => {
  it('gives the same figures for the slug and the number', async () => {
    const bySlug = await fetchApp(`/api/stats/overview?campaign=${campaign.slug}`, { headers: editor });
    const byId = await fetchApp(`/api/stats/overview?campaign=${campaign.id}`, { headers: editor });
    expect([bySlug.status, byId.status]).toEqual([200, 200]);
    const [a, b] = [await readJson<{ filter: { campaign: number } }>(bySlug), await readJson(byId)];
    expect(a).toEqual(b);
    expect(a.filter.campaign).toBe(campaign.id);
  });

  it('exports the same CSV for the slug and the number', async () => {
    const csv = (ref: string | number) => fetchApp(`/api/stats/overview?format=csv&table=campaigns&campaign=${ref}`, { headers: editor }).then((r) => r.text());
    expect(await csv(campaign.slug)).toBe(await csv(campaign.id));
  });

  it('refuses an unknown slug or number in words', async () => {
    await expectUnknownCampaign(await fetchApp('/api/stats/overview?campaign=khong-co-chien-dich-nay', { headers: editor }));
    await expectUnknownCampaign(await fetchApp('/api/stats/overview?campaign=999999', { headers: editor }));
  });

  it('says what it takes when the value is not a slug at all', async () => {
    const res = await fetchApp('/api/stats/overview?campaign=Tết%202026!', { headers: editor });
    expect(res.status).toBe(400);
    const problem = await readJson<Problem>(res);
    expect(problem.errors).toEqual([{ path: 'campaign', message: 'Enter a campaign slug (like tet-2026) or its number (see /api/campaigns)' }]);
  });
});

describe('GET /editor/stats?campaign=', () => {
  it('shows the campaign chosen by slug as by number', async () => {
    for (const ref of [campaign.slug, String(campaign.id)]) {
      const res = await fetchApp(`/editor/stats?campaign=${ref}`, { headers: editor });
      expect(res.status, ref).toBe(200);
      expect(await res.text(), ref).toMatch(new RegExp(`<option value="${campaign.id}" selected`));
    }
  });
});

describe('GET /api/stories?campaign=', () => {
  it('lists the same stories for the slug and the number', async () => {
    const bySlug = await readJson<{ items: { id: number }[] }>(await fetchApp(`/api/stories?campaign=${campaign.slug}`));
    const byId = await readJson<{ items: { id: number }[] }>(await fetchApp(`/api/stories?campaign=${campaign.id}`));
    expect(bySlug.items.length).toBeGreaterThan(0);
    expect(byId).toEqual(bySlug);
  });

  it('refuses an unknown one in words', async () => {
    await expectUnknownCampaign(await fetchApp('/api/stories?campaign=999999'));
  });
});

describe('the feed page and the share page', () => {
  it('/?campaign=<number> shows the campaign as /?campaign=<slug> does', async () => {
    const html = await (await fetchApp(`/?campaign=${campaign.id}`)).text();
    expect(html).toContain(`<input type="hidden" name="campaign" value="${campaign.slug}"/>`);
    expect(html).toContain(`<a href="/campaigns/${campaign.slug}">`);
  });

  it('/share/:slug?campaign=<number> credits the form to the campaign as the slug does', async () => {
    for (const ref of [campaign.slug, String(campaign.id)]) {
      const html = await (await fetchApp(`/share/${storySlug}?campaign=${ref}`)).text();
      expect(html, ref).toContain(`<input type="hidden" name="campaign" value="${campaign.id}"/>`);
    }
  });
});

describe('POST /api/shares and POST /share with campaign', () => {
  it('credit the share to the campaign by slug as by number (the same link comes back)', async () => {
    const bySlug = await sendJson('POST', '/api/shares', { story: storyId, channel: 'telegram', campaign: campaign.slug }, member);
    const byId = await sendJson('POST', '/api/shares', { story: storyId, channel: 'telegram', campaign: campaign.id }, member);
    expect([bySlug.status, byId.status]).toEqual([201, 201]);
    const [a, b] = [await readJson<{ code: string }>(bySlug), await readJson<{ code: string }>(byId)];
    expect(a.code).toBe(b.code);
    const link = await env.DB.prepare('SELECT campaign_id FROM share_links WHERE code = ?').bind(a.code).first<{ campaign_id: number }>();
    expect(link?.campaign_id).toBe(campaign.id);
  });

  it('refuse an unknown campaign in words, in JSON and from the form', async () => {
    await expectUnknownCampaign(await sendJson('POST', '/api/shares', { story: storyId, channel: 'telegram', campaign: 'khong-co' }, member));
    await expectUnknownCampaign(await sendJson('POST', '/api/shares', { story: storyId, channel: 'telegram', campaign: 999999 }, member));
    const form = await fetchApp('/share', {
      method: 'POST',
      headers: { ...member, origin: ORIGIN, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ story: String(storyId), channel: 'telegram', campaign: campaign.slug }).toString(),
    });
    expect(form.status).toBe(200);
  });
});
