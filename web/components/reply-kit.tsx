// "Trả lời bài sai sự thật": a rebuttal's suggested replies, first in its share kit. Without
// JavaScript each reply is plain, selectable text that already ends with the story's link; with
// /js/share-kit.js a button copies it (with the member's tracked link instead of the page link,
// so the reply counts as a share). A reply that already carries the link is copied as written.
import { fitsX, hasLink, replyWithLink } from '../../workers/editorial/replies';
import type { Translate } from '../i18n';

export type ReplyKitProps = {
  t: Translate;
  replies: readonly string[];
  /** The story's public URL (appended to a reply that lacks it). */
  link: string;
  storyId: number;
};

export function ReplyKit(props: ReplyKitProps) {
  const { t } = props;
  const replies = props.replies.map((r) => r.trim()).filter(Boolean);
  if (replies.length === 0) return null;
  return (
    <section class="reply-kit" aria-labelledby="reply-kit-title" data-reply-kit="">
      <h2 class="reply-kit__title" id="reply-kit-title">
        {t('replies.kit.title')}
      </h2>
      <p class="muted" id="reply-kit-intro">
        {t('replies.kit.intro')}
      </p>
      <ol class="reply-kit__list">
        {replies.map((reply, i) => {
          const text = replyWithLink(reply, props.link);
          const id = `reply-${props.storyId}-${i}`;
          return (
            <li class="reply-kit__item">
              <p class="reply-kit__label" id={`${id}-label`}>
                {t('replies.kit.label', { n: i + 1 })}
              </p>
              <p class="reply-kit__text" id={id} aria-labelledby={`${id}-label`} data-reply-text={reply} data-reply-linked={hasLink(reply, [props.link]) ? 'yes' : undefined}>
                {text}
              </p>
              {fitsX(text) ? null : <p class="reply-kit__note muted">{t('replies.kit.longForX')}</p>}
              <button type="button" class="button secondary reply-kit__copy" data-copy-reply={id} aria-describedby={`${id}-label`} hidden>
                {t('replies.kit.copy', { n: i + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <p class="muted reply-kit__hint" data-reply-hint="">
        {t('replies.kit.selectHint')}
      </p>
      <p class="reply-kit__status" role="status" aria-live="polite" data-reply-status="" data-msg-copied={t('replies.kit.copied')} data-msg-failed={t('replies.kit.failed')}></p>
    </section>
  );
}
