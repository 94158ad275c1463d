// The subscription API's reads and writes: each account sees and changes only its own
// devices; a browser that subscribes again (even signed in as someone else) moves its row.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { pushSubscriptions, type PushTopic } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { SubscribeBody, TopicFlags } from './push.schemas';

/** Devices per account: a new one beyond this replaces the account's oldest. */
export const MAX_SUBSCRIPTIONS_PER_ACCOUNT = 10;

type Row = typeof pushSubscriptions.$inferSelect;

/** A subscription as its owner sees it: the endpoint only as its host (the full URL is a capability). */
export function subscriptionJson(row: Row) {
  return {
    id: row.id,
    host: new URL(row.endpoint).host,
    topics: { campaigns: row.campaigns, corrections: row.corrections, verdicts: row.verdicts },
    lang: row.lang,
    createdAt: isoTime(row.createdAt),
    lastSentAt: isoTime(row.lastSentAt),
  };
}
export type SubscriptionJson = ReturnType<typeof subscriptionJson>;

/**
 * Upsert by endpoint, then keep the account's newest MAX_SUBSCRIPTIONS_PER_ACCOUNT, in one batch.
 * Topics not named keep their value when the same account subscribes the same browser again,
 * and are on (the default) for a new row or a browser that moves to this account.
 */
export async function upsertSubscription(
  db: Db,
  userId: string,
  input: SubscribeBody & { lang: 'vi' | 'en'; sessionId: string | null },
  now = Date.now(),
): Promise<Row> {
  const id = crypto.randomUUID();
  const t = input.topics ?? {};
  const same = sql`${pushSubscriptions.userId} = excluded.user_id`;
  const keep = (topic: PushTopic, given: boolean | undefined) =>
    given === undefined ? sql`CASE WHEN ${same} THEN ${pushSubscriptions[topic]} ELSE 1 END` : sql`excluded.${sql.identifier(topic)}`;
  const [upserted] = await db.batch([
    db
      .insert(pushSubscriptions)
      .values({
        id,
        userId,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh.replace(/=+$/, ''),
        auth: input.keys.auth.replace(/=+$/, ''),
        campaigns: t.campaigns ?? true,
        corrections: t.corrections ?? true,
        verdicts: t.verdicts ?? true,
        lang: input.lang,
        createdAt: now,
        sessionId: input.sessionId,
      })
      .onConflictDoUpdate({
        target: pushSubscriptions.endpoint,
        set: {
          p256dh: sql`excluded.p256dh`,
          auth: sql`excluded.auth`,
          campaigns: keep('campaigns', t.campaigns),
          corrections: keep('corrections', t.corrections),
          verdicts: keep('verdicts', t.verdicts),
          lang: sql`excluded.lang`,
          // The session that posted it last is the one whose sign-out stops it.
          sessionId: sql`excluded.session_id`,
          // A browser moving to another account starts afresh there (its old owner's history is not the new one's).
          createdAt: sql`CASE WHEN ${same} THEN ${pushSubscriptions.createdAt} ELSE excluded.created_at END`,
          lastSentAt: sql`CASE WHEN ${same} THEN ${pushSubscriptions.lastSentAt} ELSE NULL END`,
          // Last: the CASEs above compare with the row's owner before this changes it.
          userId: sql`excluded.user_id`,
        },
      })
      .returning(),
    db.delete(pushSubscriptions).where(
      and(
        eq(pushSubscriptions.userId, userId),
        sql`${pushSubscriptions.id} NOT IN (SELECT id FROM push_subscriptions WHERE user_id = ${userId} ORDER BY created_at DESC, id DESC LIMIT ${MAX_SUBSCRIPTIONS_PER_ACCOUNT})`,
      ),
    ),
  ]);
  const row = upserted[0];
  if (!row) throw new AppError('INTERNAL', 'The subscription was not stored');
  return row;
}

/** The opt-ins and language of `userId`'s subscription at `endpoint` (the one a browser replaces), or null. */
export async function replacedSettings(db: Db, userId: string, endpoint: string): Promise<{ topics: TopicFlags; lang: 'vi' | 'en' } | null> {
  const [row] = await db
    .select({ campaigns: pushSubscriptions.campaigns, corrections: pushSubscriptions.corrections, verdicts: pushSubscriptions.verdicts, lang: pushSubscriptions.lang })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)));
  return row ? { topics: { campaigns: row.campaigns, corrections: row.corrections, verdicts: row.verdicts }, lang: row.lang } : null;
}

export function listSubscriptions(db: Db, userId: string): Promise<Row[]> {
  return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).orderBy(desc(pushSubscriptions.createdAt), asc(pushSubscriptions.id));
}

/** Changes one's own device's opt-ins; someone else's id is 404 (it does not exist for them). */
export async function updateTopics(db: Db, userId: string, id: string, topics: TopicFlags): Promise<Row> {
  const set: Partial<Pick<Row, 'campaigns' | 'corrections' | 'verdicts'>> = {};
  if (topics.campaigns !== undefined) set.campaigns = topics.campaigns;
  if (topics.corrections !== undefined) set.corrections = topics.corrections;
  if (topics.verdicts !== undefined) set.verdicts = topics.verdicts;
  const [row] = await db
    .update(pushSubscriptions)
    .set(set)
    .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', 'No such push subscription on your account');
  return row;
}

export async function deleteOwnSubscription(db: Db, userId: string, id: string): Promise<void> {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  if (gone.length === 0) throw new AppError('NOT_FOUND', 'No such push subscription on your account');
}

/**
 * Removes the subscription of this endpoint, whoever's it is: only the browser that holds it
 * knows the endpoint (an unguessable URL), and after a change of account on a shared phone
 * that browser must still be able to stop its notifications.
 */
export async function deleteByEndpoint(db: Db, endpoint: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));
}
