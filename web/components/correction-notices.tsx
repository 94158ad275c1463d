import { vnDay } from '../../workers/core/time';
import type { MemberNotice, StoryCorrection } from '../../workers/notices/notices.queries';
import { translator, type Lang } from '../i18n';
import { formatDay } from '../pages/campaigns/format';

function dayOf(lang: Lang, iso: string): string {
  return formatDay(lang, vnDay(Date.parse(iso)));
}

/** One notice with its dismiss form (plain POST, back to `back`): the banner's items and `/me`'s list. */
export function CorrectionNoticeItem(props: { lang: Lang; notice: MemberNotice; back: string }) {
  const t = translator(props.lang);
  const n = props.notice;
  return (
    <li class="notice correction-notice">
      <p>
        <strong>{t(n.kind === 'withdrawn' ? 'notices.withdrawn' : 'notices.corrected', { title: n.story.title })}</strong>{' '}
        <time datetime={n.correctedAt}>{dayOf(props.lang, n.correctedAt)}</time>
      </p>
      {n.note ? <p class="correction-note-text">{n.note}</p> : null}
      <p>{t('notices.advice')}</p>
      <div class="correction-notice-actions">
        {n.story.url ? <a href={n.story.url}>{t('notices.read')}</a> : null}
        <form method="post" action={`/notices/${n.id}/seen`} class="inline-form">
          <input type="hidden" name="back" value={props.back} />
          <button type="submit" class="button secondary">
            {t('notices.seen')}
          </button>
        </form>
      </div>
    </li>
  );
}

/**
 * "A story you shared was corrected / withdrawn": shown to a signed-in member on
 * their next visit. Pair it with `unseenNoticesFor(db, user.id)`; renders nothing
 * when there are none. Each notice has a plain form to dismiss it (works without JS).
 * `back`: the path of the page, to return to after dismissing.
 */
export function CorrectionNoticeBanner(props: { lang: Lang; notices: MemberNotice[]; back: string }) {
  if (props.notices.length === 0) return null;
  const t = translator(props.lang);
  return (
    <section class="correction-notices" aria-labelledby="correction-notices-heading">
      <h2 id="correction-notices-heading" class="visually-hidden">
        {t('notices.region')}
      </h2>
      <ul>
        {props.notices.map((n) => (
          <CorrectionNoticeItem lang={props.lang} notice={n} back={props.back} />
        ))}
      </ul>
    </section>
  );
}

/**
 * The dated correction notes on a story page. Pair it with `correctionsForStory(db, story.id)`;
 * renders nothing for a story never corrected.
 */
export function CorrectionNotes(props: { lang: Lang; corrections: StoryCorrection[] }) {
  if (props.corrections.length === 0) return null;
  const t = translator(props.lang);
  return (
    // A section, not an aside: the story page places it inside its own aside.
    <section class="story-corrections" aria-labelledby="story-corrections-heading">
      <h2 id="story-corrections-heading">{t('corrections.heading')}</h2>
      <ul>
        {props.corrections.map((c) => (
          <li>
            <p>
              <strong>
                <time datetime={c.createdAt}>
                  {t(c.kind === 'withdrawn' ? 'corrections.withdrawn' : 'corrections.corrected', { date: dayOf(props.lang, c.createdAt) })}
                </time>
              </strong>
            </p>
            {c.note ? <p>{c.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
