// A text finding as the check page shows it: the check-engine's words and card
// (web/components/check-finding.tsx). The page ends every answer with the verify checklist
// itself, so the rumour card here does not repeat it.
import { CheckFindingView, describeFinding } from '../../components/check-finding';
import type { TextFinding } from '../../../workers/check/check.types';
import type { Lang } from '../../i18n';

/** The finding's title in the reader's language (used by the page and the JSON answer). */
export function textFindingTitle(lang: Lang, finding: TextFinding): string {
  return describeFinding(lang, finding).title;
}

/** One text finding: what was seen (personal data masked), why it matters, what to do, calmer wording for tone. */
export function TextFindingView(props: { lang: Lang; finding: TextFinding }) {
  return <CheckFindingView lang={props.lang} finding={props.finding} checklist={false} />;
}
