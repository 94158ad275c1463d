import { vnDay } from '../../workers/core/time';
import type { Lang } from '../i18n';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date in Vietnam's time zone: `28/11/2026` in Vietnamese, `28 Nov 2026` in English.
 *
 * @example
 * formatDate(Date.UTC(2026, 10, 27, 20), 'vi') // '28/11/2026' (already the 28th in Vietnam)
 */
export function formatDate(ms: number, lang: Lang): string {
  const [y, m, d] = vnDay(ms).split('-');
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

/** `<time>` with the machine-readable instant and the reader's date format. */
export function DateText(props: { ms: number; lang: Lang }) {
  return <time datetime={new Date(props.ms).toISOString()}>{formatDate(props.ms, props.lang)}</time>;
}
