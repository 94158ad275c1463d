import type { ShareChannel } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

export type HandoffProps = {
  lang: Lang;
  user: SessionUser | null;
  channel: ShareChannel;
  storyTitle: string;
  storySlug: string;
  /** The member's tracked link (`/l/<code>`). */
  trackedUrl: string;
  /** The network's share URL to forward to, or null when the member copies the link instead. */
  forwardTo: string | null;
  /** Shown for Zalo without an Official Account: copy the link, then open Zalo. */
  openZalo: string | null;
  caption: string;
};

const NETWORK_NAMES: Partial<Record<ShareChannel, string>> = { facebook: 'Facebook', x: 'X', telegram: 'Telegram', zalo: 'Zalo', messenger: 'Messenger' };

/**
 * What the share kit's no-JS form answers with (in a new tab): the tracked link, and
 * when there is a network to go to, a meta refresh to it. A form may not redirect
 * off-site itself (CSP `form-action 'self'` also covers redirects), a page may.
 */
export function HandoffPage(props: HandoffProps) {
  const t = translator(props.lang);
  const network = NETWORK_NAMES[props.channel] ?? '';
  const head = props.forwardTo ? <meta http-equiv="refresh" content={`0;url=${props.forwardTo}`} /> : null;
  return (
    <Layout lang={props.lang} title={t('share.handoff.title')} path={`/share/${props.storySlug}`} user={props.user} head={head}>
      <section class="share-handoff">
        <h1>{t('share.handoff.title')}</h1>
        <p>{props.storyTitle}</p>
        {props.forwardTo ? (
          <p>
            {t('share.handoff.redirecting', { network })}{' '}
            <a class="button" href={props.forwardTo} rel="noopener">
              {t('share.handoff.continue', { network })}
            </a>
          </p>
        ) : (
          <p>{t('share.handoff.copyHint')}</p>
        )}
        <label for="share-handoff-link">{t('share.handoff.linkLabel')}</label>
        <input type="url" id="share-handoff-link" readonly value={props.trackedUrl} />
        {props.caption ? (
          <>
            <label for="share-handoff-caption">{t('share.handoff.caption')}</label>
            <textarea id="share-handoff-caption" readonly rows={5}>
              {props.caption}
            </textarea>
          </>
        ) : null}
        {props.openZalo ? (
          <p>
            <a class="button" href={props.openZalo} rel="noopener">
              {t('share.handoff.openZalo')}
            </a>
          </p>
        ) : null}
        <p>
          <a href={`/stories/${props.storySlug}`}>{t('share.handoff.back')}</a>
        </p>
      </section>
    </Layout>
  );
}
