import type { Db } from '../core/db';
import type { TextFinding, ToneRule } from './check.types';

/**
 * Tone rules: the curated Vietnamese list kept in the repository plus what editors add in the
 * desk (the `settings` row `check.tone.extra`). Used by the check page and by the desk, which
 * refuses to approve a reply kit that trips them. CONTRACT STUB: the check-engine work fills these in.
 */
export async function loadToneRules(_db: Db): Promise<ToneRule[]> {
  return [];
}

/** The tone findings in one text (a reply, a pasted post); empty when the wording is calm. */
export function toneFindings(_text: string, _rules: readonly ToneRule[]): TextFinding[] {
  return [];
}
