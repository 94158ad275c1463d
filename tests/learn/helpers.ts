import { env } from 'cloudflare:workers';
import { demoLesson, DEMO_LESSON_SLUG } from '../../scripts/seed/lesson-data';
import { ORIGIN, fetchApp } from '../helpers/http';

export const LESSON_PATH = `/hoc/${DEMO_LESSON_SLUG}`;
export const ATTEMPTS_URL = `/api/learn/lessons/${DEMO_LESSON_SLUG}/attempts`;

/** The demo lesson's answers with `right` right ones (the first ones wrong). */
export function answersWith(right: number): number[] {
  const qs = demoLesson.questions;
  return qs.map((q, i) => (i < qs.length - right ? (q.correct + 1) % q.options.length : q.correct));
}

/** The no-JS form post: `q0=…&q1=…` as a browser sends it. */
export function postQuiz(answers: (number | null)[], headers: Record<string, string> = {}, path = LESSON_PATH) {
  const body = new URLSearchParams();
  answers.forEach((a, i) => {
    if (a !== null) body.set(`q${i}`, String(a));
  });
  return fetchApp(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, ...headers },
    body: body.toString(),
  });
}

export const rowsOf = async (table: 'lesson_attempts' | 'lesson_completions', userId: string) =>
  (await env.DB.prepare(`SELECT * FROM ${table} WHERE user_id = ? ORDER BY rowid`).bind(userId).all<Record<string, unknown>>()).results;

export const countAll = async (table: 'lesson_attempts' | 'lesson_completions') =>
  Number(await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first('n'));

/** A member of a seeded unit (by province and path), signed in. */
export const unitIdOf = async (province: string, path: string) =>
  Number(await env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path = ?').bind(province, path).first('id'));
