// "A campaign starts in my province": announced once, on the day it starts. Whoever looks
// first (the editor activating a campaign whose first day has come, an edit moving its start
// to today, or the every-minute cron on the first day of an upcoming one) wins the one conditional
// UPDATE on `campaigns.announced_at`; every later look finds it set and queues nothing.
import { and, eq, gte, isNull, lte, type SQL } from 'drizzle-orm';
import { campaignProvinces, campaigns, provinces } from '../../schema';
import { createDb, type Db } from '../core/db';
import { today } from '../stats/days';
import { clip } from '../share/share-links';
import { sendFanouts } from './push-send';
import type { PushFanout } from './push.types';

type Started = { id: number; slug: string; title: string };

/** The fan-out messages for one campaign: one per targeted province, or one national. */
export function campaignStartFanouts(campaign: Started, targets: { code: string; name: string }[]): PushFanout[] {
  const base = {
    topic: 'campaigns' as const,
    path: `/campaigns/${campaign.slug}`,
    tag: `campaign-${campaign.id}`,
  };
  const body = {
    vi: 'Mở để xem những câu chuyện cần lan tỏa và chia sẻ ngay hôm nay.',
    en: 'Open it to see the stories to share, and share one today.',
  };
  if (targets.length === 0) {
    return [{
      ...base,
      eventId: `campaign:${campaign.id}:start`,
      audience: { kind: 'province', provinceCode: null },
      vi: { title: clip(`Chiến dịch mới trên cả nước: ${campaign.title}`, 120), body: body.vi },
      en: { title: clip(`New campaign across the country: ${campaign.title}`, 120), body: body.en },
    }];
  }
  // NOTE: one message per province, each with its own event id (`…:start:HCM`), so a consumer
  // that remembers event ids cannot mistake the second province's message for a repeat.
  return targets.map((p) => ({
    ...base,
    eventId: `campaign:${campaign.id}:start:${p.code}`,
    audience: { kind: 'province', provinceCode: p.code },
    vi: { title: clip(`Chiến dịch mới ở ${p.name}: ${campaign.title}`, 120), body: body.vi },
    en: { title: clip(`New campaign in ${p.name}: ${campaign.title}`, 120), body: body.en },
  }));
}

async function targetsOf(db: Db, campaignId: number) {
  return db
    .select({ code: provinces.code, name: provinces.name })
    .from(campaignProvinces)
    .innerJoin(provinces, eq(provinces.code, campaignProvinces.provinceCode))
    .where(eq(campaignProvinces.campaignId, campaignId))
    .orderBy(provinces.sortOrder);
}

/**
 * Announces every active campaign that has started (first day today or earlier, last day not
 * passed) and was not announced yet, or only campaign `onlyId`. Returns how many were queued.
 * A campaign whose messages could not be queued is un-marked, so the next minute's cron retries it.
 */
export async function announceStartedCampaigns(env: Pick<Env, 'DB' | 'PUSH_QUEUE'>, now: number, onlyId?: number): Promise<number> {
  const db = createDb(env.DB);
  const day = today(now);
  const conditions: SQL[] = [eq(campaigns.status, 'active'), lte(campaigns.startsOn, day), gte(campaigns.endsOn, day), isNull(campaigns.announcedAt)];
  if (onlyId !== undefined) conditions.push(eq(campaigns.id, onlyId));
  const claimed = await db
    .update(campaigns)
    .set({ announcedAt: now })
    .where(and(...conditions))
    .returning({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title });
  let queued = 0;
  for (const campaign of claimed) {
    const sent = await sendFanouts(env, campaignStartFanouts(campaign, await targetsOf(db, campaign.id)));
    if (sent) queued++;
    else await db.update(campaigns).set({ announcedAt: null }).where(and(eq(campaigns.id, campaign.id), eq(campaigns.announcedAt, now)));
  }
  return queued;
}

/** After an editor's change to campaign `id`: announce it if that change started it (after the response; never fails it). */
export function announceCampaignLater(env: Env, ctx: Pick<ExecutionContext, 'waitUntil'>, id: number): void {
  ctx.waitUntil(announceStartedCampaigns(env, Date.now(), id).catch((err: unknown) => console.error(`campaign ${id} start announcement failed`, err)));
}
