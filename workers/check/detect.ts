import type { TextFinding, ToneRule } from './check.types';

/**
 * Runs every text detector (internal document, personal data, rumour signs, tone) on pasted
 * text. Pure: no I/O, nothing kept. `toneRules` = the repository's list plus editors' additions
 * (`loadToneRules`). CONTRACT STUB: the check-engine work fills this in.
 */
export function detectText(_text: string, _toneRules: readonly ToneRule[]): TextFinding[] {
  return [];
}
