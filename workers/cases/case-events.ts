// Case events: when a case gets its verdict or its rebuttal goes live, other domains tell the
// people who reported it (tipline chats, signed-in reporters' phones) without the desk knowing
// about them. Handlers are reconcilers: they compare the case with what each reporter was
// already told, so an event sent twice (a retried request, a cron sweep) tells nobody twice.
import { and, eq } from 'drizzle-orm';
import { cases, stories, type CaseStatus } from '../../schema';
import { createDb } from '../core/db';
import type { StoryEvent } from '../stories/events';
import { pushVerdict } from '../push/verdict-push';
import { isVerdict } from './case-status';
import { tellChatsOnCaseEvent } from '../tipline/verdict-fanout';

export type CaseEvent =
  /** The case now carries a verdict (new, or changed from another verdict). */
  | { kind: 'decided'; caseId: number; status: CaseStatus }
  /** The case's rebuttal story is published (it went live, or a live story was linked). */
  | { kind: 'rebuttal_published'; caseId: number; storyId: number };

export type CaseEventHandler = (event: CaseEvent, env: Env) => Promise<void>;

/** Every reaction to case events. Add yours here (import it at the top). */
export const caseEventHandlers: CaseEventHandler[] = [tellChatsOnCaseEvent, pushVerdict];

/** Run every handler after the response; one failing is logged and stops neither the others nor the request. */
export function emitCaseEvent(event: CaseEvent, env: Env, ctx: Pick<ExecutionContext, 'waitUntil'>): void {
  ctx.waitUntil(
    Promise.allSettled(caseEventHandlers.map((handle) => handle(event, env))).then((results) => {
      for (const r of results) if (r.status === 'rejected') console.error(`case event ${event.kind} handler failed`, r.reason);
    }),
  );
}

/** After an editor's change to a case: a verdict, or a link to a story that is already live (checked after the response). */
export function emitAfterCaseUpdate(
  row: { id: number; status: CaseStatus; rebuttalStoryId: number | null },
  patch: { status?: CaseStatus; rebuttalStoryId?: number | null },
  env: Env,
  ctx: Pick<ExecutionContext, 'waitUntil'>,
): void {
  if (patch.status !== undefined && isVerdict(row.status)) emitCaseEvent({ kind: 'decided', caseId: row.id, status: row.status }, env, ctx);
  const storyId = patch.rebuttalStoryId;
  if (!storyId || row.rebuttalStoryId !== storyId) return;
  const linkedLive = async () => {
    const [live] = await createDb(env.DB)
      .select({ id: stories.id })
      .from(stories)
      .where(and(eq(stories.id, storyId), eq(stories.status, 'published')));
    if (live) emitCaseEvent({ kind: 'rebuttal_published', caseId: row.id, storyId }, env, ctx);
  };
  ctx.waitUntil(linkedLive().catch((err: unknown) => console.error('case event rebuttal check failed', err)));
}

/**
 * Story event handler (registered in workers/stories/events.ts): a published story that is a
 * case's rebuttal becomes that case's `rebuttal_published`. Runs inside the story event's waitUntil.
 */
export async function caseEventsOnStoryEvent(event: StoryEvent, env: Env): Promise<void> {
  if (event.kind !== 'published') return;
  const db = createDb(env.DB);
  const linked = await db.select({ id: cases.id }).from(cases).where(eq(cases.rebuttalStoryId, event.storyId));
  await Promise.allSettled(
    linked.flatMap(({ id }) => caseEventHandlers.map((handle) => handle({ kind: 'rebuttal_published', caseId: id, storyId: event.storyId }, env))),
  );
}
