// The demo lesson (scripts/seed/lesson-data.ts, published) and, so the dashboard's lesson
// completion has figures, a few demo learners in four units with their quiz attempts.
// Idempotent: the lesson is keyed by slug, learners and attempts by fixed ids, completions by
// (lesson, member); everything is INSERT OR IGNORE, memberships only set while unset.
import { renderMarkdown } from '../../workers/stories/markdown';
import { percentOf, PASS_PERCENT } from '../../workers/learn/scoring';
import { unitPath } from '../../workers/units/unit-keys';
import type { SeedPart } from './index';
import { DEMO_LESSON_SLUG, demoLesson } from './lesson-data';
import { insertOrIgnore, sqlLiteral } from './sql';
import { unitIdSql } from './units';

const PUBLISHED_AT = Date.UTC(2026, 9, 1);
const FIRST_ATTEMPT_ID = 9_000_001;

type SeedUnit = { province: string; names: string[] };
const BEN_NGHE_3: SeedUnit = { province: 'HCM', names: ['Đảng bộ phường Bến Nghé', 'Chi bộ khu phố 3'] };
const SOUTH_OFFICE: SeedUnit = { province: 'HCM', names: ['Báo điện tử Lan Tỏa, văn phòng phía Nam'] };
const HAI_CHAU_3: SeedUnit = { province: 'DNG', names: ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3'] };
const HAI_CHAU_YOUTH: SeedUnit = { province: 'DNG', names: ['Đoàn Thanh niên phường Hải Châu'] };

/** Demo learners (members who cannot sign in), each with the right-answer counts of their attempts in order. */
export const demoLearners: { id: string; unit: SeedUnit; attempts: number[] }[] = [
  // member@'s cell (with member@, who has not taken the quiz: 5 members, 2 completed).
  { id: 'demo-learner-hcm-1', unit: BEN_NGHE_3, attempts: [6] },
  { id: 'demo-learner-hcm-2', unit: BEN_NGHE_3, attempts: [4, 7] },
  { id: 'demo-learner-hcm-3', unit: BEN_NGHE_3, attempts: [5] },
  { id: 'demo-learner-hcm-4', unit: BEN_NGHE_3, attempts: [] },
  // editor2@'s office (with editor2@: 4 members, 2 completed).
  { id: 'demo-learner-hcm-5', unit: SOUTH_OFFICE, attempts: [7] },
  { id: 'demo-learner-hcm-6', unit: SOUTH_OFFICE, attempts: [6, 7] },
  { id: 'demo-learner-hcm-7', unit: SOUTH_OFFICE, attempts: [3] },
  // A cell in Đà Nẵng (4 members, 3 completed).
  { id: 'demo-learner-dng-1', unit: HAI_CHAU_3, attempts: [7] },
  { id: 'demo-learner-dng-2', unit: HAI_CHAU_3, attempts: [5, 5, 6] },
  { id: 'demo-learner-dng-3', unit: HAI_CHAU_3, attempts: [6] },
  { id: 'demo-learner-dng-4', unit: HAI_CHAU_3, attempts: [2] },
  // The youth union (with contributor@: 2 members, too few to be shown on its own).
  { id: 'demo-learner-dng-5', unit: HAI_CHAU_YOUTH, attempts: [7] },
];

const SEED_TIME = Date.UTC(2026, 0, 1);
const lessonIdSql = `(SELECT id FROM lessons WHERE slug = ${sqlLiteral(DEMO_LESSON_SLUG)})`;

/** Answers with `right` right ones: the first `total - right` questions get a wrong option. */
function answersWith(right: number): number[] {
  const questions = demoLesson.questions;
  return questions.map((q, i) => (i < questions.length - right ? (q.correct + 1) % q.options.length : q.correct));
}

export function lessonSeedStatements(): string[] {
  const statements = insertOrIgnore('lessons', [
    {
      slug: DEMO_LESSON_SLUG,
      title: demoLesson.title,
      summary: demoLesson.summary,
      body: demoLesson.body,
      body_html: renderMarkdown(demoLesson.body),
      questions: demoLesson.questions,
      status: 'published',
      author_id: 'seed-editor',
      last_editor_id: 'seed-editor',
      approved_by: 'seed-admin',
      submitted_at: PUBLISHED_AT - 86_400_000,
      published_at: PUBLISHED_AT,
      revision: 1,
      created_at: PUBLISHED_AT - 2 * 86_400_000,
      updated_at: PUBLISHED_AT,
    },
  ]);
  demoLearners.forEach((learner, n) => {
    const path = unitPath(learner.unit.names);
    statements.push(
      ...insertOrIgnore('users', [
        {
          id: learner.id,
          email: `${learner.id}@demo.lantoa.local`,
          name: `Học viên mẫu ${n + 1}`,
          // Not a password hash: these demo learners cannot sign in.
          password_hash: 'demo-learner-no-sign-in',
          role: 'member',
          province_code: learner.unit.province,
          unit: path,
          created_at: SEED_TIME,
          updated_at: SEED_TIME,
        },
      ]),
      `UPDATE users SET unit_id = ${unitIdSql(learner.unit.province, learner.unit.names)} WHERE id = ${sqlLiteral(learner.id)} AND unit_id IS NULL;`,
    );
  });
  let attemptId = FIRST_ATTEMPT_ID;
  const total = demoLesson.questions.length;
  demoLearners.forEach((learner, n) => {
    const unitId = unitIdSql(learner.unit.province, learner.unit.names);
    let completed = false;
    learner.attempts.forEach((right, k) => {
      const at = PUBLISHED_AT + (n + 1) * 86_400_000 + k * 3_600_000;
      const percent = percentOf(right, total);
      const passed = percent >= PASS_PERCENT;
      const values = [attemptId++, lessonIdSql, sqlLiteral(learner.id), unitId, sqlLiteral(learner.unit.province), sqlLiteral(answersWith(right)), right, total, percent, passed ? 1 : 0, at];
      statements.push(
        `INSERT OR IGNORE INTO lesson_attempts (id, lesson_id, user_id, unit_id, province_code, answers, correct, total, percent, passed, created_at) SELECT ${values.join(', ')} WHERE ${lessonIdSql} IS NOT NULL;`,
      );
      if (passed && !completed) {
        completed = true;
        statements.push(
          `INSERT OR IGNORE INTO lesson_completions (lesson_id, user_id, unit_id, province_code, percent, completed_at) SELECT ${[lessonIdSql, sqlLiteral(learner.id), unitId, sqlLiteral(learner.unit.province), percent, at].join(', ')} WHERE ${lessonIdSql} IS NOT NULL;`,
        );
      }
    });
  });
  return statements;
}

export const lessonsSeed: SeedPart = { name: 'lessons', statements: lessonSeedStatements };
