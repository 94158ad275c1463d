// Lesson completion on the dashboard: per published lesson, how many CURRENT members of each
// unit (and province) have completed it, out of all its current members (active accounts).
// Units, never people, are compared: a unit (or province) with fewer than MIN_MEMBERS_TO_RANK
// members is not shown on its own (its one or two members' results would be theirs alone).
import { sql, type SQL } from 'drizzle-orm';
import { d1Batch, type Db } from '../core/db';
import { MIN_MEMBERS_TO_RANK } from '../impact/leaderboard';
import { percentOf } from './scoring';

export type CompletionRow = { members: number; completed: number; percent: number };
export type UnitCompletion = CompletionRow & { unitId: number; unit: string; provinceCode: string };
export type ProvinceCompletion = CompletionRow & { provinceCode: string; province: string };
export type LessonCompletionFigures = {
  lesson: { id: number; slug: string; title: string };
  provinces: ProvinceCompletion[];
  units: UnitCompletion[];
  /** Units with members but fewer than `minMembers`: counted here, not listed. */
  smallUnits: number;
};
export type LessonCompletionStats = { province: string | null; minMembers: number; lessons: LessonCompletionFigures[] };

const ACTIVE = sql.raw('u.disabled_at IS NULL AND u.erased_at IS NULL');

function unitsStatement(province: string | null): SQL {
  const where = province ? sql`AND un.province_code = ${province}` : sql``;
  return sql`SELECT l.id AS lesson_id, un.id AS unit_id, un.path AS unit, un.province_code AS province_code,
      count(u.id) AS members, count(c.user_id) AS completed
    FROM lessons l
    JOIN units un ON un.deactivated_at IS NULL ${where}
    JOIN users u ON u.unit_id = un.id AND ${ACTIVE}
    LEFT JOIN lesson_completions c ON c.lesson_id = l.id AND c.user_id = u.id
    WHERE l.status = 'published'
    GROUP BY l.id, un.id`;
}

function provincesStatement(province: string | null): SQL {
  const where = province ? sql`AND p.code = ${province}` : sql``;
  return sql`SELECT l.id AS lesson_id, p.code AS province_code, p.name AS province,
      count(u.id) AS members, count(c.user_id) AS completed
    FROM lessons l
    JOIN provinces p ON 1 = 1 ${where}
    JOIN users u ON u.province_code = p.code AND ${ACTIVE}
    LEFT JOIN lesson_completions c ON c.lesson_id = l.id AND c.user_id = u.id
    WHERE l.status = 'published'
    GROUP BY l.id, p.code`;
}

const lessonsStatement = sql`SELECT id, slug, title FROM lessons WHERE status = 'published' ORDER BY published_at DESC, id DESC`;

type Raw = Record<string, unknown>;
const figures = (r: Raw): CompletionRow => {
  const members = Number(r.members);
  const completed = Number(r.completed);
  return { members, completed, percent: percentOf(completed, members) };
};
// Most complete first, then the larger, then by name: a stable order for the table and the CSV.
const byShare = <T extends CompletionRow>(name: (row: T) => string) => (a: T, b: T) =>
  b.percent - a.percent || b.members - a.members || name(a).localeCompare(name(b), 'vi');

/** Completion of every published lesson, in `province` only when given (a provincial editor's scope). */
export async function lessonCompletionStats(db: Db, province: string | null): Promise<LessonCompletionStats> {
  const [lessonRows, unitRows, provinceRows] = await d1Batch(db, [lessonsStatement, unitsStatement(province), provincesStatement(province)]);
  const units = (unitRows?.results ?? []) as Raw[];
  const provinces = (provinceRows?.results ?? []) as Raw[];
  const lessons = ((lessonRows?.results ?? []) as Raw[]).map((l): LessonCompletionFigures => {
    const id = Number(l.id);
    const mine = units.filter((u) => Number(u.lesson_id) === id);
    const shown = mine.filter((u) => Number(u.members) >= MIN_MEMBERS_TO_RANK);
    return {
      lesson: { id, slug: String(l.slug), title: String(l.title) },
      provinces: provinces
        .filter((p) => Number(p.lesson_id) === id && Number(p.members) >= MIN_MEMBERS_TO_RANK)
        .map((p) => ({ provinceCode: String(p.province_code), province: String(p.province), ...figures(p) }))
        .sort(byShare((p) => p.province)),
      units: shown
        .map((u) => ({ unitId: Number(u.unit_id), unit: String(u.unit), provinceCode: String(u.province_code), ...figures(u) }))
        .sort(byShare((u) => u.unit)),
      smallUnits: mine.length - shown.length,
    };
  });
  return { province, minMembers: MIN_MEMBERS_TO_RANK, lessons };
}
