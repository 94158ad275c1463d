// Lessons and quizzes (/hoc, /api/learn), and lesson completion on the dashboard.
import * as v from 'valibot';
import type { ResponseDoc } from '../responses';
import { count, id, isoTime, maybeTime, provinceCode } from './common';

const html = (description: string): ResponseDoc => ({ contentType: 'text/html', description });
const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const passPercent = v.pipe(percent, v.description('A lesson is completed from this percent of right answers up'));

const lessonItem = v.strictObject({
  slug: v.string(),
  title: v.string(),
  summary: v.string(),
  questionCount: count,
  publishedAt: maybeTime,
  url: v.string(),
  completion: v.nullable(v.strictObject({ percent, completedAt: isoTime })),
});

const lessonDetail = v.strictObject({
  slug: v.string(),
  title: v.string(),
  summary: v.string(),
  bodyHtml: v.string(),
  publishedAt: maybeTime,
  url: v.string(),
  passPercent,
  questions: v.array(v.strictObject({ prompt: v.string(), options: v.array(v.strictObject({ text: v.string() })) })),
});

const attemptResult = v.strictObject({
  correct: count,
  total: count,
  percent,
  passed: v.boolean(),
  passPercent,
  recorded: v.pipe(v.boolean(), v.description('True when the caller is signed in and the attempt was kept')),
  firstPass: v.pipe(v.boolean(), v.description('True when this attempt completed the lesson for the first time')),
  results: v.array(v.strictObject({ chosen: count, correct: count, right: v.boolean(), explanations: v.array(v.string()) })),
});

const completionFigures = { members: count, completed: count, percent };
const completionStats = v.strictObject({
  province: v.nullable(provinceCode),
  minMembers: count,
  scope: v.strictObject({ province: v.nullable(provinceCode), locked: v.boolean() }),
  lessons: v.array(
    v.strictObject({
      lesson: v.strictObject({ id, slug: v.string(), title: v.string() }),
      provinces: v.array(v.strictObject({ provinceCode, province: v.string(), ...completionFigures })),
      units: v.array(v.strictObject({ unitId: id, unit: v.string(), provinceCode, ...completionFigures })),
      smallUnits: count,
    }),
  ),
});

export const learnDocs: Record<string, ResponseDoc> = {
  'GET /api/learn/lessons': { description: 'Published lessons, newest first; `completion` is the signed-in caller’s first pass.', schema: v.strictObject({ passPercent, items: v.array(lessonItem) }) },
  'GET /api/learn/lessons/:slug': { description: 'One published lesson: its body and its questions, without the right answers.', schema: lessonDetail },
  'POST /api/learn/lessons/:slug/attempts': { description: 'The score, whether it passes, and per question the right option and every option’s explanation.', schema: attemptResult },
  'GET /api/stats/lessons': { description: 'Completion of each published lesson per province and per unit (units of too few members are only counted). `format=csv&table=units|provinces` answers a CSV file.', schema: completionStats },
  'GET /hoc': html('The published lessons, with the reader’s completions.'),
  'GET /learn': html('The published lessons (English path of /hoc).'),
  'GET /hoc/:slug': html('One lesson and its quiz, a form that works without JavaScript.'),
  'GET /learn/:slug': html('One lesson and its quiz (English path).'),
};
