/** `dd/mm/yyyy hh:mm` in Vietnam time (UTC+7, no daylight saving), independent of the runtime's locale data. */
export function vnDateTime(ms: number): string {
  const d = new Date(ms + 7 * 60 * 60 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
