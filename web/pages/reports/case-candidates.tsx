// "Có thể cùng nội dung" on a case: the other cases that may carry the same claim, with what
// they say (matched words marked), how alike, and one form per action (no JavaScript needed):
// merge (the button names which case is kept), "not the same claim", and, for cases merged
// into this one or this case itself, "Tách lại" (split again).
import type { DeskCandidate } from '../../../workers/claims/candidates.queries';
import { highlightWords } from '../../../workers/claims/highlight';
import { shownUrl } from '../../../workers/reports/claim-key';
import type { Lang } from '../../i18n';
import { translator } from '../../i18n';
import { term } from '../../i18n/glossary';
import { vnDateTime } from './format';

const percent = (score: number) => `${Math.round(score * 100)}%`;

function OtherText(props: { c: DeskCandidate; lang: Lang }) {
  const t = translator(props.lang);
  const { other, matchedWords } = props.c;
  if (other.text) {
    return (
      <p class="candidate-text">
        {highlightWords(other.text, matchedWords).map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}
      </p>
    );
  }
  const url = shownUrl(other.canonicalUrl);
  return <p class="candidate-text muted">{url ? <span class="reported-url">{url}</span> : t('claims.noText')}</p>;
}

export function CandidatesSection(props: { lang: Lang; caseId: number; candidates: DeskCandidate[] }) {
  const t = translator(props.lang);
  if (props.candidates.length === 0) return null;
  return (
    <section class="case-candidates" aria-labelledby="candidates-h">
      <h2 id="candidates-h">{t('claims.heading')}</h2>
      <p class="hint">{t('claims.intro')}</p>
      <ul class="candidate-list">
        {props.candidates.map((c) => {
          const here = c.merge.targetId === props.caseId;
          const base = `/editor/cases/${props.caseId}/candidates/${c.matchId}`;
          return (
            <li class="candidate" data-match-id={c.matchId}>
              <p class="candidate-head">
                <a href={`/editor/cases/${c.other.id}`}>{t('claims.other', { id: c.other.id })}</a>{' '}
                <span class={`badge status-${c.other.status}`}>{term(props.lang, 'caseStatus', c.other.status)}</span>{' '}
                <span class="muted">{t('claims.reports', { count: c.other.reportCount })}</span>
              </p>
              <OtherText c={c} lang={props.lang} />
              <p class="candidate-score">
                <strong>{t('claims.score', { percent: percent(c.score) })}</strong>
                {' · '}
                {c.methods.map((m) => t(`claims.method.${m}`)).join(', ')}
              </p>
              {c.matchedWords.length > 0 ? (
                <p class="candidate-words">
                  <span class="muted">{t('claims.matchedWords')}:</span> {c.matchedWords.join(', ')}
                </p>
              ) : null}
              <div class="candidate-actions">
                <form method="post" action={`${base}/accept`}>
                  <button type="submit">{here ? t('claims.mergeHere', { id: c.other.id }) : t('claims.mergeThere', { id: c.other.id })}</button>
                  <p class="hint">{t(c.merge.reason === 'decided' ? 'claims.keep.decided' : 'claims.keep.older', { id: c.merge.targetId })}</p>
                </form>
                <form method="post" action={`${base}/reject`}>
                  <button type="submit" class="secondary" aria-label={t('claims.rejectLabel', { id: c.other.id })}>
                    {t('claims.reject')}
                  </button>
                </form>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export type UndoableMerge = { sourceId: number; createdAt: number };

/** On the case that was kept: each recorded merge into it can be split again. */
export function MergedInSection(props: { lang: Lang; caseId: number; merges: UndoableMerge[] }) {
  const t = translator(props.lang);
  if (props.merges.length === 0) return null;
  return (
    <section class="case-merged-in" aria-labelledby="merged-in-h">
      <h2 id="merged-in-h">{t('claims.unmerge.heading')}</h2>
      <p class="hint">{t('claims.unmerge.help')}</p>
      <ul class="merged-in-list">
        {props.merges.map((m) => (
          <li>
            <a href={`/editor/cases/${m.sourceId}`}>{t('claims.unmerge.item', { id: m.sourceId, at: vnDateTime(m.createdAt) })}</a>
            <form method="post" action={`/editor/cases/${m.sourceId}/unmerge`}>
              <input type="hidden" name="back" value={String(props.caseId)} />
              <button type="submit" class="secondary">
                {t('claims.unmerge', { id: m.sourceId })}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a merged case whose merge was recorded: split it out again from here. */
export function UnmergeSelf(props: { lang: Lang; caseId: number }) {
  const t = translator(props.lang);
  return (
    <form class="case-form" method="post" action={`/editor/cases/${props.caseId}/unmerge`}>
      <input type="hidden" name="back" value={String(props.caseId)} />
      <button type="submit" class="secondary">
        {t('claims.unmerge.self')}
      </button>
    </form>
  );
}
