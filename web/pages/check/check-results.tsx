// The check's findings: one rendering for the page after a form post and for /js/check.js
// (which asks POST /api/check for this fragment as text/html and puts it in place).
import type { CardMeta } from '../../../workers/cards/card-meta';
import type { CheckResult, KnownFalseFinding, TextFinding } from '../../../workers/check/check.types';
import type { KnownClaimsLookup } from '../../../workers/check/run-check';
import { ShareKit, type ShareKitStory } from '../../components/share-kit';
import { VerifyChecklist } from '../../components/verify-checklist';
import { translator, type Lang, type Translate } from '../../i18n';
import { term } from '../../i18n/glossary';
import type { CaseStatus } from '../../../schema';
import { TextFindingView } from './text-finding';

/** Where "Báo cáo tin này" posts: the report form, filled in, nothing stored yet. */
export const CHECK_REPORT_PATH = '/kiem-tra/bao-cao';

/** The first known false claim's share kit (a page holds one kit: its ids are fixed). */
export type RebuttalKit = { story: ShareKitStory; card: CardMeta; zaloOaId?: string };

export type CheckResultsProps = {
  lang: Lang;
  check: CheckResult;
  knownClaims: KnownClaimsLookup;
  /** What was checked: carried by "Báo cáo tin này" only if the person presses it. */
  text: string;
  url: string;
  kit?: RebuttalKit | null;
};

function KnownFalse(props: { lang: Lang; t: Translate; finding: KnownFalseFinding; kit?: RebuttalKit | null }) {
  const { t, finding, lang } = props;
  const { rebuttal } = finding;
  const kit = props.kit && props.kit.story.id === rebuttal.id ? props.kit : null;
  return (
    <section class="check-known" data-finding="knownFalse" aria-labelledby={`check-known-${finding.caseId}`}>
      <h3 id={`check-known-${finding.caseId}`}>{t('check.known.title')}</h3>
      <p class="check-verdict">
        <strong>{t('check.known.verdict', { verdict: term(lang, 'caseStatus', finding.verdict as CaseStatus) })}</strong>
      </p>
      <p>{finding.via === 'url' ? t('check.known.viaUrl') : t('check.known.viaText')}</p>
      <div class="check-rebuttal">
        <p class="check-rebuttal-label">{t('check.known.rebuttal')}</p>
        <p class="check-rebuttal-title">
          <a href={`/stories/${rebuttal.slug}`}>{rebuttal.title}</a>
        </p>
        {rebuttal.summary ? <p>{rebuttal.summary}</p> : null}
      </div>
      {/* The kit shows the replies itself (first, with copy buttons); a plain list only without it. */}
      {!kit && rebuttal.replies.length > 0 ? (
        <>
          <h4>{t('check.known.replies')}</h4>
          <ul class="check-replies">
            {rebuttal.replies.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 class="check-share-instead">{t('check.known.shareInstead')}</h4>
      {kit ? (
        <ShareKit lang={lang} story={kit.story} card={kit.card} zaloOaId={kit.zaloOaId} open />
      ) : (
        <p>
          <a class="button" href={`/share/${rebuttal.slug}`}>
            {t('check.known.otherShare')}
          </a>
        </p>
      )}
    </section>
  );
}

/** "Báo cáo tin này": posts what was checked to the report form, which the person then sends (their consent). */
function ReportThis(props: { t: Translate; text: string; url: string }) {
  const { t } = props;
  return (
    <section class="check-report" aria-labelledby="check-report-title">
      <h3 id="check-report-title">{t('check.report.title')}</h3>
      <p>{t('check.report.body')}</p>
      <form method="post" action={CHECK_REPORT_PATH}>
        <input type="hidden" name="text" value={props.text} />
        <input type="hidden" name="url" value={props.url} />
        <button type="submit" class="secondary">
          {t('check.report.button')}
        </button>
      </form>
    </section>
  );
}

/** The findings, the "no problems found" state with the checklist, and "Báo cáo tin này". */
export function CheckResults(props: CheckResultsProps) {
  const t = translator(props.lang);
  const { check } = props;
  const known = check.findings.filter((f): f is KnownFalseFinding => f.kind === 'knownFalse');
  const text = check.findings.filter((f): f is TextFinding => f.kind !== 'knownFalse');
  return (
    <section class="check-results" aria-labelledby="check-results-title" data-check-results="" data-clear={check.clear ? 'true' : 'false'}>
      <h2 id="check-results-title" tabindex={-1}>
        {t('check.results.title')}
      </h2>
      {props.knownClaims === 'unavailable' ? (
        <p class="notice" role="status">
          {t('check.results.unavailable')}
        </p>
      ) : null}
      {check.clear ? (
        <div class="check-clear" data-finding="clear">
          <h3>{t('check.clear.title')}</h3>
          <p>{t('check.clear.body')}</p>
        </div>
      ) : null}
      {known.map((f) => (
        <KnownFalse lang={props.lang} t={t} finding={f} kit={props.kit} />
      ))}
      {text.length > 0 ? (
        <div class="check-findings">
          <h3>{t('check.findings.title')}</h3>
          {text.map((f) => (
            <TextFindingView lang={props.lang} finding={f} />
          ))}
        </div>
      ) : null}
      {/* The share kit carries the checklist already; otherwise it closes every answer. */}
      {known.length === 0 ? <VerifyChecklist lang={props.lang} id="check-verify" level={3} /> : null}
      <ReportThis t={t} text={props.text} url={props.url} />
    </section>
  );
}
