// A writer's own stories for the dashboard, with what last happened to each.
import { desc, eq, sql } from 'drizzle-orm';
import { stories, type StoryStatus } from '../../schema';
import type { Db } from '../core/db';

/**
 * The writer's newest stories (at most `limit`). `sentBackAt`/`withdrawnAt` come from the
 * audit log (its target index), because a returned story's `updated_at` moves again as
 * soon as the writer starts fixing it.
 */
export async function myStories(db: Db, authorId: string, limit = 100) {
  return db
    .select({
      id: stories.id,
      title: stories.title,
      status: stories.status,
      provinceCode: stories.provinceCode,
      updatedAt: stories.updatedAt,
      submittedAt: stories.submittedAt,
      publishedAt: stories.publishedAt,
      scheduledAt: stories.scheduledAt,
      rejectionReason: stories.rejectionReason,
      archiveReason: stories.archiveReason,
      pendingRevision: stories.pendingRevision,
      sentBackAt: sql<number | null>`(SELECT max(created_at) FROM audit_log WHERE target = 'story:' || ${stories.id} AND action = 'story.reject')`,
      withdrawnAt: sql<number | null>`(SELECT max(created_at) FROM audit_log WHERE target = 'story:' || ${stories.id} AND action = 'story.archive')`,
    })
    .from(stories)
    .where(eq(stories.authorId, authorId))
    .orderBy(desc(stories.updatedAt), desc(stories.id))
    .limit(limit);
}

export type MyStory = Awaited<ReturnType<typeof myStories>>[number];

/** The dashboard's groups, in the order a writer acts on them: what needs fixing first. */
export const myStoryGroups = ['rejected', 'draft', 'submitted', 'live', 'archived'] as const;
export type MyStoryGroup = (typeof myStoryGroups)[number];

export function groupOf(status: StoryStatus): MyStoryGroup {
  return status === 'published' || status === 'scheduled' ? 'live' : status;
}
