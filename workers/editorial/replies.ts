// The reply kit of a story: up to three short, courteous replies a member pastes under a false
// post. Written and approved with the story (they are part of its content); a rebuttal story (one
// that some case names as its rebuttal) needs two or three before it can go live, and no reply may
// trip the tone rules the check page uses (workers/check/tone.ts).
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { cases } from '../../schema';
import { loadToneRules, toneFindings } from '../check/tone';
import type { TextFinding } from '../check/check.types';
import type { Db } from '../core/db';
import { AppError, type FieldError } from '../core/errors';

/** Characters per reply (NFC, UTF-16 units, as valibot counts): short enough to paste under a post. */
export const REPLY_MAX = 300;
/** Replies a story may carry. */
export const REPLIES_MAX = 3;
/** Replies a rebuttal story needs before it is approved or linked while public. */
export const REBUTTAL_REPLIES_MIN = 2;

/**
 * `replies` as the API and the form send it: blanks dropped (the form always posts three boxes),
 * each reply NFC and trimmed, 1..300 characters, at most three.
 */
export const repliesSchema = v.pipe(
  v.array(v.pipe(v.string('A reply is text'), v.transform((s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim()), v.maxLength(REPLY_MAX, `A reply has at most ${REPLY_MAX} characters`)), 'Send replies as a list of texts'),
  v.transform((list: string[]) => list.filter((reply) => reply !== '')),
  v.maxLength(REPLIES_MAX, `At most ${REPLIES_MAX} replies`),
);

/** Whether some case names this story as its rebuttal (merged cases included: they still point at it). */
export async function isRebuttalStory(db: Db, storyId: number): Promise<boolean> {
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.rebuttalStoryId, storyId)).limit(1);
  return row !== undefined;
}

/** 400 naming `replies` unless a rebuttal has 2–3 replies. */
export function assertRebuttalReplies(replies: readonly string[]): void {
  if (replies.length < REBUTTAL_REPLIES_MIN || replies.length > REPLIES_MAX) {
    throw new AppError('VALIDATION_FAILED', `A rebuttal story needs ${REBUTTAL_REPLIES_MIN} to ${REPLIES_MAX} replies before it goes live (it has ${replies.length})`, {
      errors: [{ path: 'replies', message: `Write ${REBUTTAL_REPLIES_MIN} to ${REPLIES_MAX} short, courteous replies for members to paste under the false post` }],
      extra: { replyRule: 'rebuttalCount', replyCount: replies.length },
    });
  }
}

/** One reply's tone problem: which reply (0-based), the words, and a calmer wording for each. */
export type ReplyToneProblem = { index: number; words: string[]; calmer: string[] };

/** The tone problems of some replies against the rules given (pure: the page and approval share it). */
export function replyToneProblems(replies: readonly string[], rules: Parameters<typeof toneFindings>[1]): ReplyToneProblem[] {
  return replies.flatMap((reply, index) => {
    const findings: TextFinding[] = toneFindings(reply, rules);
    if (findings.length === 0) return [];
    return [{ index, words: findings.flatMap((f) => f.matches), calmer: findings.flatMap((f) => f.suggestions ?? []) }];
  });
}

/** The tone problems of some replies against the rules in force (the repository's list plus the editors'). */
export async function loadReplyToneProblems(db: Db, replies: readonly string[]): Promise<ReplyToneProblem[]> {
  if (replies.length === 0) return [];
  return replyToneProblems(replies, await loadToneRules(db));
}

function toneMessage(problem: ReplyToneProblem): string {
  const pairs = problem.words.map((word, i) => (problem.calmer[i] ? `"${word}" (try "${problem.calmer[i]}")` : `"${word}"`));
  return `Reply ${problem.index + 1} uses inflaming words: ${pairs.join(', ')}`;
}

/** 400 naming each reply (`replies.0`, …) that trips the tone rules; the page shows the calmer wording. */
export async function assertCalmReplies(db: Db, replies: readonly string[]): Promise<void> {
  const problems = await loadReplyToneProblems(db, replies);
  if (problems.length === 0) return;
  const errors: FieldError[] = problems.map((p) => ({ path: `replies.${p.index}`, message: toneMessage(p) }));
  throw new AppError('VALIDATION_FAILED', 'A reply uses inflaming words: reword it before approval', {
    errors,
    extra: { replyRule: 'tone', replyTone: problems },
  });
}

/**
 * What the story's checks need before it goes live: 2–3 replies when it is a rebuttal, and every
 * reply calm. Called by approval (a submission and a pending edit alike), so no path skips it.
 */
export async function assertRepliesMayGoLive(db: Db, storyId: number, replies: readonly string[]): Promise<void> {
  if (await isRebuttalStory(db, storyId)) assertRebuttalReplies(replies);
  await assertCalmReplies(db, replies);
}

/** Whether `text` already carries the story's link (its page URL, or a tracked short link). */
export function hasLink(text: string, links: readonly string[]): boolean {
  return links.some((link) => link !== '' && text.includes(link));
}

/** A reply ready to paste: the link appended on its own line unless the reply already carries one of `links`. */
export function replyWithLink(reply: string, link: string, also: readonly string[] = []): string {
  const text = reply.trim();
  return hasLink(text, [link, ...also]) ? text : `${text}\n${link}`;
}

/** X counts any URL as 23 characters; a reply longer than X's 280 is still fine on Facebook, Zalo and Telegram. */
const X_LIMIT = 280;
const X_URL = 23;
export function fitsX(text: string): boolean {
  const urls = text.match(/https?:\/\/\S+/g) ?? [];
  const length = [...text].length - urls.reduce((n, url) => n + [...url].length - X_URL, 0);
  return length <= X_LIMIT;
}
