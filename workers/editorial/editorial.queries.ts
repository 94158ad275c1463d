// D1 access for the editorial workflow. Every write that must be recorded
// (revision, audit) goes in one batch with it; conditional follow-ups use
// `WHERE changes() = 1` so they happen only if the guarded UPDATE did
// (SQLite's changes() ignores rows touched by triggers).
// NOTE: D1's `meta.changes` DOES count rows written by triggers (the search and
// story_tags triggers of migration 0005_search), so a guarded UPDATE's success is read
// from its own RETURNING rows, never from meta.changes.
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or, SQL, sql } from 'drizzle-orm';
import { categories, provinces, stories, storyRevisions, users, type StoryStatus } from '../../schema';
import type { AuditEntry } from '../audit/audit.queries';
import type { QueueState } from './editorial.schemas';
import { d1Batch, type Db } from '../core/db';
import { rememberTagNames, type TagName } from '../stories/tag-names';
import type { StoryContent, StoryRow } from './story-content';

export async function findStory(db: Db, id: number): Promise<StoryRow | null> {
  return (await db.select().from(stories).where(eq(stories.id, id)).get()) ?? null;
}

export async function authorName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await db.select({ name: users.name }).from(users).where(eq(users.id, id)).get())?.name ?? null;
}

/** How many numbered slugs (`base-2` … `base-9`) are tried before a random suffix. */
const NUMBERED_SLUGS = 8;

/**
 * `base`, or `base-2` … `base-9`, or `base-<6 random letters>`: a slug no other story uses.
 * NOTE: exact lookups only. A `LIKE 'base-%'` pattern is refused by D1 once the slug
 * nears 50 bytes ("LIKE or GLOB pattern too complex"), and slugs run to 80.
 */
export async function uniqueSlug(db: Db, base: string, exceptId?: number): Promise<string> {
  const numbered = [base, ...Array.from({ length: NUMBERED_SLUGS }, (_, i) => `${base}-${i + 2}`)];
  const free = await freeSlugs(db, numbered, exceptId);
  return free[0] ?? randomSlug(db, base, exceptId);
}

/** `base-` and six random characters, checked free (a collision is one in two billion). */
async function randomSlug(db: Db, base: string, exceptId?: number): Promise<string> {
  for (;;) {
    const suffixed = Array.from({ length: 4 }, () => `${base}-${randomSuffix()}`);
    const [slug] = await freeSlugs(db, suffixed, exceptId);
    if (slug) return slug;
  }
}

/** A D1 error (possibly wrapped by drizzle) saying another story already holds the slug. */
function isSlugTaken(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.message.includes('UNIQUE constraint failed: stories.slug')) return true;
  }
  return false;
}

/**
 * Insert a new story under a free slug for `base`. Writers racing for the same title can
 * find the same numbered slug free at once; a loser's insert fails on the unique index
 * and retries under a random suffix, which no other racer will pick.
 */
export async function withFreeSlug<T>(db: Db, base: string, insert: (slug: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert(attempt === 1 ? await uniqueSlug(db, base) : await randomSlug(db, base));
    } catch (err) {
      if (attempt >= 3 || !isSlugTaken(err)) throw err;
    }
  }
}

/** The candidates no story (other than `exceptId`) holds, in the order given. */
async function freeSlugs(db: Db, candidates: string[], exceptId?: number): Promise<string[]> {
  const rows = await db.select({ id: stories.id, slug: stories.slug }).from(stories).where(inArray(stories.slug, candidates));
  const taken = new Set(rows.filter((r) => r.id !== exceptId).map((r) => r.slug));
  return candidates.filter((slug) => !taken.has(slug));
}

function randomSuffix(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => letters[b % letters.length]).join('');
}

/** Audit row written only if the statement just before it changed exactly one row. */
export function auditIfChanged(entry: AuditEntry, now: number) {
  return sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
    SELECT ${entry.actorId}, ${entry.action}, ${entry.target}, ${JSON.stringify(entry.before ?? null)}, ${JSON.stringify(entry.after ?? null)}, ${now}
    WHERE changes() = 1`;
}

/** Insert a new story with revision 1 and its `story.create` audit entry in one batch; returns its id. */
export async function insertStory(
  db: Db,
  values: typeof stories.$inferInsert & { slug: string },
  content: StoryContent,
  audit: { actorId: string; after: Record<string, unknown> },
  now: number,
  tagNames: readonly TagName[] = [],
): Promise<number> {
  const names = rememberTagNames(tagNames, now);
  // The slug is unique, so the follow-up statements find the new row by it.
  const [inserted] = await d1Batch(db, [
    db.insert(stories).values(values).returning({ id: stories.id }),
    sql`INSERT INTO story_revisions (story_id, revision, editor_id, content, created_at)
      SELECT id, 1, ${values.authorId ?? null}, ${JSON.stringify(content)}, ${now} FROM stories WHERE slug = ${values.slug}`,
    sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
      SELECT ${audit.actorId}, 'story.create', 'story:' || id, NULL, ${JSON.stringify(audit.after)}, ${now} FROM stories WHERE slug = ${values.slug}`,
    ...(names ? [names] : []),
  ]);
  const id = (inserted?.results[0] as { id?: number } | undefined)?.id;
  if (id === undefined) throw new Error('story insert returned no id');
  return id;
}

/**
 * Save new content as revision `expected + 1`, only if the story is still at
 * `expected`, in the state and with the pending edit it was read with: an approval
 * in between must not let a direct write reach a story that just went public, and
 * an edit built on a pending text that was since approved or turned down must be
 * redone on what is there now. Returns false when anything moved (nothing written).
 *
 * `pending`: the story is public, so its row keeps the live content and the new
 * revision only waits for a second editor (`pending_revision`). Otherwise the row
 * takes the content at once (drafts, submitted and rejected stories).
 */
export async function saveContent(
  db: Db,
  input: {
    id: number;
    expected: number;
    status: StoryStatus;
    /** The pending revision the edit was built on (null: it was built on the live text). */
    pendingRevision: number | null;
    set: Partial<typeof stories.$inferInsert>;
    content: StoryContent;
    editorId: string;
    audit?: AuditEntry;
    pending?: { liveRevision: number; correctionNote: string | null };
    /** Names of the typed tags, remembered in the same batch (last: the statements above read changes()). */
    tagNames?: readonly TagName[];
  },
  now: number,
): Promise<boolean> {
  const names = rememberTagNames(input.tagNames ?? [], now);
  const next = input.expected + 1;
  const set: Partial<typeof stories.$inferInsert> = input.pending
    ? // Oldest first in the review queue by when it went to review, like a submission.
      { revision: next, pendingRevision: next, liveRevision: input.pending.liveRevision, submittedAt: now }
    : { ...input.set, revision: next, updatedAt: now };
  const [update] = await d1Batch(db, [
    db
      .update(stories)
      .set(set)
      .where(
        and(
          eq(stories.id, input.id),
          eq(stories.revision, input.expected),
          eq(stories.status, input.status),
          input.pendingRevision === null ? isNull(stories.pendingRevision) : eq(stories.pendingRevision, input.pendingRevision),
        ),
      )
      .returning({ id: stories.id }),
    sql`INSERT INTO story_revisions (story_id, revision, editor_id, content, correction_note, created_at)
      SELECT ${input.id}, ${next}, ${input.editorId}, ${JSON.stringify(input.content)}, ${input.pending?.correctionNote ?? null}, ${now} WHERE changes() = 1`,
    ...(input.audit ? [auditIfChanged(input.audit, now)] : []),
    ...(names ? [names] : []),
  ]);
  return update?.results.length === 1;
}

/**
 * Make revision `revision` the live one, in ONE conditional UPDATE: it applies only
 * if the story is still in `from`, still at that revision and (for an edit of a
 * public story) that revision is still the pending one. A save racing the approval
 * either lands first (the approval then changes nothing: 409) or after it (as a new
 * revision, pending again if the story is public). `set` carries the revision's
 * content for a pending edit; revisions are never rewritten, so the content read
 * for `revision` is the content approved.
 */
export async function approveRevision(
  db: Db,
  input: {
    id: number;
    from: StoryStatus;
    revision: number;
    pending: boolean;
    set: Partial<typeof stories.$inferInsert>;
    approverId: string;
    audit: AuditEntry;
  },
  now: number,
): Promise<boolean> {
  const guard = [eq(stories.id, input.id), eq(stories.status, input.from), eq(stories.revision, input.revision)];
  guard.push(input.pending ? eq(stories.pendingRevision, input.revision) : isNull(stories.pendingRevision));
  const [update] = await d1Batch(db, [
    db
      .update(stories)
      .set({ ...input.set, liveRevision: input.revision, pendingRevision: null, updatedAt: now })
      .where(and(...guard))
      .returning({ id: stories.id }),
    // The audit entry follows the UPDATE directly (changes() looks one statement back);
    // a seeded story may have no revision row, which must not cost it its audit entry.
    auditIfChanged(input.audit, now),
    sql`UPDATE story_revisions SET approved_by = ${input.approverId}, approved_at = ${now}
      WHERE story_id = ${input.id} AND revision = ${input.revision} AND changes() = 1`,
  ]);
  return update?.results.length === 1;
}

/** Turn down the pending revision `revision` (the live one stays). False if it is no longer pending. */
export async function rejectPendingRevision(
  db: Db,
  input: { id: number; revision: number; reason: string; rejecterId: string; audit: AuditEntry },
  now: number,
): Promise<boolean> {
  const [update] = await d1Batch(db, [
    db
      .update(stories)
      .set({ pendingRevision: null })
      .where(and(eq(stories.id, input.id), eq(stories.pendingRevision, input.revision)))
      .returning({ id: stories.id }),
    auditIfChanged(input.audit, now),
    sql`UPDATE story_revisions SET rejected_by = ${input.rejecterId}, rejected_at = ${now}, rejection_reason = ${input.reason}
      WHERE story_id = ${input.id} AND revision = ${input.revision} AND changes() = 1`,
  ]);
  return update?.results.length === 1;
}

/**
 * Who wrote the text of revision `upTo`: the editors of every revision after
 * `after` (the live one, or 0) up to it, leaving out edits that were turned down
 * (the next edit started again from the live text).
 */
export async function revisionEditors(db: Db, storyId: number, after: number, upTo: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ editorId: storyRevisions.editorId })
    .from(storyRevisions)
    .where(
      and(
        eq(storyRevisions.storyId, storyId),
        gt(storyRevisions.revision, after),
        lte(storyRevisions.revision, upTo),
        isNull(storyRevisions.rejectedAt),
      ),
    );
  return rows.map((r) => r.editorId).filter((id): id is string => id !== null);
}

/** The newest turned-down edit after the live revision, to tell its writers why. */
export async function latestRejectedEdit(db: Db, storyId: number, liveRevision: number) {
  return (
    (await db
      .select({
        revision: storyRevisions.revision,
        reason: storyRevisions.rejectionReason,
        rejectedAt: storyRevisions.rejectedAt,
        rejectedBy: storyRevisions.rejectedBy,
      })
      .from(storyRevisions)
      .where(and(eq(storyRevisions.storyId, storyId), gt(storyRevisions.revision, liveRevision), isNotNull(storyRevisions.rejectedAt)))
      .orderBy(desc(storyRevisions.revision))
      .get()) ?? null
  );
}

/** Move a story from `from` to a new state (with its audit entry). False if it was no longer in `from`. */
export async function changeState(
  db: Db,
  input: { id: number; from: StoryStatus; set: Partial<typeof stories.$inferInsert> & { status: StoryStatus }; audit: AuditEntry },
  now: number,
): Promise<boolean> {
  const [update] = await d1Batch(db, [
    db
      .update(stories)
      .set({ ...input.set, updatedAt: now })
      .where(and(eq(stories.id, input.id), eq(stories.status, input.from)))
      .returning({ id: stories.id }),
    auditIfChanged(input.audit, now),
  ]);
  return update?.results.length === 1;
}

const listColumns = {
  id: stories.id,
  slug: stories.slug,
  title: stories.title,
  summary: stories.summary,
  status: stories.status,
  categoryCode: stories.categoryCode,
  provinceCode: stories.provinceCode,
  authorId: stories.authorId,
  authorName: users.name,
  submittedAt: stories.submittedAt,
  scheduledAt: stories.scheduledAt,
  publishedAt: stories.publishedAt,
  rejectionReason: stories.rejectionReason,
  revision: stories.revision,
  pendingRevision: stories.pendingRevision,
  updatedAt: stories.updatedAt,
};


const queueColumns = {
  ...listColumns,
  provinceName: provinces.name,
  categoryNameVi: categories.nameVi,
  categoryNameEn: categories.nameEn,
};

// `pending_revision > 0`, not `IS NOT NULL`: SQLite answers a range through stories_pending_idx
// (and the OR as two index searches), where IS NOT NULL made it scan all 100,000 stories.
const hasPendingEdit = gt(stories.pendingRevision, 0);

function queueStateWhere(state: QueueState | undefined): SQL | undefined {
  if (state === 'submitted') return eq(stories.status, 'submitted');
  if (state === 'pending') return hasPendingEdit;
  if (state === 'scheduled') return eq(stories.status, 'scheduled');
  return or(eq(stories.status, 'submitted'), hasPendingEdit);
}

/**
 * Submitted stories and public stories with an edit awaiting approval (or one `state`
 * of them), oldest first: by when they went to review, scheduled ones by their time.
 * Province and category names come along, so no page shows a code.
 */
export async function reviewQueue(db: Db, filter: { province?: string; category?: string; author?: string; state?: QueueState; limit: number }) {
  const awaiting = queueStateWhere(filter.state);
  const where: SQL[] = awaiting ? [awaiting] : [];
  if (filter.province) where.push(eq(stories.provinceCode, filter.province.toUpperCase()));
  if (filter.category) where.push(eq(stories.categoryCode, filter.category));
  if (filter.author) where.push(eq(stories.authorId, filter.author));
  const order = filter.state === 'scheduled' ? [asc(stories.scheduledAt), asc(stories.id)] : [asc(stories.submittedAt), asc(stories.id)];
  return db
    .select(queueColumns)
    .from(stories)
    .leftJoin(users, eq(users.id, stories.authorId))
    .leftJoin(provinces, eq(provinces.code, stories.provinceCode))
    .leftJoin(categories, eq(categories.code, stories.categoryCode))
    .where(and(...where))
    .orderBy(...order)
    .limit(filter.limit);
}
export type QueueItem = Awaited<ReturnType<typeof reviewQueue>>[number];

/** Stories by status, optionally only one author's, most recently changed first. */
export async function listStories(db: Db, filter: { authorId?: string; status?: StoryStatus; limit: number }) {
  const where: SQL[] = [];
  if (filter.authorId) where.push(eq(stories.authorId, filter.authorId));
  if (filter.status) where.push(eq(stories.status, filter.status));
  return db
    .select(listColumns)
    .from(stories)
    .leftJoin(users, eq(users.id, stories.authorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(stories.updatedAt), desc(stories.id))
    .limit(filter.limit);
}

export type StoryListItem = Awaited<ReturnType<typeof listStories>>[number];

/** How many stories are in each state (one author's, or everyone's). */
export async function countsByStatus(db: Db, authorId?: string): Promise<Record<StoryStatus, number>> {
  const rows = await db
    .select({ status: stories.status, n: count() })
    .from(stories)
    .where(authorId ? eq(stories.authorId, authorId) : undefined)
    .groupBy(stories.status);
  const counts: Record<StoryStatus, number> = { draft: 0, submitted: 0, scheduled: 0, published: 0, rejected: 0, archived: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export async function listRevisions(db: Db, storyId: number) {
  return db
    .select({
      revision: storyRevisions.revision,
      editorId: storyRevisions.editorId,
      editorName: users.name,
      createdAt: storyRevisions.createdAt,
      approvedAt: storyRevisions.approvedAt,
      rejectedAt: storyRevisions.rejectedAt,
      rejectionReason: storyRevisions.rejectionReason,
      correctionNote: storyRevisions.correctionNote,
    })
    .from(storyRevisions)
    .leftJoin(users, eq(users.id, storyRevisions.editorId))
    .where(eq(storyRevisions.storyId, storyId))
    .orderBy(desc(storyRevisions.revision));
}

export async function findRevision(db: Db, storyId: number, revision: number) {
  return (
    (await db
      .select()
      .from(storyRevisions)
      .where(and(eq(storyRevisions.storyId, storyId), eq(storyRevisions.revision, revision)))
      .get()) ?? null
  );
}

/** Scheduled stories whose time has come. */
export async function dueScheduled(db: Db, now: number, limit = 50) {
  return db
    .select({ id: stories.id, scheduledAt: stories.scheduledAt })
    .from(stories)
    .where(and(eq(stories.status, 'scheduled'), sql`${stories.scheduledAt} <= ${now}`))
    .orderBy(asc(stories.scheduledAt))
    .limit(limit);
}
