import { Hono, type Context } from 'hono';
import { LearnListPage } from '../../web/pages/learn/learn-list-page';
import { LessonPage, type QuizState } from '../../web/pages/learn/lesson-page';
import { questionsForForm } from '../../web/pages/learn/quiz-form';
import { translator } from '../../web/i18n';
import { AppError } from '../core/errors';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { countQuizSubmission } from './learn-limits';
import { learnStatsRoutes } from './learn-stats.routes';
import { completionsOf, listPublishedLessons, publishedLessonBySlug, recordAttempt, type PublishedLesson } from './learn.queries';
import { attemptBody, lessonSlugParam } from './learn.schemas';
import { PASS_PERCENT, scoreAnswers } from './scoring';

/** The lessons' Vietnamese path; `/learn` is its English alias (same pages, canonical on `/hoc`). */
export const LEARN_PATH = '/hoc';

const baseOf = (c: Context<AppEnv>) => (new URL(c.req.url).pathname.startsWith('/learn') ? '/learn' : LEARN_PATH);

async function lessonOr404(c: Context<AppEnv>, slug: string): Promise<PublishedLesson> {
  const lesson = await publishedLessonBySlug(c.var.db, slug);
  if (!lesson) throw new AppError('NOT_FOUND', 'No published lesson with this slug');
  return lesson;
}

async function renderLesson(c: Context<AppEnv>, lesson: PublishedLesson, quiz: QuizState, status: 200 | 400 | 429 = 200) {
  const url = new URL(c.req.url);
  const user = c.var.user;
  const completion = user ? ((await completionsOf(c.var.db, user.id)).get(lesson.id) ?? null) : null;
  const base = baseOf(c);
  return c.html(
    LessonPage({
      lang: c.var.lang,
      user,
      base,
      lessonPath: `${base}/${lesson.slug}`,
      path: url.pathname + url.search,
      canonical: `${url.origin}${LEARN_PATH}/${lesson.slug}`,
      lesson,
      completion,
      quiz,
    }),
    status,
  );
}

/** The form's `q0`…`qN`: each a chosen option index, or missing when absent or not an option of that question. */
function readForm(lesson: PublishedLesson, body: Record<string, unknown>) {
  const chosen = new Map<number, number>();
  const missing: number[] = [];
  lesson.questions.forEach((q, i) => {
    const raw = body[`q${i}`];
    const n = typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : -1;
    if (n >= 0 && n < q.options.length) chosen.set(i, n);
    else missing.push(i);
  });
  return { chosen, missing };
}

async function submitAndRecord(c: Context<AppEnv>, lesson: PublishedLesson, answers: number[]) {
  const score = scoreAnswers(lesson.questions, answers);
  await countQuizSubmission(c.var.db, c.var.user, c.req.header('cf-connecting-ip'), c.env.HASH_SECRET);
  // Anonymous readers may take the quiz; only a signed-in member's attempt is kept.
  const user = c.var.user;
  const recorded = user ? await recordAttempt(c.var.db, lesson.id, user, answers, score, Date.now()) : ({ stored: false, firstPass: false } as const);
  return { score, recorded };
}

const pages = new Hono<AppEnv>();
for (const base of [LEARN_PATH, '/learn']) {
  pages
    .get(base, async (c) => {
      const url = new URL(c.req.url);
      const user = c.var.user;
      const [lessons, completions] = await Promise.all([listPublishedLessons(c.var.db), user ? completionsOf(c.var.db, user.id) : new Map()]);
      return c.html(
        LearnListPage({ lang: c.var.lang, user, path: url.pathname + url.search, base, canonical: `${url.origin}${LEARN_PATH}`, lessons, completions }),
      );
    })
    .get(`${base}/:slug`, validate('param', lessonSlugParam), async (c) => {
      const lesson = await lessonOr404(c, c.req.valid('param').slug);
      return renderLesson(c, lesson, { kind: 'form' });
    })
    // The quiz without JavaScript: the form posts here; a missing answer re-renders the form with every choice kept.
    .post(`${base}/:slug`, validate('param', lessonSlugParam), async (c) => {
      const lesson = await lessonOr404(c, c.req.valid('param').slug);
      const { chosen, missing } = readForm(lesson, await c.req.parseBody());
      if (missing.length > 0) return renderLesson(c, lesson, { kind: 'form', chosen, missing }, 400);
      const answers = lesson.questions.map((_, i) => chosen.get(i) ?? -1);
      try {
        return renderLesson(c, lesson, { kind: 'results', ...(await submitAndRecord(c, lesson, answers)) });
      } catch (err) {
        if (err instanceof AppError && err.code === 'RATE_LIMITED') {
          if (err.retryAfter) c.header('Retry-After', String(err.retryAfter));
          return renderLesson(c, lesson, { kind: 'form', chosen, formError: translator(c.var.lang)('learn.error.rateLimited') }, 429);
        }
        throw err;
      }
    });
}

/** JSON for apps: the lessons, one lesson without its answers, and scoring a submission. */
const api = new Hono<AppEnv>()
  .get('/api/learn/lessons', async (c) => {
    const user = c.var.user;
    const origin = new URL(c.req.url).origin;
    const [lessons, completions] = await Promise.all([listPublishedLessons(c.var.db), user ? completionsOf(c.var.db, user.id) : new Map()]);
    return c.json({
      passPercent: PASS_PERCENT,
      items: lessons.map((l) => {
        const done = completions.get(l.id);
        return {
          slug: l.slug,
          title: l.title,
          summary: l.summary,
          questionCount: l.questionCount,
          publishedAt: isoTime(l.publishedAt),
          url: `${origin}${LEARN_PATH}/${l.slug}`,
          completion: done ? { percent: done.percent, completedAt: isoTime(done.completedAt) } : null,
        };
      }),
    });
  })
  .get('/api/learn/lessons/:slug', validate('param', lessonSlugParam), async (c) => {
    const lesson = await lessonOr404(c, c.req.valid('param').slug);
    return c.json({
      slug: lesson.slug,
      title: lesson.title,
      summary: lesson.summary,
      bodyHtml: lesson.bodyHtml,
      publishedAt: isoTime(lesson.publishedAt),
      url: `${new URL(c.req.url).origin}${LEARN_PATH}/${lesson.slug}`,
      passPercent: PASS_PERCENT,
      // Prompts and options only: which option is right, and why, comes with the answer to a submission.
      questions: questionsForForm(lesson.questions),
    });
  })
  .post('/api/learn/lessons/:slug/attempts', validate('param', lessonSlugParam), validate('json', attemptBody), async (c) => {
    const lesson = await lessonOr404(c, c.req.valid('param').slug);
    const { answers } = c.req.valid('json');
    const { score, recorded } = await submitAndRecord(c, lesson, answers);
    c.header('Cache-Control', 'private, no-store');
    return c.json({
      correct: score.correct,
      total: score.total,
      percent: score.percent,
      passed: score.passed,
      passPercent: PASS_PERCENT,
      recorded: recorded.stored,
      firstPass: recorded.firstPass,
      results: score.results.map((r, i) => ({
        chosen: r.chosen,
        correct: r.correct,
        right: r.right,
        explanations: (lesson.questions[i]?.options ?? []).map((o) => o.explanation),
      })),
    });
  });

/** `/hoc` (`/learn`) and `/api/learn/*`: lessons and quizzes for every reader; attempts kept for signed-in members. */
export const learnRoutes = new Hono<AppEnv>().route('/', api).route('/', learnStatsRoutes).route('/', pages);
