// Vietnam calendar days (`YYYY-MM-DD`, UTC+7): the unit of campaign dates and of
// every daily figure (share_stats_daily.day is written with `vnDay()`).
import { vnDay } from '../core/time';

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isCalendarDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Epoch ms of 00:00 in Vietnam on `day`. */
export function vnDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Number of days from `from` to `to`, both included. */
export function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Today in Vietnam. */
export function today(now = Date.now()): string {
  return vnDay(now);
}
