import type { Translate } from '../../i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long something has waited, as a person says it: "chờ 15 phút", "chờ 3 giờ", "chờ 2 ngày". */
export function waitedFor(t: Translate, since: number | null | undefined, now: number): string {
  if (since == null) return '';
  const ms = Math.max(0, now - since);
  if (ms < MINUTE) return t('rv.waited.justNow');
  if (ms < HOUR) return t('rv.waited.minutes', { n: Math.floor(ms / MINUTE) });
  if (ms < DAY) return t('rv.waited.hours', { n: Math.floor(ms / HOUR) });
  return t('rv.waited.days', { n: Math.floor(ms / DAY) });
}
