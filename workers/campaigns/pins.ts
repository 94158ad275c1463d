// Editors pin a published story to the top of the feed until a given time.
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import * as v from 'valibot';
import { stories } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import { auditInsert } from '../audit/audit.queries';

export const MAX_PIN_MS = 90 * 86_400_000;

export const pinBody = v.strictObject({
  until: v.pipe(v.string(), v.isoTimestamp('An ISO 8601 time with a time zone, e.g. 2026-07-01T00:00:00+07:00')),
});
export const storyIdParam = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/, 'A story id'), v.transform(Number)),
});

/** 1 while the story is pinned at `now`, else 0. */
export function pinnedNow(now: number): SQL<number> {
  return sql<number>`coalesce(${stories.pinnedUntil} > ${now}, 0)`;
}

/**
 * Feed order: stories pinned at `now` first, then newest. For the feed branch's listing.
 *
 * @example
 * db.select().from(stories).where(eq(stories.status, 'published')).orderBy(...pinnedFirstOrder(Date.now()))
 */
export function pinnedFirstOrder(now: number): SQL[] {
  return [desc(pinnedNow(now)), desc(stories.publishedAt), desc(stories.id)];
}

async function storyForPin(db: Db, id: number) {
  const story = (
    await db.select({ id: stories.id, status: stories.status, pinnedUntil: stories.pinnedUntil }).from(stories).where(eq(stories.id, id)).limit(1)
  )[0];
  if (!story) throw new AppError('NOT_FOUND', `No story ${id}`);
  return story;
}

export async function pinStory(db: Db, id: number, until: number, actorId: string, now: number) {
  if (until <= now) throw AppError.field('until', 'Must be in the future');
  if (until - now > MAX_PIN_MS) throw AppError.field('until', 'At most 90 days ahead');
  const story = await storyForPin(db, id);
  if (story.status !== 'published') {
    throw new AppError('CONFLICT', 'Only published stories can be pinned', { extra: { currentState: story.status } });
  }
  // NOTE: no revision bump: a pin is not a content edit and must not break an editor's open PATCH.
  await db.batch([
    db.update(stories).set({ pinnedUntil: until }).where(eq(stories.id, id)),
    auditInsert(db, { actorId, action: 'story.pinned', target: `story:${id}`, before: { pinnedUntil: story.pinnedUntil }, after: { pinnedUntil: until } }, now),
  ]);
  return { id, pinnedUntil: isoTime(until) };
}

export async function unpinStory(db: Db, id: number, actorId: string, now: number) {
  const story = await storyForPin(db, id);
  await db.batch([
    db.update(stories).set({ pinnedUntil: null }).where(eq(stories.id, id)),
    auditInsert(db, { actorId, action: 'story.unpinned', target: `story:${id}`, before: { pinnedUntil: story.pinnedUntil }, after: { pinnedUntil: null } }, now),
  ]);
  return { id, pinnedUntil: null };
}
