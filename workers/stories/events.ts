// Story lifecycle events. The editorial workflow emits them; other domains react
// (cards pre-render on publish, members who shared get a correction notice, …)
// without the workflow knowing about them. Handlers are listed in one place below.
import { syncCardsOnStoryEvent } from '../cards/card-events';
import { caseEventsOnStoryEvent } from '../cases/case-events';
import { queueCorrectionNotice } from '../notices/notices.queue';
import { forgetCachedReadsOnStoryEvent } from './cache';
import { purgeCachedReadsOnStoryEvent } from './cache-purge';

export type StoryEvent =
  | { kind: 'published'; storyId: number; actorId: string | null }
  | { kind: 'archived'; storyId: number; actorId: string | null; reason: string }
  /** `substantive`: title, summary or body of a published story changed. */
  | { kind: 'edited'; storyId: number; actorId: string | null; substantive: boolean; note?: string };

export type StoryEventHandler = (event: StoryEvent, env: Env) => Promise<void>;

/** Every reaction to story events. Add yours here (import it at the top). */
export const storyEventHandlers: StoryEventHandler[] = [
  syncCardsOnStoryEvent,
  queueCorrectionNotice,
  forgetCachedReadsOnStoryEvent,
  purgeCachedReadsOnStoryEvent,
  caseEventsOnStoryEvent,
];

/**
 * Run every handler after the response (through `waitUntil`); one failing handler
 * is logged and does not stop the others or the request.
 */
export function emitStoryEvent(event: StoryEvent, env: Env, ctx: Pick<ExecutionContext, 'waitUntil'>): void {
  ctx.waitUntil(
    Promise.allSettled(storyEventHandlers.map((handle) => handle(event, env))).then((results) => {
      for (const r of results) if (r.status === 'rejected') console.error(`story event ${event.kind} handler failed`, r.reason);
    }),
  );
}
