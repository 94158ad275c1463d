import type { CronJob } from '../jobs/cron';
import { createDb } from '../core/db';
import { emitStoryEvent } from '../stories/events';
import { changeState, dueScheduled } from './editorial.queries';

/**
 * Publish every scheduled story whose time has come. Run by the Cron Trigger
 * each minute; the guarded state change makes a double run harmless.
 * Resolves when the story events' handlers have finished too.
 */
export async function publishDueStories(env: Env, now: number): Promise<number[]> {
  const db = createDb(env.DB);
  const published: number[] = [];
  const pending: Promise<unknown>[] = [];
  const exec = { waitUntil: (p: Promise<unknown>) => void pending.push(p) };
  for (const story of await dueScheduled(db, now)) {
    const changed = await changeState(
      db,
      {
        id: story.id,
        from: 'scheduled',
        set: { status: 'published', publishedAt: now },
        audit: { actorId: null, action: 'story.publish', target: `story:${story.id}`, before: { status: 'scheduled' }, after: { status: 'published', scheduled: true } },
      },
      now,
    );
    if (!changed) continue;
    published.push(story.id);
    emitStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, env, exec);
  }
  await Promise.all(pending);
  return published;
}

export const publishScheduledJob: CronJob = { name: 'publish-scheduled-stories', run: publishDueStories };
