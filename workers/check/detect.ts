import type { TextFinding, ToneRule } from './check.types';
import { foldText } from './fold';
import { internalDocumentFindings } from './internal-document';
import { personalDataFindings } from './personal-data';
import { rumourFindings } from './rumour';
import { toneFindingsFolded } from './tone';

/**
 * Runs every text detector (internal document, personal data, rumour signs, tone) on pasted
 * text. Pure: no I/O, nothing kept. `toneRules` = the repository's list plus editors' additions
 * (`loadToneRules`). The text is folded once (no accents, đ → d, lower case, with a map back to
 * what was typed); findings come in order of harm: internal document, personal data, rumour, tone.
 *
 * @example
 * detectText('CHIA SẺ GẤP!!! Gọi 0912 345 678', rules)
 * // [{ kind: 'personalData', signal: 'phone', matches: ['0912 *** 678'] }, { kind: 'rumour', signal: 'urgency', … }, …]
 */
export function detectText(text: string, toneRules: readonly ToneRule[]): TextFinding[] {
  const folded = foldText(text);
  return [...internalDocumentFindings(folded), ...personalDataFindings(folded), ...rumourFindings(folded), ...toneFindingsFolded(folded, toneRules)];
}
