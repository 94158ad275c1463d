import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { memberNotices, stories, storyCorrections } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { CorrectionMessage } from './notices.queue';

/**
 * Records the correction (once per event id) and gives one notice to every member
 * who shared the story (once per member), in one batch. Running it again for the
 * same message changes nothing beyond filling in a note that was missing. Stories
 * that were never published get nothing: nobody can have shared them.
 */
export async function recordCorrection(db: Db, m: CorrectionMessage): Promise<void> {
  // NOTE: insert…select builders rather than db.run(): drizzle cannot batch raw statements with parameters on D1.
  // Both SELECTs list every column in table order (id NULL = next id) and keep a WHERE (SQLite needs one before ON CONFLICT).
  await db.batch([
    db
      .insert(storyCorrections)
      .select(
        sql`SELECT NULL, ${m.eventId}, s.id, ${m.kind}, ${m.note}, (SELECT u.id FROM users u WHERE u.id = ${m.actorId}), ${m.at}
            FROM stories s WHERE s.id = ${m.storyId} AND s.published_at IS NOT NULL`,
      )
      // Already recorded (redelivery, replay, the sweep): only a note the first arrival lacked is filled in.
      .onConflictDoUpdate({ target: storyCorrections.eventId, set: { note: sql`CASE WHEN ${storyCorrections.note} = '' THEN excluded.note ELSE ${storyCorrections.note} END` } }),
    db
      .insert(memberNotices)
      .select(
        sql`SELECT DISTINCT NULL, l.user_id, c.story_id, c.id, c.created_at, NULL
            FROM story_corrections c
            JOIN share_links l ON l.story_id = c.story_id
            JOIN users u ON u.id = l.user_id
            WHERE c.event_id = ${m.eventId}`,
      )
      .onConflictDoNothing(),
  ]);
}

/** A member's notices not yet seen, newest first. */
export async function unseenNoticesFor(db: Db, userId: string, limit = 10) {
  const rows = await db
    .select({
      id: memberNotices.id,
      kind: storyCorrections.kind,
      note: storyCorrections.note,
      correctedAt: storyCorrections.createdAt,
      storyId: stories.id,
      storySlug: stories.slug,
      storyTitle: stories.title,
      storyStatus: stories.status,
    })
    .from(memberNotices)
    .innerJoin(storyCorrections, eq(storyCorrections.id, memberNotices.correctionId))
    .innerJoin(stories, eq(stories.id, memberNotices.storyId))
    .where(and(eq(memberNotices.userId, userId), isNull(memberNotices.seenAt)))
    .orderBy(desc(memberNotices.createdAt), desc(memberNotices.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    note: r.note,
    correctedAt: isoTime(r.correctedAt) ?? '',
    story: { id: r.storyId, slug: r.storySlug, title: r.storyTitle, url: r.storyStatus === 'published' ? `/stories/${r.storySlug}` : null },
  }));
}
export type MemberNotice = Awaited<ReturnType<typeof unseenNoticesFor>>[number];

/** Marks one of the member's own notices seen (idempotent). Someone else's notice is NOT_FOUND. */
export async function markNoticeSeen(db: Db, userId: string, noticeId: number, now: number) {
  const rows = await db
    .update(memberNotices)
    .set({ seenAt: sql`coalesce(${memberNotices.seenAt}, ${now})` })
    .where(and(eq(memberNotices.id, noticeId), eq(memberNotices.userId, userId)))
    .returning({ id: memberNotices.id, seenAt: memberNotices.seenAt });
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', `No notice ${noticeId}`);
  return { id: row.id, seenAt: isoTime(row.seenAt) };
}

/** Stored JSON of a story's corrections → the shape pages and the API show. */
export function parseCorrections(json: unknown): StoryCorrection[] {
  if (typeof json !== 'string') return [];
  try {
    const rows: unknown = JSON.parse(json);
    if (!Array.isArray(rows)) return [];
    return rows
      .flatMap((r: { id?: unknown; kind?: unknown; note?: unknown; createdAt?: unknown }) => {
        if (typeof r.id !== 'number' || typeof r.createdAt !== 'number') return [];
        if (r.kind !== 'corrected' && r.kind !== 'withdrawn') return [];
        const kind: StoryCorrection['kind'] = r.kind;
        return [{ id: r.id, kind, note: typeof r.note === 'string' ? r.note : '', at: r.createdAt }];
      })
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .map(({ at, ...c }) => ({ ...c, createdAt: isoTime(at) ?? '' }));
  } catch {
    return [];
  }
}

/**
 * A column for a `stories` query: the story's corrections (sorted oldest first when parsed), so a story
 * page needs no second statement (story_corrections_story_idx).
 * NOTE: `"stories"."id"` is written out: drizzle leaves columns unqualified in a
 * one-table select, and an unqualified `id` would bind to story_corrections.
 *
 * @example
 * db.select({ id: stories.id, corrections: correctionsColumn }).from(stories)
 */
export const correctionsColumn = sql<string>`(SELECT json_group_array(json_object('id', id, 'kind', kind, 'note', note, 'createdAt', created_at)) FROM story_corrections WHERE story_id = "stories"."id")`.mapWith(
  parseCorrections,
);

/**
 * The dated correction notes of a story, oldest first, for its public page.
 *
 * @example
 * const corrections = await correctionsForStory(c.var.db, story.id); // then <CorrectionNotes corrections={corrections} />
 */
export async function correctionsForStory(db: Db, storyId: number) {
  const rows = await db
    .select({ id: storyCorrections.id, kind: storyCorrections.kind, note: storyCorrections.note, createdAt: storyCorrections.createdAt })
    .from(storyCorrections)
    .where(eq(storyCorrections.storyId, storyId))
    .orderBy(asc(storyCorrections.createdAt), asc(storyCorrections.id));
  return rows.map((r) => ({ ...r, createdAt: isoTime(r.createdAt) ?? '' }));
}
export type StoryCorrection = { id: number; kind: 'corrected' | 'withdrawn'; note: string; createdAt: string };

/**
 * A story that was published and then withdrawn, with its dated notes: what a reader
 * following an old shared link sees instead of a bare 404.
 */
export async function withdrawnStoryBySlug(db: Db, slug: string) {
  const [story] = await db
    .select({ id: stories.id, slug: stories.slug, title: stories.title })
    .from(stories)
    .where(and(eq(stories.slug, slug), eq(stories.status, 'archived'), isNotNull(stories.publishedAt)))
    .limit(1);
  if (!story) return null;
  return { ...story, corrections: await correctionsForStory(db, story.id) };
}
export type WithdrawnStory = NonNullable<Awaited<ReturnType<typeof withdrawnStoryBySlug>>>;
