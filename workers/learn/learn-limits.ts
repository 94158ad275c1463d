import { countInWindow, type WindowLimit } from '../core/rate-limit';
import { hmacHex } from '../core/crypto';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';

/** Quiz submissions: plenty for reading the explanations and retaking, too few to hammer D1. */
export const QUIZ_LIMIT: WindowLimit = { limit: 20, periodMs: 10 * 60_000 };

/** One more quiz submission from this member (or, signed out, this network: a keyed hash, never the IP). */
export async function countQuizSubmission(db: Db, user: SessionUser | null, ip: string | undefined, hashSecret: string | undefined, now = Date.now()): Promise<void> {
  const key = user ? `learn:quiz:user:${user.id}` : `learn:quiz:ip:${await hmacHex(hashSecret ?? 'learn-quiz', ip ?? 'unknown')}`;
  await countInWindow(undefined, db, key, QUIZ_LIMIT, 'Too many quiz submissions; try again in a few minutes', now);
}
