import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoLesson, DEMO_LESSON_SLUG } from '../../scripts/seed/lesson-data';
import { demoLearners } from '../../scripts/seed/lessons';
import type { LessonCompletionStats } from '../../workers/learn/learn-stats.queries';
import { PASS_PERCENT, percentOf } from '../../workers/learn/scoring';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';

// The dashboard's completion figures against the seeded attempts: computed here from the seed's
// data (who passed at least once) and from the attempts in the database, independently of the query.

beforeAll(async () => {
  await seedDemo();
  await seedDemo(); // idempotent: a second run adds no attempt, completion or learner
});

type Stats = LessonCompletionStats & { scope: unknown };

async function dashboard(): Promise<Stats> {
  const editor = await signedInAs('editor', { provinceCode: null });
  return readJson<Stats>(await fetchApp('/api/stats/lessons', { headers: editor.headers }));
}

describe('lesson completion on the dashboard', () => {
  it('seeding twice keeps one row per seeded attempt and completion', async () => {
    const attempts = demoLearners.reduce((n, l) => n + l.attempts.length, 0);
    const passers = demoLearners.filter((l) => l.attempts.some((right) => percentOf(right, demoLesson.questions.length) >= PASS_PERCENT)).length;
    expect(Number(await env.DB.prepare("SELECT count(*) AS n FROM lesson_attempts WHERE user_id LIKE 'demo-learner-%'").first('n'))).toBe(attempts);
    expect(Number(await env.DB.prepare("SELECT count(*) AS n FROM lesson_completions WHERE user_id LIKE 'demo-learner-%'").first('n'))).toBe(passers);
  });

  it('per unit: completed = members with a passing attempt, out of the unit’s members (from the seeded attempts)', async () => {
    const stats = await dashboard();
    const lesson = stats.lessons.find((l) => l.lesson.slug === DEMO_LESSON_SLUG);
    expect(lesson).toBeDefined();
    // From the database's attempts, per unit of the current members.
    const fromAttempts = await env.DB.prepare(
      `SELECT un.id AS unit_id, count(u.id) AS members,
         sum(EXISTS (SELECT 1 FROM lesson_attempts a JOIN lessons l ON l.id = a.lesson_id WHERE l.slug = ? AND a.user_id = u.id AND a.percent >= ?)) AS completed
       FROM units un JOIN users u ON u.unit_id = un.id AND u.disabled_at IS NULL AND u.erased_at IS NULL
       GROUP BY un.id HAVING count(u.id) >= 3`,
    )
      .bind(DEMO_LESSON_SLUG, PASS_PERCENT)
      .all<{ unit_id: number; members: number; completed: number }>();
    const shown = new Map(lesson?.units.map((u) => [u.unitId, u]));
    expect(shown.size).toBe(fromAttempts.results.length);
    for (const row of fromAttempts.results) {
      expect(shown.get(row.unit_id)).toMatchObject({ members: row.members, completed: row.completed, percent: percentOf(row.completed, row.members) });
    }
    // And the figures the seed was written to give (lesson-data: 5 / 4 / 4 members).
    const byPath = new Map(lesson?.units.map((u) => [u.unit, [u.completed, u.members, u.percent]]));
    expect(byPath.get('Đảng bộ phường Bến Nghé / Chi bộ khu phố 3')).toEqual([2, 5, 40]);
    expect(byPath.get('Báo điện tử Lan Tỏa, văn phòng phía Nam')).toEqual([2, 4, 50]);
    expect(byPath.get('Đảng bộ phường Hải Châu / Chi bộ khu phố 3')).toEqual([3, 4, 75]);
    // The youth union has 2 members: counted as too small, never listed (its figures would be a person's).
    expect(byPath.has('Đoàn Thanh niên phường Hải Châu')).toBe(false);
    expect(lesson?.smallUnits).toBeGreaterThan(0);
  });

  it('per province: the same rule over the province’s members', async () => {
    const lesson = (await dashboard()).lessons.find((l) => l.lesson.slug === DEMO_LESSON_SLUG);
    for (const code of ['HCM', 'DNG']) {
      const row = await env.DB.prepare(
        `SELECT count(u.id) AS members,
           sum(EXISTS (SELECT 1 FROM lesson_attempts a JOIN lessons l ON l.id = a.lesson_id WHERE l.slug = ? AND a.user_id = u.id AND a.percent >= ?)) AS completed
         FROM users u WHERE u.province_code = ? AND u.disabled_at IS NULL AND u.erased_at IS NULL`,
      )
        .bind(DEMO_LESSON_SLUG, PASS_PERCENT, code)
        .first<{ members: number; completed: number }>();
      expect(lesson?.provinces.find((p) => p.provinceCode === code)).toMatchObject({ members: row?.members, completed: row?.completed });
    }
    // Learners of the seed: 4 of HCM's, 4 of DNG's passed.
    expect(lesson?.provinces.find((p) => p.provinceCode === 'HCM')?.completed).toBe(4);
    expect(lesson?.provinces.find((p) => p.provinceCode === 'DNG')?.completed).toBe(4);
  });

  it('the /editor/stats page and the CSV carry the same figures', async () => {
    const editor = await signedInAs('editor', { provinceCode: null });
    const html = await (await fetchApp('/editor/stats', { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(html).toMatch(/Đảng bộ phường Hải Châu \/ Chi bộ khu phố 3<\/th>\s*<td class="num">4<\/td>\s*<td class="num">3<\/td>\s*<td class="num">75<\/td>/);
    const csv = await (await fetchApp('/api/stats/lessons?format=csv&table=units', { headers: editor.headers })).text();
    expect(csv).toContain('Năm việc khi dùng mạng xã hội,Đảng bộ phường Hải Châu / Chi bộ khu phố 3,DNG,4,3,75');
  });
});
