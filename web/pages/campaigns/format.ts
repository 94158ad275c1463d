// Number and date formatting for campaign and dashboard pages, without Intl
// (the same output in workerd, Node and every browser).
import type { Lang } from '../../i18n';

/** `12345` → `12.345` (vi) or `12,345` (en). */
export function formatNumber(lang: Lang, value: number): string {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return sign + grouped + (fraction ? (lang === 'vi' ? ',' : '.') + fraction : '');
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Vietnam calendar day `YYYY-MM-DD` → `05/07/2026` (vi) or `5 Jul 2026` (en). */
export function formatDay(lang: Lang, day: string): string {
  const [y, m, d] = day.split('-');
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return `${Number(d)} ${monthsEn[Number(m) - 1] ?? m} ${y}`;
}

/** Short axis label for a day: `05/07` (vi) or `5 Jul` (en). */
export function formatShortDay(lang: Lang, day: string): string {
  const [, m, d] = day.split('-');
  return lang === 'vi' ? `${d}/${m}` : `${Number(d)} ${monthsEn[Number(m) - 1] ?? m}`;
}
