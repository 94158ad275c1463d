// Matching thresholds per method, editable on the desk without a deploy (the `settings` table).
import { inArray } from 'drizzle-orm';
import * as v from 'valibot';
import { settings } from '../../schema';
import type { Db } from '../core/db';

/** `candidate`: shown to editors as "Có thể cùng nội dung"; `high`: confident enough to show a verdict automatically. */
export type MethodThresholds = { candidate: number; high: number };
export type ClaimThresholds = { lexical: MethodThresholds; semantic: MethodThresholds };

/** Defaults until an editor changes them; lexical ones are chosen on the labelled pairs in tests/claims/ (README). */
export const DEFAULT_THRESHOLDS: ClaimThresholds = {
  // Jaccard of content words, chosen on tests/claims/claim-pairs (README "Claim matching", figures printed by its test).
  lexical: { candidate: 0.35, high: 0.45 },
  semantic: { candidate: 0.8, high: 0.9 },
};

export const THRESHOLD_KEYS = {
  'claims.lexical.candidate': ['lexical', 'candidate'],
  'claims.lexical.high': ['lexical', 'high'],
  'claims.semantic.candidate': ['semantic', 'candidate'],
  'claims.semantic.high': ['semantic', 'high'],
} as const;
type ThresholdKey = keyof typeof THRESHOLD_KEYS;

const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** The thresholds in force: stored values over the defaults (a malformed stored value is ignored). */
export async function claimThresholds(db: Db): Promise<ClaimThresholds> {
  return thresholdsFrom(await db.select().from(settings).where(inArray(settings.key, Object.keys(THRESHOLD_KEYS))));
}

/** Thresholds from stored rows (read by claimThresholds, or folded into another statement as intake does). */
export function thresholdsFrom(rows: readonly { key: string; value: string }[]): ClaimThresholds {
  const out: ClaimThresholds = structuredClone(DEFAULT_THRESHOLDS);
  for (const row of rows) {
    if (!(row.key in THRESHOLD_KEYS)) continue;
    const [method, level] = THRESHOLD_KEYS[row.key as ThresholdKey];
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.value);
    } catch {
      continue;
    }
    const result = v.safeParse(score, parsed);
    if (result.success) out[method][level] = result.output;
  }
  return out;
}
