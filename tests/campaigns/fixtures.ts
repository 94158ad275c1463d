// Rows the campaign, stats and notices tests need, inserted straight into this file's D1
// (the stories and shares they stand for are written by other domains' code).
import { env } from 'cloudflare:workers';
import { campaignProvinces, campaigns, campaignStories, stories } from '../../schema';
import { createDb } from '../../workers/core/db';
import { vnDay } from '../../workers/core/time';
import { addDays } from '../../workers/stats/days';

export const db = () => createDb(env.DB);

let counter = 0;
const next = () => ++counter;

export const todayVn = () => vnDay(Date.now());
export const dayFromToday = (n: number) => addDays(todayVn(), n);

export async function insertStory(overrides: Partial<typeof stories.$inferInsert> = {}): Promise<number> {
  const n = next();
  const [row] = await db()
    .insert(stories)
    .values({
      slug: `cau-chuyen-${n}-${crypto.randomUUID().slice(0, 6)}`,
      title: `Câu chuyện số ${n}`,
      summary: 'Tóm tắt',
      categoryCode: 'role_model',
      provinceCode: 'HNI',
      status: 'published',
      publishedAt: Date.now() - 86_400_000,
      ...overrides,
    })
    .returning({ id: stories.id });
  if (!row) throw new Error('story not inserted');
  return row.id;
}

type CampaignFixture = Partial<typeof campaigns.$inferInsert> & { provinces?: string[]; storyIds?: number[] };

/** A campaign straight in the table (default: active, running today, targets set). */
export async function insertCampaign(fixture: CampaignFixture = {}): Promise<number> {
  const { provinces = [], storyIds = [], ...values } = fixture;
  const n = next();
  const [row] = await db()
    .insert(campaigns)
    .values({
      slug: `chien-dich-${n}-${crypto.randomUUID().slice(0, 6)}`,
      title: `Chiến dịch ${n}`,
      startsOn: dayFromToday(-5),
      endsOn: dayFromToday(10),
      status: 'active',
      targetShares: 100,
      ...values,
    })
    .returning({ id: campaigns.id });
  if (!row) throw new Error('campaign not inserted');
  if (provinces.length > 0) await db().insert(campaignProvinces).values(provinces.map((provinceCode) => ({ campaignId: row.id, provinceCode })));
  if (storyIds.length > 0) {
    await db().insert(campaignStories).values(storyIds.map((storyId, position) => ({ campaignId: row.id, storyId, position })));
  }
  return row.id;
}
