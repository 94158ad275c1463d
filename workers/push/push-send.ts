// What every push trigger shares: the fan-out messages are checked against the contract
// (push.types.ts) and sent to PUSH_QUEUE, and a trigger queues each event once (a ledger row
// claimed before sending, released when the send fails so a later run can try again).
// A trigger never throws into the action that caused it: failures are logged and reported.
import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { pushTriggers } from '../../schema';
import type { Db } from '../core/db';
import { pushFanout, type PushFanout } from './push.types';

/**
 * Validates and queues `messages` in one batch. Returns false (after logging) when a message
 * breaks the contract or the queue refuses them; never throws.
 */
export async function sendFanouts(env: Pick<Env, 'PUSH_QUEUE'>, messages: PushFanout[]): Promise<boolean> {
  if (messages.length === 0) return true;
  const checked: PushFanout[] = [];
  for (const m of messages) {
    const parsed = v.safeParse(pushFanout, m);
    if (!parsed.success) {
      console.error(`push fan-out ${m.eventId} breaks the contract, not sent`, v.flatten(parsed.issues).nested);
      return false;
    }
    checked.push(parsed.output);
  }
  try {
    await env.PUSH_QUEUE.sendBatch(checked.map((body) => ({ body, contentType: 'json' as const })));
    return true;
  } catch (err) {
    console.error(`push fan-out ${checked[0]?.eventId} could not be queued`, err);
    return false;
  }
}

/** Claims `eventId` in the ledger; true only for the first claim (a repeat finds the row). */
export async function claimPushEvent(db: Db, eventId: string, now: number): Promise<boolean> {
  const rows = await db.insert(pushTriggers).values({ eventId, createdAt: now }).onConflictDoNothing().returning({ eventId: pushTriggers.eventId });
  return rows.length > 0;
}

/** Gives a claim back (the send failed), so the next run of the trigger can queue it. */
export async function releasePushEvent(db: Db, eventId: string, claimedAt: number): Promise<void> {
  await db.delete(pushTriggers).where(and(eq(pushTriggers.eventId, eventId), eq(pushTriggers.createdAt, claimedAt)));
}

/**
 * Claims `eventId`, builds the messages and queues them; releases the claim when nothing
 * could be queued. Logs and swallows every failure (D1 included): the caller's action stands.
 * Returns whether messages were queued by this call.
 */
export async function queueOnce(env: Pick<Env, 'PUSH_QUEUE'>, db: Db, eventId: string, now: number, build: () => Promise<PushFanout[]>): Promise<boolean> {
  try {
    if (!(await claimPushEvent(db, eventId, now))) return false;
    const messages = await build().catch((err: unknown) => {
      console.error(`push trigger ${eventId} could not build its message`, err);
      return null;
    });
    const sent = messages !== null && (await sendFanouts(env, messages));
    if (!sent) await releasePushEvent(db, eventId, now);
    return sent && messages.length > 0;
  } catch (err) {
    console.error(`push trigger ${eventId} failed`, err);
    return false;
  }
}
