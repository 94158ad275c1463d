// Verdicts and rebuttal cards back to the chats that reported a case. One reconciler serves the
// case events (right after the editor's action) and a cron sweep (whatever a lost event missed):
// it compares each chat's `tipline_reports` rows with the case they now belong to (merges
// followed) and queues what the chat has not been told yet, once per chat per case.
//
// At most one send per chat, even when two runs (an event and the sweep, or two sweeps) overlap:
// each run first CLAIMS the chat's rows with a conditional UPDATE (`… WHERE notified_status IS NOT
// ? RETURNING`): only the run whose UPDATE flipped rows queues the message; the other flips
// nothing and sends nothing. If queueing then fails, the claim is undone (the column set back to
// NULL), so the next sweep tries again. What this gives up: a run that dies between its claim and
// its queue send (the isolate evicted in those few milliseconds) loses that one message, and a
// reverted row forgets which earlier verdict it was told (NULL), so a case later reset to that
// same verdict would tell it again. Both are rarer and milder than a double send on every overlap,
// which "queue first, mark after" would give.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { stories, tiplineReports, verdictStatuses, type CaseStatus } from '../../schema';
import type { CaseEventHandler } from '../cases/case-events';
import { isVerdict } from '../cases/case-status';
import { cardMetaForStory } from '../cards/card-meta';
import { createDb, type Db } from '../core/db';
import { publicOrigin } from '../core/public-origin';
import type { CronJob } from '../jobs/cron';
import type { OutboundMessage, TiplineLang, TiplinePlatform } from './tipline.types';
import { rebuttalCaption, verdictText, type RebuttalStory } from './verdict-messages';

/** Rows looked at per run: the sweep runs every minute, so a backlog drains in steps. */
export const FANOUT_LIMIT = 200;
/** Cloudflare Queues' `sendBatch` takes at most 100 messages. */
const SEND_BATCH = 100;

type PendingRow = {
  reportId: number;
  chatRef: number;
  messageId: string | null;
  notifiedStatus: string | null;
  notifiedRebuttalId: number | null;
  platform: TiplinePlatform;
  chatId: string;
  lang: TiplineLang;
  caseId: number;
  status: CaseStatus;
  verdictSummary: string | null;
  rebuttalId: number | null;
  verdictTold: number;
  rebuttalTold: number;
};

const verdictList = sql.join(verdictStatuses.map((s) => sql`${s}`), sql`, `);

/** The chat's rows for a case (its reports may still name a case since merged into it). Correlated on `t2.chat_ref`: an index lookup. */
const chatRowsOfCase = (column: SQL, value: SQL) => sql`
  EXISTS (SELECT 1 FROM tipline_reports t2
          JOIN reports r2 ON r2.id = t2.report_id
          JOIN cases c2 ON c2.id = r2.case_id
          WHERE t2.chat_ref = tr.chat_ref AND coalesce(c2.merged_into_id, c2.id) = lc.id AND ${column} IS ${value})`;

/**
 * Rows whose chat has not been told its case's verdict or shown its published rebuttal, oldest
 * first. Every join is a primary-key lookup from `tipline_reports`, a table retention keeps small
 * (chats of open cases, plus 30 days); with `caseId` it starts from that case's reports instead.
 * `verdictTold` / `rebuttalTold`: another report of the same chat about the same case was already
 * told, so the chat hears nothing twice when it reported a case again after its verdict.
 */
export function pendingRowsQuery(caseId: number | undefined): SQL {
  return sql`
    SELECT tr.report_id AS reportId, tr.chat_ref AS chatRef, tr.message_id AS messageId,
           tr.notified_status AS notifiedStatus, tr.notified_rebuttal_id AS notifiedRebuttalId,
           ch.platform, ch.chat_id AS chatId, ch.lang,
           lc.id AS caseId, lc.status, lc.verdict_summary AS verdictSummary, s.id AS rebuttalId,
           ${chatRowsOfCase(sql`t2.notified_status`, sql`lc.status`)} AS verdictTold,
           (s.id IS NOT NULL AND ${chatRowsOfCase(sql`t2.notified_rebuttal_id`, sql`s.id`)}) AS rebuttalTold
    FROM tipline_reports tr
    JOIN reports r ON r.id = tr.report_id
    JOIN cases c ON c.id = r.case_id
    JOIN cases lc ON lc.id = coalesce(c.merged_into_id, c.id)
    JOIN tipline_chats ch ON ch.id = tr.chat_ref
    LEFT JOIN stories s ON s.id = lc.rebuttal_story_id AND s.status = 'published'
    WHERE ((lc.status IN (${verdictList}) AND tr.notified_status IS NOT lc.status)
           OR (s.id IS NOT NULL AND tr.notified_rebuttal_id IS NOT s.id))
      ${caseId === undefined ? sql`` : sql`AND r.case_id = ${caseId}`}
    ORDER BY tr.report_id
    LIMIT ${FANOUT_LIMIT}`;
}

/** Every row of `chatRef` about `caseId` (merges followed): a claim covers rows beyond this run's window too. */
const ofChatAndCase = (chatRef: number, caseId: number) =>
  and(
    eq(tiplineReports.chatRef, chatRef),
    sql`EXISTS (SELECT 1 FROM reports r JOIN cases c ON c.id = r.case_id
                WHERE r.id = ${tiplineReports.reportId} AND coalesce(c.merged_into_id, c.id) = ${caseId})`,
  );

type Claim = { kind: 'verdict' | 'rebuttal'; chatRef: number; caseId: number; value: string | number; send: boolean; first: PendingRow };

/**
 * The published rebuttal with its square card as the chat's language describes it (the card's
 * alt text is English for an English chat; the drawing itself is Vietnamese for every reader).
 */
export async function loadRebuttal(db: Db, storyId: number, origin: string, lang: TiplineLang): Promise<RebuttalStory | null> {
  const [story] = await db
    .select({ slug: stories.slug, title: stories.title, summary: stories.summary, captions: stories.captions, hashtags: stories.hashtags, replies: stories.replies })
    .from(stories)
    .where(and(eq(stories.id, storyId), eq(stories.status, 'published')));
  if (!story) return null;
  const card = await cardMetaForStory(db, storyId, origin, lang);
  return { ...story, cardUrl: card?.square.url ?? null, cardAlt: card?.square.alt ?? null };
}

/** `withReply`: a rebuttal card carries the first reply when the verdict message of this run did not. */
function messageFor(claim: Claim, origin: string, rebuttal: RebuttalStory | null, withReply: boolean): OutboundMessage | null {
  const row = claim.first;
  // `caseId` with what the message says: the consumer drops it if the case says otherwise by then.
  const base = { platform: row.platform, chatId: row.chatId, replyTo: row.messageId, caseId: claim.caseId };
  if (claim.kind === 'verdict') {
    return { ...base, purpose: 'verdict', status: row.status, text: verdictText(row.lang, origin, { status: row.status, verdictSummary: row.verdictSummary }, rebuttal) };
  }
  if (!rebuttal) return null;
  // No card (its story lost its province or category): the caption and link still go, as text.
  const photo = rebuttal.cardUrl ? { photoUrl: rebuttal.cardUrl } : {};
  return { ...base, purpose: 'rebuttal', rebuttalStoryId: Number(claim.value), ...photo, text: rebuttalCaption(row.lang, origin, rebuttal, withReply) };
}

/** Undo claims whose message could not be queued, so a later run sends them. */
async function releaseClaims(db: Db, claims: Claim[], flipped: Map<Claim, number[]>): Promise<void> {
  for (const claim of claims) {
    const ids = flipped.get(claim) ?? [];
    if (ids.length === 0) continue;
    const column = claim.kind === 'verdict' ? tiplineReports.notifiedStatus : tiplineReports.notifiedRebuttalId;
    const reset = claim.kind === 'verdict' ? { notifiedStatus: null } : { notifiedRebuttalId: null };
    await db.update(tiplineReports).set(reset).where(and(inArray(tiplineReports.reportId, ids), eq(column, claim.value)));
  }
}

export type FanoutResult = { queued: number; failed: number };

/**
 * Tell every chat what it has not been told about its case: the verdict (in the chat's language)
 * and, once the rebuttal is live, its share card. `caseId`: only that case's chats (an event).
 */
export async function tellChats(env: Env, options: { caseId?: number } = {}): Promise<FanoutResult> {
  const db = createDb(env.DB);
  const rows = await db.all<PendingRow>(pendingRowsQuery(options.caseId));
  if (rows.length === 0) return { queued: 0, failed: 0 };

  // One claim per chat, case and kind, however many times the chat reported the case.
  const claims = new Map<string, Claim>();
  for (const row of rows) {
    if (isVerdict(row.status) && row.notifiedStatus !== row.status) {
      const key = `v:${row.chatRef}:${row.caseId}`;
      if (!claims.has(key)) claims.set(key, { kind: 'verdict', chatRef: row.chatRef, caseId: row.caseId, value: row.status, send: !row.verdictTold, first: row });
    }
    if (row.rebuttalId !== null && row.notifiedRebuttalId !== row.rebuttalId) {
      const key = `r:${row.chatRef}:${row.caseId}`;
      if (!claims.has(key)) claims.set(key, { kind: 'rebuttal', chatRef: row.chatRef, caseId: row.caseId, value: row.rebuttalId, send: !row.rebuttalTold, first: row });
    }
  }
  const list = [...claims.values()];
  const statements = list.map((claim) =>
    claim.kind === 'verdict'
      ? db
          .update(tiplineReports)
          .set({ notifiedStatus: String(claim.value) })
          .where(and(ofChatAndCase(claim.chatRef, claim.caseId), sql`${tiplineReports.notifiedStatus} IS NOT ${claim.value}`))
          .returning({ reportId: tiplineReports.reportId })
      : db
          .update(tiplineReports)
          .set({ notifiedRebuttalId: Number(claim.value) })
          .where(and(ofChatAndCase(claim.chatRef, claim.caseId), sql`${tiplineReports.notifiedRebuttalId} IS NOT ${claim.value}`))
          .returning({ reportId: tiplineReports.reportId }),
  );
  const [head, ...rest] = statements;
  if (!head) return { queued: 0, failed: 0 };
  const results = await db.batch([head, ...rest]);
  const flipped = new Map<Claim, number[]>(list.map((claim, i) => [claim, (results[i] ?? []).map((r) => r.reportId)]));

  const origin = publicOrigin(env);
  // One read per story and language: an English chat gets the English card.
  const rebuttals = new Map<string, RebuttalStory | null>();
  const rebuttalKey = (row: PendingRow) => `${row.rebuttalId}:${row.lang}`;
  for (const claim of list) {
    const key = rebuttalKey(claim.first);
    if (claim.first.rebuttalId !== null && !rebuttals.has(key)) {
      rebuttals.set(key, await loadRebuttal(db, claim.first.rebuttalId, origin, claim.first.lang));
    }
  }
  // Only the run whose claim flipped rows sends; a chat already told (another report of the same case) is only marked.
  // The verdict goes before the card (claims are in row order, verdict first), and the consumer sends a batch in order.
  const outgoing: { claim: Claim; body: OutboundMessage }[] = [];
  // A rebuttal unpublished between the read and now: released, so a later run looks again.
  const unsent: Claim[] = [];
  // Chats whose verdict message of this run already carries the rebuttal's reply (claims are verdict first).
  const toldReply = new Set<string>();
  for (const claim of list) {
    if (!claim.send || (flipped.get(claim)?.length ?? 0) === 0) continue;
    const rebuttal = claim.first.rebuttalId === null ? null : (rebuttals.get(rebuttalKey(claim.first)) ?? null);
    const chatCase = `${claim.chatRef}:${claim.caseId}`;
    const body = messageFor(claim, origin, rebuttal, !toldReply.has(chatCase));
    if (body && claim.kind === 'verdict' && rebuttal) toldReply.add(chatCase);
    if (body) outgoing.push({ claim, body });
    else unsent.push(claim);
  }
  let queued = 0;
  let failed = 0;
  for (let i = 0; i < outgoing.length; i += SEND_BATCH) {
    const chunk = outgoing.slice(i, i + SEND_BATCH);
    try {
      await env.TIPLINE_QUEUE.sendBatch(chunk.map(({ body }) => ({ body })));
      queued += chunk.length;
    } catch (err) {
      console.error(`tipline verdicts: could not queue ${chunk.length} message(s); released for the next sweep`, err);
      unsent.push(...chunk.map(({ claim }) => claim));
      failed += chunk.length;
    }
  }
  if (unsent.length > 0) await releaseClaims(db, unsent, flipped);
  return { queued, failed };
}

/** Case event handler (registered in workers/cases/case-events.ts): that case's chats, right after the editor's action. */
export const tellChatsOnCaseEvent: CaseEventHandler = async (event, env) => {
  const { failed } = await tellChats(env, { caseId: event.caseId });
  if (failed > 0) throw new Error(`tipline verdicts: ${failed} message(s) not queued for case #${event.caseId}`);
};

/**
 * The sweep runs every 5 minutes, not every minute: the events tell chats within seconds, so
 * the sweep is only a backstop, and its query reads the whole of `tipline_reports` when nothing
 * is owed (a table retention keeps to the chats of open cases, plus 30 days).
 */
export const SWEEP_EVERY_MINUTES = 5;

/** Cron: whatever an event missed (lost, failed, or beyond one run's limit). */
export const tiplineVerdictSweepJob: CronJob = {
  name: 'tipline-verdicts',
  run: async (env, now) => {
    if (Math.floor(now / 60_000) % SWEEP_EVERY_MINUTES !== 0) return { queued: 0, failed: 0, skipped: true };
    const result = await tellChats(env);
    if (result.failed > 0) throw new Error(`tipline verdicts: ${result.failed} message(s) not queued`);
    return result;
  },
};
