import type { CheckSignal, TextFinding, TextFindingKind } from '../../workers/check/check.types';
import { translator, type Lang, type MessageKey } from '../i18n';
import { VerifyChecklist } from './verify-checklist';

/** What a person reads about one finding, in their language. */
export type FindingWords = {
  /** The group it belongs to ("Dấu hiệu tin đồn"). */
  kind: string;
  title: string;
  why: string;
  advice: string;
  /** What was seen in the text, as the detector gave it (personal data already masked). */
  matches: string[];
  /** Tone only: each match with its calmer wording, in order. */
  calmer: { word: string; calmer: string }[];
};

const key = (signal: CheckSignal, part: 'title' | 'why' | 'advice') => `check-findings.${signal}.${part}` as MessageKey;

/**
 * The words for one text finding (title, why it matters, what to do), for pages and JSON alike.
 *
 * @example
 * describeFinding('vi', { kind: 'personalData', signal: 'phone', matches: ['0912 *** 678'] }).title // 'Có số điện thoại'
 */
export function describeFinding(lang: Lang, finding: TextFinding): FindingWords {
  const t = translator(lang);
  return {
    kind: t(`check-findings.kind.${finding.kind}` as MessageKey),
    title: t(key(finding.signal, 'title')),
    why: t(key(finding.signal, 'why')),
    advice: t(key(finding.signal, 'advice')),
    matches: finding.matches,
    calmer: finding.suggestions ? finding.matches.map((word, i) => ({ word, calmer: finding.suggestions?.[i] ?? '' })) : [],
  };
}

export type CheckFindingViewProps = {
  lang: Lang;
  finding: TextFinding;
  /**
   * Show the verify checklist under this finding. Default: on for a rumour finding. A page listing
   * several rumour findings may pass `false` to all but one (or use CheckFindingList, which does).
   */
  checklist?: boolean;
};

/**
 * One text finding of "check before posting": what was seen, why it matters, what to do; a rumour
 * finding carries the verify checklist, a tone finding each word with a calmer one. User text
 * (the matches) is escaped by JSX.
 *
 * @example
 * <CheckFindingView lang="vi" finding={finding} />
 */
export function CheckFindingView(props: CheckFindingViewProps) {
  const { lang, finding } = props;
  const t = translator(lang);
  const words = describeFinding(lang, finding);
  const id = `check-finding-${finding.kind}-${finding.signal}`;
  const showChecklist = props.checklist ?? finding.kind === 'rumour';
  const masked = finding.kind === 'personalData';
  return (
    <section class={`check-finding check-finding--${finding.kind}`} aria-labelledby={id} data-signal={finding.signal}>
      <p class="check-finding__kind">{words.kind}</p>
      <h3 id={id} class="check-finding__title">
        {words.title}
      </h3>
      <p class="check-finding__why">{words.why}</p>
      {finding.kind === 'tone' && words.calmer.length > 0 ? (
        <>
          <p class="check-finding__label">{t('check-findings.calmer')}</p>
          <ul class="check-finding__matches">
            {words.calmer.map((pair) => (
              <li>{t('check-findings.calmerPair', { word: pair.word, calmer: pair.calmer })}</li>
            ))}
          </ul>
        </>
      ) : words.matches.length > 0 ? (
        <>
          <p class="check-finding__label">{t(masked ? 'check-findings.seenMasked' : 'check-findings.seen')}</p>
          <ul class="check-finding__matches">
            {words.matches.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="check-finding__advice">
        <strong>{t('check-findings.advice')}</strong> {words.advice}
      </p>
      {showChecklist ? <VerifyChecklist lang={lang} id={`${id}-checklist`} level={3} /> : null}
    </section>
  );
}

const KIND_ORDER: readonly TextFindingKind[] = ['internalDocument', 'personalData', 'rumour', 'tone'];

/**
 * Every text finding, grouped by kind in order of harm; the verify checklist appears once, under
 * the last rumour finding.
 */
export function CheckFindingList(props: { lang: Lang; findings: readonly TextFinding[] }) {
  const sorted = [...props.findings].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const lastRumour = sorted.map((f) => f.kind).lastIndexOf('rumour');
  return (
    <div class="check-findings">
      {sorted.map((finding, i) => (
        <CheckFindingView lang={props.lang} finding={finding} checklist={finding.kind === 'rumour' ? i === lastRumour : false} />
      ))}
    </div>
  );
}
