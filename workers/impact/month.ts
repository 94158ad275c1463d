// The leaderboards' and "this month" totals' period: the current Vietnam calendar month.
import { vnDay } from '../core/time';
import { vnDayStart } from '../stats/days';

export type VnMonth = {
  /** `YYYY-MM`. */
  month: string;
  /** First day, `YYYY-MM-01`. */
  from: string;
  /** Today in Vietnam (the period runs up to now). */
  to: string;
  /** Epoch ms of 00:00 in Vietnam on the first day: compare `share_links.created_at` with it. */
  startMs: number;
};

/** The Vietnam calendar month `now` falls in (UTC+7, so 23:30 UTC on the 31st is already next month). */
export function vnMonth(now: number): VnMonth {
  const today = vnDay(now);
  const from = `${today.slice(0, 7)}-01`;
  return { month: today.slice(0, 7), from, to: today, startMs: vnDayStart(from) };
}
