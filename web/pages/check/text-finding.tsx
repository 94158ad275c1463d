// SWAP POINT for the lead: a text finding as the check page shows it. The check-engine work
// provides `CheckFindingView({ lang, finding })` (web/components/check-finding.tsx) with each
// signal's title, why and advice; until it is merged this minimal renderer stands in (the kind's
// title, the matches, the calmer wording), and `textFindingTitle` gives the JSON its words.
// Replace the bodies of these two functions with calls to the check-engine's; nothing else changes.
import type { TextFinding } from '../../../workers/check/check.types';
import { translator, type Lang } from '../../i18n';

/** The finding's title in the reader's language (used by the page and the JSON answer). */
export function textFindingTitle(lang: Lang, finding: TextFinding): string {
  return translator(lang)(`check.finding.${finding.kind}`);
}

/** One text finding: title, what raised it (personal data arrives masked), a calmer wording for tone. */
export function TextFindingView(props: { lang: Lang; finding: TextFinding }) {
  const t = translator(props.lang);
  const { finding } = props;
  return (
    <section class={`check-finding check-finding-${finding.kind}`} data-finding={finding.kind}>
      <h4>{textFindingTitle(props.lang, finding)}</h4>
      {finding.matches.length > 0 ? (
        <>
          <p>{t('check.finding.matches')}</p>
          <ul>
            {finding.matches.map((m, i) => (
              <li>
                <q>{m}</q>
                {finding.suggestions?.[i] ? <> — {t('check.finding.calmer', { calmer: finding.suggestions[i] })}</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
