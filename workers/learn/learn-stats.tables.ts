// The dashboard's lesson-completion tables, defined once: the page renders them, the CSV exports them.
import { translator, type Lang } from '../../web/i18n';
import type { CsvCell } from '../stats/csv';
import type { LessonCompletionStats } from './learn-stats.queries';

export const lessonCompletionTables = ['units', 'provinces'] as const;
export type LessonCompletionTable = (typeof lessonCompletionTables)[number];

export type CompletionTable = { columns: { label: string; numeric: boolean }[]; rows: CsvCell[][] };

/** Every published lesson's rows in one table (the lesson in the first column). */
export function completionTable(stats: LessonCompletionStats, table: LessonCompletionTable, lang: Lang): CompletionTable {
  const t = translator(lang);
  const num = (label: string) => ({ label, numeric: true });
  const text = (label: string) => ({ label, numeric: false });
  const figures = [num(t('learn.stats.col.members')), num(t('learn.stats.col.completed')), num(t('learn.stats.col.percent'))];
  if (table === 'units') {
    return {
      columns: [text(t('learn.stats.col.lesson')), text(t('learn.stats.col.unit')), text(t('stats.col.provinceCode')), ...figures],
      rows: stats.lessons.flatMap((l) => l.units.map((u) => [l.lesson.title, u.unit, u.provinceCode, u.members, u.completed, u.percent])),
    };
  }
  return {
    columns: [text(t('learn.stats.col.lesson')), text(t('learn.stats.col.province')), ...figures],
    rows: stats.lessons.flatMap((l) => l.provinces.map((p) => [l.lesson.title, p.province, p.members, p.completed, p.percent])),
  };
}
