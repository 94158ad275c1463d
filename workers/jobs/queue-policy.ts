// How every queue consumer retries: explicit backoff per message, then the queue's
// dead-letter queue (`<queue>-dlq`, wrangler.toml) once `max_retries` are spent.
import { rememberFailure } from './queue-failures';

/** Retries per message before it is dead-lettered; wrangler.toml's `max_retries` (a test keeps them equal). */
export const MAX_RETRIES = 8;
/** A dead-letter consumer waits out a long D1 outage: 100 retries, 5 minutes apart at most (about 8 hours). */
export const DEAD_LETTER_MAX_RETRIES = 100;
/** `lan-toa-clicks` gives up into `lan-toa-clicks-dlq`. */
export const DEAD_LETTER_SUFFIX = '-dlq';

const FIRST_DELAY_SECONDS = 10;
const MAX_DELAY_SECONDS = 300;

/**
 * 10 s, 20 s, 40 s … doubling per attempt, capped at 5 minutes: the eight retries
 * of a message span about 20 minutes, so a D1 outage that long loses nothing.
 */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.max(0, attempts - 1));
}

/** Ask for `message` again later, with the backoff for its attempt (and remember why, for the dead-letter row). */
export function retryLater(message: Message<unknown>, err?: unknown): void {
  if (err !== undefined) rememberFailure(message.id, err);
  message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
}
