// Each dashboard table defined once: the page renders it as HTML, the CSV export as CSV.
import { translator, type Lang, type MessageKey } from '../../web/i18n';
import { kindName, term, type GlossaryKind } from '../../web/i18n/glossary';
import type { CsvCell } from './csv';
import type { StatsOverview } from './stats.queries';
import type { StatsTable } from './stats.schemas';

export type ColumnKind = 'text' | 'number' | 'day';
export type Column = { label: string; kind: ColumnKind };
export type DataTable = { name: StatsTable; title: string; columns: Column[]; rows: CsvCell[][] };

const tableTitles: Record<StatsTable, MessageKey> = {
  daily: 'stats.daily',
  channels: 'stats.channels',
  stories: 'stats.topStories',
  provinces: 'stats.provinces',
  units: 'stats.units',
  campaigns: 'stats.campaigns',
  report_categories: 'stats.reportsByCategory',
  report_platforms: 'stats.reportsByPlatform',
  case_statuses: 'stats.reportsByStatus',
};

export function statsTable(o: StatsOverview, name: StatsTable, lang: Lang): DataTable {
  const t = translator(lang);
  const col = (key: MessageKey, kind: ColumnKind = 'number'): Column => ({ label: t(key), kind });
  // Columns of codes are named by the glossary, as on the triage desk.
  const codeCol = (kind: GlossaryKind): Column => ({ label: kindName(lang, kind), kind: 'text' });
  const table = (columns: Column[], rows: CsvCell[][]): DataTable => ({ name, title: t(tableTitles[name]), columns, rows });
  switch (name) {
    case 'daily':
      return table(
        [col('stats.col.day', 'day'), col('stats.col.shares'), col('stats.col.clicks')],
        o.daily.map((d) => [d.day, d.shares, d.clicks]),
      );
    case 'channels':
      return table(
        [col('stats.col.channel', 'text'), col('stats.col.shares'), col('stats.col.clicks')],
        o.channels.map((c) => [t(`stats.channel.${c.channel}`), c.shares, c.clicks]),
      );
    case 'stories':
      return table(
        [col('stats.col.rank'), col('stats.col.storyId'), col('stats.col.story', 'text'), col('stats.col.shares'), col('stats.col.clicks')],
        o.topStories.map((s, i) => [i + 1, s.storyId, s.title, s.shares, s.clicks]),
      );
    case 'provinces':
      return table(
        [col('stats.col.provinceCode', 'text'), col('stats.col.province', 'text'), col('stats.col.shares'), col('stats.col.clicks')],
        o.provinces.map((p) => [p.provinceCode, p.name ?? (p.provinceCode === '' ? t('stats.unknownProvince') : p.provinceCode), p.shares, p.clicks]),
      );
    case 'units':
      return table(
        [col('stats.col.rank'), col('stats.col.unit', 'text'), col('stats.col.provinceCode', 'text'), col('stats.col.shares'), col('stats.col.clicks')],
        o.units.map((u) => [u.rank, u.unit, u.provinceCode, u.shares, u.clicks]),
      );
    case 'campaigns':
      return table(
        [
          col('stats.col.campaign', 'text'),
          col('stats.col.phase', 'text'),
          col('stats.col.startsOn', 'day'),
          col('stats.col.endsOn', 'day'),
          col('stats.col.shares'),
          col('stats.col.targetShares'),
          col('stats.col.sharesPercent'),
          col('stats.col.clicks'),
          col('stats.col.targetClicks'),
          col('stats.col.clicksPercent'),
        ],
        o.campaigns.map((c) => [
          c.title,
          t(`campaigns.phase.${c.phase}`),
          c.startsOn,
          c.endsOn,
          c.shares,
          c.targetShares,
          c.sharesPercent,
          c.clicks,
          c.targetClicks,
          c.clicksPercent,
        ]),
      );
    case 'report_categories':
      return table(
        [codeCol('reportReason'), col('stats.col.reports')],
        o.reports.byCategory.map((r) => [term(lang, 'reportReason', r.category), r.count]),
      );
    case 'report_platforms':
      return table(
        [codeCol('platform'), col('stats.col.reports')],
        o.reports.byPlatform.map((r) => [term(lang, 'platform', r.platform), r.count]),
      );
    case 'case_statuses':
      return table(
        [codeCol('caseStatus'), col('stats.col.reports')],
        o.reports.byCaseStatus.map((r) => [term(lang, 'caseStatus', r.status), r.count]),
      );
  }
}
