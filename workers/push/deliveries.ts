// Idempotency of the push fan-out. Queues deliver at least once, and a parked message can be
// replayed by hand, so the same event may reach the consumer again. `push_deliveries` keeps one
// row per (event, subscription), written BEFORE sending:
//  1. claim: insert the rows (INSERT OR IGNORE) and take those not yet sent and not held by another
//     consumer (`claimed_until` in the past), holding them for CLAIM_SECONDS;
//  2. send to the claimed subscriptions only;
//  3. mark each one the push service took as `sent_at`; release the ones to try again later.
// A message seen again finds its rows sent and sends nothing. Only a consumer that dies between a
// push service's 201 and step 3 can cause a second notification, once its claim has run out; that
// notification carries the same tag (and Topic), so the phone shows it in place of the first.
// Rows are swept 30 days after they were written (sweepPushDeliveriesJob, in the cron: one indexed delete,
// with the push_triggers claims of the same age):
// far beyond any redelivery (retries span minutes) or a replay from the dead-letter table.
import { sql, type SQL } from 'drizzle-orm';
import { createDb, d1Batch, type Db } from '../core/db';
import type { CronJob } from '../jobs/cron';

/** How long a claim holds: longer than one page of sends takes, short enough for a retry after a crash. */
export const CLAIM_SECONDS = 10 * 60;
export const DELIVERY_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Among `ids`: those this consumer may send `eventId` to now (`claimed`), and those another
 * consumer holds and has not sent yet (`held`: the caller asks again after the claim runs out,
 * in case that consumer died). Ids already sent are in neither.
 */
export async function claimDeliveries(db: Db, eventId: string, ids: string[], now = Date.now()): Promise<{ claimed: Set<string>; held: string[] }> {
  if (ids.length === 0) return { claimed: new Set(), held: [] };
  const list = JSON.stringify(ids);
  const [, claimedRows, unsentRows] = await d1Batch(db, [
    sql`INSERT OR IGNORE INTO push_deliveries (event_id, subscription_id, created_at) SELECT ${eventId}, value, ${now} FROM json_each(${list})`,
    sql`
      UPDATE push_deliveries SET claimed_until = ${now + CLAIM_SECONDS * 1000}
      WHERE event_id = ${eventId} AND subscription_id IN (SELECT value FROM json_each(${list}))
        AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < ${now})
      RETURNING subscription_id AS id`,
    sql`SELECT subscription_id AS id FROM push_deliveries WHERE event_id = ${eventId} AND subscription_id IN (SELECT value FROM json_each(${list})) AND sent_at IS NULL`,
  ]);
  const claimed = new Set(((claimedRows?.results ?? []) as { id: string }[]).map((r) => r.id));
  const held = ((unsentRows?.results ?? []) as { id: string }[]).map((r) => r.id).filter((id) => !claimed.has(id));
  return { claimed, held };
}

/**
 * Step 3: what was sent stays sent (and the device's `last_sent_at` moves); what the push service
 * refused is settled too (the same request would be refused again) but the device was not reached,
 * so its `last_sent_at` stays; the rest are free to be claimed again.
 */
export async function settleDeliveries(db: Db, eventId: string, sent: string[], release: string[], now = Date.now(), refused: string[] = []): Promise<void> {
  const statements: SQL[] = [];
  const settled = [...sent, ...refused];
  if (settled.length > 0) {
    statements.push(
      sql`UPDATE push_deliveries SET sent_at = ${now}, claimed_until = NULL WHERE event_id = ${eventId} AND subscription_id IN (SELECT value FROM json_each(${JSON.stringify(settled)}))`,
    );
  }
  if (sent.length > 0) {
    statements.push(sql`UPDATE push_subscriptions SET last_sent_at = ${now} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(sent)}))`);
  }
  if (release.length > 0) {
    statements.push(
      sql`UPDATE push_deliveries SET claimed_until = NULL WHERE event_id = ${eventId} AND subscription_id IN (SELECT value FROM json_each(${JSON.stringify(release)}))`,
    );
  }
  if (statements.length > 0) await d1Batch(db, statements);
}

/**
 * Forget deliveries and trigger claims (push_triggers) older than the retention: a redelivery never
 * comes that late, and the missed-push sweep looks back one day only. Two indexed deletes, one batch.
 */
export async function sweepPushDeliveries(db: Db, now = Date.now()): Promise<number> {
  const cutoff = now - DELIVERY_RETENTION_MS;
  const results = await d1Batch(db, [sql`DELETE FROM push_deliveries WHERE created_at < ${cutoff}`, sql`DELETE FROM push_triggers WHERE created_at < ${cutoff}`]);
  return results.reduce((n, r) => n + (r?.meta.changes ?? 0), 0);
}

export const sweepPushDeliveriesJob: CronJob = { name: 'sweep-push-deliveries', run: (env, now) => sweepPushDeliveries(createDb(env.DB), now) };
