import type { StoryStatus } from '../../schema';
import { AppError } from '../core/errors';

/**
 * The lifecycle, as a table: draft → submitted → (scheduled | published);
 * submitted → rejected (author edits and resubmits); published → archived;
 * scheduled → published only through the Cron Trigger.
 */
export const transitions = {
  submit: { from: ['draft', 'rejected'] },
  approve: { from: ['submitted'] },
  reject: { from: ['submitted'] },
  archive: { from: ['published'] },
  goLive: { from: ['scheduled'] },
} as const satisfies Record<string, { from: readonly StoryStatus[] }>;

export type StoryAction = keyof typeof transitions;

/** States in which the author (not only an editor) may still change the text. */
export const authorEditableStates: readonly StoryStatus[] = ['draft', 'rejected'];

export function canTransition(action: StoryAction, current: StoryStatus): boolean {
  return (transitions[action].from as readonly StoryStatus[]).includes(current);
}

/** 409 naming the current state when `action` is not allowed from it. */
export function assertTransition(action: StoryAction, current: StoryStatus): void {
  if (!canTransition(action, current)) {
    throw new AppError('CONFLICT', `Cannot ${action === 'goLive' ? 'publish' : action} a story that is ${current}`, {
      extra: { currentState: current },
    });
  }
}
