// The story form's reply kit: three boxes (blanks are dropped on save), each with its counter,
// its own error and, when a box trips the tone rules, the words and a calmer wording beside it.
import type { FieldError } from '../../../workers/core/errors';
import { REPLIES_MAX, REPLY_MAX, type ReplyToneProblem } from '../../../workers/editorial/replies';
import type { Translate } from '../../i18n';
import type { PageError } from './page-error';

/** "“ngu” (nên viết: “chưa hiểu đúng”)", joined: the tone problem of one reply in words. */
export function toneWords(t: Translate, problem: ReplyToneProblem): string {
  return problem.words
    .map((word, i) => (problem.calmer[i] ? t('replies.tone.word', { word, calmer: problem.calmer[i] }) : t('replies.tone.wordOnly', { word })))
    .join(', ');
}

/** Why reply `index` was refused, in the page's language (the API's English message is the fallback). */
function replyError(t: Translate, index: number, value: string, errors: FieldError[], tone: ReplyToneProblem | undefined): string | null {
  const own = errors.find((e) => e.path === `replies.${index}`);
  const length = value.normalize('NFC').trim().length;
  if (length > REPLY_MAX) return t('replies.error.tooLong', { n: index + 1, length, max: REPLY_MAX });
  if (tone) return t('replies.tone.problem', { n: index + 1, words: toneWords(t, tone) });
  return own ? t('replies.error.other', { n: index + 1, message: own.message }) : null;
}

export type ReplyFieldsProps = {
  t: Translate;
  values: readonly string[];
  error?: PageError;
  /** The story is some case's rebuttal: 2–3 replies are needed before approval. */
  rebuttal?: boolean;
  /** Tone problems of the replies shown (checked on every render, so the writer sees them before review). */
  tone?: readonly ReplyToneProblem[];
};

export function ReplyFields(props: ReplyFieldsProps) {
  const { t } = props;
  const errors = props.error?.errors ?? [];
  const countError = errors.find((e) => e.path === 'replies');
  const count = props.values.filter((r) => r.trim() !== '').length;
  const boxes = Array.from({ length: REPLIES_MAX }, (_, i) => props.values[i] ?? '');
  return (
    <fieldset id="f-replies" class={countError ? 'reply-fields field-invalid' : 'reply-fields'} aria-describedby="f-replies-help">
      <legend>{t('replies.field.legend')}</legend>
      <p class="field-help" id="f-replies-help">
        {t(props.rebuttal ? 'replies.field.helpRebuttal' : 'replies.field.help', { max: REPLY_MAX })}
      </p>
      {countError ? (
        <p class="field-error" id="f-replies-error">
          {t('replies.error.count', { count })}
        </p>
      ) : null}
      {boxes.map((value, i) => {
        const id = `f-reply-${i}`;
        const label = t('replies.field.label', { n: i + 1 });
        const tone = props.tone?.find((p) => p.index === i);
        const problem = replyError(t, i, value, errors, tone);
        const described = [problem ? `${id}-error` : null, `${id}-count`].filter(Boolean).join(' ');
        return (
          <div class={problem ? 'field field-invalid reply-field' : 'field reply-field'}>
            <label for={id}>{label}</label>
            {problem ? (
              <p class="field-error" id={`${id}-error`}>
                {problem}
              </p>
            ) : null}
            <textarea id={id} name="replies" rows={3} aria-describedby={described} aria-invalid={problem ? 'true' : undefined}>
              {value}
            </textarea>
            <p
              class="char-count"
              id={`${id}-count`}
              data-count-for={id}
              data-max={String(REPLY_MAX)}
              data-template={t('wr.count', { n: '{n}', max: '{max}' })}
              data-near={t('wr.count.near', { field: label, left: '{left}' })}
              data-over={t('wr.count.over', { field: label, over: '{over}' })}
            >
              <span class="char-count-text">{t('wr.count', { n: value.normalize('NFC').length, max: REPLY_MAX })}</span>
              <span class="visually-hidden" aria-live="polite" data-count-live></span>
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
