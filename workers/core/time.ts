/** Vietnam has one time zone, UTC+7, and no daylight saving. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** ISO 8601 (UTC) for an epoch-ms column, or null. */
export function isoTime(ms: number | null | undefined): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}

/** The calendar day in Vietnam (`YYYY-MM-DD`) for an epoch-ms time: the unit of every daily figure. */
export function vnDay(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}
