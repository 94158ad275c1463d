// The tipline's rows: which updates were handled, which chat a report came from.
import type { BatchItem } from 'drizzle-orm/batch';
import { and, eq, sql } from 'drizzle-orm';
import { reports, tiplineChats, tiplineReports, tiplineUpdates } from '../../schema';
import type { Db } from '../core/db';
import type { InboundUpdate } from './tipline.types';

/** Was this delivery handled already (a report stored, or an answer queued)? */
export async function isUpdateHandled(db: Db, update: InboundUpdate): Promise<boolean> {
  const [row] = await db
    .select({ id: tiplineUpdates.updateId })
    .from(tiplineUpdates)
    .where(and(eq(tiplineUpdates.platform, update.platform), eq(tiplineUpdates.updateId, update.updateId)))
    .limit(1);
  return row !== undefined;
}

/** Mark an update handled before answering it without a report; false when another delivery got there first. */
export async function claimUpdate(db: Db, update: InboundUpdate, now: number): Promise<boolean> {
  const rows = await db
    .insert(tiplineUpdates)
    .values({ platform: update.platform, updateId: update.updateId, receivedAt: now })
    .onConflictDoNothing()
    .returning({ id: tiplineUpdates.updateId });
  return rows.length === 1;
}

/** Has this chat's message (being edited now) already become a report? Then its edit is not a second one. */
export async function messageAlreadyReported(db: Db, update: InboundUpdate): Promise<boolean> {
  if (!update.messageId) return false;
  const [row] = await db
    .select({ id: tiplineReports.reportId })
    .from(tiplineReports)
    .innerJoin(tiplineChats, eq(tiplineChats.id, tiplineReports.chatRef))
    .where(and(eq(tiplineChats.platform, update.platform), eq(tiplineChats.chatId, update.chatId), eq(tiplineReports.messageId, update.messageId)))
    .limit(1);
  return row !== undefined;
}

/**
 * The rows written in the report's own batch (submitReport's `alsoWrite`), all or nothing:
 * the chat (kept for the verdict), the report's link to it, and the update as handled.
 */
export function tiplineRowsFor(db: Db, update: InboundUpdate, now: number) {
  return (receiptHash: string): BatchItem<'sqlite'>[] => [
    db
      .insert(tiplineChats)
      .values({ platform: update.platform, chatId: update.chatId, lang: update.lang, createdAt: now, lastSeenAt: now })
      .onConflictDoUpdate({ target: [tiplineChats.platform, tiplineChats.chatId], set: { lang: update.lang, lastSeenAt: now } }),
    db.insert(tiplineReports).select(sql`
      SELECT r.id, c.id, ${update.messageId}, NULL, NULL, ${now}
      FROM ${reports} r, ${tiplineChats} c
      WHERE r.receipt_hash = ${receiptHash} AND c.platform = ${update.platform} AND c.chat_id = ${update.chatId}`),
    db.insert(tiplineUpdates).values({ platform: update.platform, updateId: update.updateId, receivedAt: now }),
  ];
}
