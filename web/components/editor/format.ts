import type { Lang } from '../../i18n';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `28/11/2026 08:30` in Vietnam time (UTC+7), whatever the reader's language. */
export function vnDateTime(ms: number | null | undefined, _lang: Lang = 'vi'): string {
  if (ms == null) return '';
  const d = new Date(ms + VN_OFFSET_MS).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
}

/** Value for `<input type="datetime-local">`, in Vietnam time. */
export function vnDateTimeLocal(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value typed in Vietnam time, as ISO 8601 with the +07:00 zone. */
export function fromVnDateTimeLocal(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+07:00` : value;
}
