// The review page's reply kit panel: the replies as members will copy them, whether a rebuttal
// has the 2–3 it needs, and each reply that trips the tone rules with a calmer wording. Approval
// runs the same checks (workers/editorial/replies.ts); this says why before the editor tries.
import { REBUTTAL_REPLIES_MIN, REPLIES_MAX, type ReplyToneProblem } from '../../../workers/editorial/replies';
import type { Translate } from '../../i18n';
import { toneWords } from './reply-fields';

export type ReplyCheck = { rebuttal: boolean; tone: ReplyToneProblem[] };

export function ReplyReviewPanel(props: { t: Translate; replies: readonly string[]; check: ReplyCheck }) {
  const { t, replies, check } = props;
  const count = replies.length;
  const short = check.rebuttal && (count < REBUTTAL_REPLIES_MIN || count > REPLIES_MAX);
  if (count === 0 && !check.rebuttal) return null;
  return (
    <section aria-labelledby="replies-h" class="panel reply-review" id="reply-review">
      <h2 id="replies-h">{t('replies.review.heading')}</h2>
      {short ? <p class="notice">{t('replies.review.needed', { count })}</p> : null}
      {count === 0 ? (
        <p class="muted">{t('replies.review.none')}</p>
      ) : (
        <ol class="reply-list">
          {replies.map((reply, i) => {
            const tone = check.tone.find((p) => p.index === i);
            return (
              <li>
                <p class="reply-text">{reply}</p>
                {tone ? <p class="field-error">{t('replies.tone.problem', { n: i + 1, words: toneWords(t, tone) })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      {count > 0 && check.tone.length === 0 ? <p class="muted">{t('replies.review.calm')}</p> : null}
    </section>
  );
}
