// One check, as the API and the page both run it: the pure text detectors, and the
// known-false lookup in D1. Nothing pasted is written or logged here or below.
import type { Db } from '../core/db';
import { isStorageOutage, STORAGE_RETRY_AFTER } from '../core/storage-errors';
import type { CheckResult, ToneRule } from './check.types';
import type { CheckInput } from './check.schemas';
import { detectText } from './detect';
import { knownFalseFindings } from './known-false';
import { loadToneRules } from './tone';

/**
 * `unavailable`: D1 did not answer, so known false claims could not be looked up. The text
 * findings are still given (they need no storage): a person about to post is better told
 * "this looks like an internal document" now than nothing at all. `clear` is then false,
 * since the text cannot be called clear without the lookup.
 */
export type KnownClaimsLookup = 'checked' | 'unavailable';

export type CheckOutcome = { check: CheckResult; knownClaims: KnownClaimsLookup; retryAfter?: number };

/** Tone rules from D1 (the editors' additions); during an outage the detectors run with what they have. */
async function toneRules(db: Db): Promise<ToneRule[]> {
  try {
    return await loadToneRules(db);
  } catch (err) {
    if (!isStorageOutage(err)) throw err;
    return [];
  }
}

export async function runCheck(db: Db, input: CheckInput): Promise<CheckOutcome> {
  const [rules, known] = await Promise.all([
    input.text ? toneRules(db) : Promise.resolve([]),
    knownFalseFindings(db, input).then(
      (findings) => ({ findings, available: true }),
      (err: unknown) => {
        if (!isStorageOutage(err)) throw err;
        return { findings: [], available: false };
      },
    ),
  ]);
  const findings = [...known.findings, ...(input.text ? detectText(input.text, rules) : [])];
  return {
    check: { clear: known.available && findings.length === 0, findings },
    knownClaims: known.available ? 'checked' : 'unavailable',
    ...(known.available ? {} : { retryAfter: STORAGE_RETRY_AFTER }),
  };
}
