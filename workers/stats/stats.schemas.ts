import * as v from 'valibot';
import { campaignRef } from '../campaigns/campaign-ref';
import { calendarDay, provinceCode } from '../campaigns/campaigns.schemas';
import { dayCount } from './days';

export const MAX_RANGE_DAYS = 366;

export const statsTables = [
  'daily',
  'channels',
  'stories',
  'provinces',
  'units',
  'campaigns',
  'report_categories',
  'report_platforms',
  'case_statuses',
] as const;
export type StatsTable = (typeof statsTables)[number];

/** HTML forms send `field=` for "all": treat an empty value as absent (and let `schema` word its own refusal). */
function blankable<T extends v.GenericSchema<string, unknown>>(schema: T) {
  return v.pipe(
    v.optional(v.string('Use text')),
    v.transform((s) => (s === '' ? undefined : s)),
    v.optional(schema),
  );
}

const filterEntries = {
  from: blankable(calendarDay),
  to: blankable(calendarDay),
  province: blankable(provinceCode),
  /** A campaign's slug or number. */
  campaign: blankable(campaignRef),
};

type Range = { from?: string; to?: string };
const inOrder = (q: Range) => !q.from || !q.to || q.from <= q.to;
const notTooLong = (q: Range) => !q.from || !q.to || dayCount(q.from, q.to) <= MAX_RANGE_DAYS;
const ORDER_MESSAGE = '`to` must be on or after `from`';
const LENGTH_MESSAGE = `At most ${MAX_RANGE_DAYS} days`;

/** `/editor/stats` filters. */
export const statsPageQuery = v.pipe(
  v.object(filterEntries),
  v.forward(v.check((q) => inOrder(q), ORDER_MESSAGE), ['to']),
  v.forward(v.check((q) => notTooLong(q), LENGTH_MESSAGE), ['to']),
);

/** `GET /api/stats/overview`; `format=csv` needs `table`. */
export const overviewQuery = v.pipe(
  v.object({
    ...filterEntries,
    format: v.optional(v.picklist(['json', 'csv']), 'json'),
    table: v.optional(v.picklist(statsTables)),
  }),
  v.forward(v.check((q) => inOrder(q), ORDER_MESSAGE), ['to']),
  v.forward(v.check((q) => notTooLong(q), LENGTH_MESSAGE), ['to']),
  v.forward(
    v.check((q) => q.format !== 'csv' || q.table !== undefined, 'Name the table to export'),
    ['table'],
  ),
);
