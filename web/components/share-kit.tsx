import type { ShareCampaign } from '../../workers/campaigns/campaign-share';
import { mergeHashtags } from '../../workers/campaigns/captions';
import type { CardMeta } from '../../workers/cards/card-meta';
import { captionWithHashtags, suggestedCaptions, ZALO_HOME, zaloModeFor } from '../../workers/share/share-links';
import { translator, type Lang } from '../i18n';
import { ReplyKit } from './reply-kit';
import { ShareBar, ZaloPasteHint } from './share-bar';
import { VerifyChecklist } from './verify-checklist';

export type ShareKitStory = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  captions: readonly string[];
  hashtags: readonly string[];
  /** The reply kit (a rebuttal's suggested replies), shown first when there are any. */
  replies?: readonly string[];
  /** The story's public URL, appended to a reply that lacks it (the reply kit needs it). */
  url?: string;
};

export type ShareKitProps = {
  lang: Lang;
  story: ShareKitStory;
  /** From `cardMetaFor(…)`: the preview and the download links. */
  card: CardMeta;
  /** `env.ZALO_OA_ID`: Zalo's share link when set, otherwise copy link + open Zalo. */
  zaloOaId?: string;
  /** Kept for callers: the kit is always open now (under a story and on the share page alike). */
  open?: boolean;
  /** The bar of share actions fixed to the bottom of the screen (the story page). */
  bar?: boolean;
  /** Sharing from a running campaign: its hashtags join every caption and the share is credited to it. */
  campaign?: ShareCampaign;
};

const NETWORKS = ['facebook', 'x', 'telegram', 'zalo'] as const;
const FORM_ID = 'share-kit-form';

/**
 * The share kit under a story, open (never folded): card preview and downloads, editable
 * captions with hashtags, one button per network (Messenger on touch screens only) and the
 * "verify before you share" list; with `bar`, the quick actions fixed to the screen's bottom.
 *
 * Without JS it is a form posting to `/share` (opens a hand-off page in a new tab that
 * forwards to the network with a fresh tracked link). `/js/share-kit.js` upgrades it:
 * copy buttons, tracked links through `POST /api/shares`, Zalo copy-and-open, Web Share.
 * Pages that render it must load `/js/share-kit.js`.
 */
export function ShareKit(props: ShareKitProps) {
  const t = translator(props.lang);
  const { story, card } = props;
  const hashtags = mergeHashtags(story.hashtags, props.campaign?.hashtags ?? []);
  const captions = suggestedCaptions(story).map((c) => captionWithHashtags(c, hashtags));
  const zaloMode = zaloModeFor(props.zaloOaId);
  return (
    <section
      class="share-kit"
      aria-labelledby="share-kit-title"
      data-share-kit=""
      data-story={String(story.id)}
      data-campaign={props.campaign ? String(props.campaign.id) : undefined}
      data-title={story.title}
      data-zalo-mode={zaloMode}
      data-card-url={card.square.url}
      data-msg-copied={t('share.status.copied')}
      data-msg-caption-copied={t('share.status.captionCopied')}
      data-msg-zalo-copied={t('share.status.zaloCopied')}
      data-msg-failed={t('share.status.failed')}
      data-msg-tap-again={t('share.status.tapAgain')}
      data-msg-sheet-zalo={t('share.status.sheetZalo')}
    >
      {props.bar ? <ShareBar t={t} formId={FORM_ID} /> : null}
      {zaloMode === 'copy' ? <ZaloPasteHint t={t} zaloUrl={ZALO_HOME} aboveBar={props.bar === true} /> : null}
      {story.replies?.length && story.url ? <ReplyKit t={t} replies={story.replies} link={story.url} storyId={story.id} /> : null}
      <div class="share-kit__panel">
        <h2 class="share-kit__title" id="share-kit-title">
          {t('share.kit.title')}
        </h2>
        <div class="share-kit__body">
          <p class="muted">{t('share.kit.intro')}</p>
          {props.campaign ? <p class="share-kit__campaign">{t('campaigns.shareIn', { title: props.campaign.title })}</p> : null}
          <figure class="share-kit__card">
            <img src={card.og.url} alt={card.og.alt} width={card.og.width} height={card.og.height} loading="lazy" />
            <figcaption class="muted">{t('share.card.preview')}</figcaption>
          </figure>
          <VerifyChecklist lang={props.lang} id={`share-check-${story.id}`} level={3} />
          <form class="share-kit__form" id={FORM_ID} method="post" action="/share" target="_blank" data-share-form="">
            <input type="hidden" name="story" value={String(story.id)} />
            {props.campaign ? <input type="hidden" name="campaign" value={String(props.campaign.id)} /> : null}
            <fieldset class="share-kit__captions">
              <legend>{t('share.captions.legend')}</legend>
              <p class="muted" id="share-captions-hint">
                {t('share.captions.hint')}
              </p>
              {captions.map((caption, i) => (
                <div class="share-kit__caption">
                  <div class="share-kit__pick">
                    <input type="radio" name="use" value={String(i)} id={`share-use-${i}`} checked={i === 0} />
                    <label for={`share-use-${i}`}>{t('share.captions.use', { n: i + 1 })}</label>
                  </div>
                  <textarea
                    name="caption"
                    id={`share-caption-${i}`}
                    rows={5}
                    aria-label={t('share.captions.label', { n: i + 1 })}
                    aria-describedby="share-captions-hint"
                  >
                    {caption}
                  </textarea>
                  <button type="button" class="button secondary" data-copy-caption={String(i)} hidden>
                    {t('share.captions.copy', { n: i + 1 })}
                  </button>
                </div>
              ))}
            </fieldset>
            <div class="share-kit__channels" role="group" aria-label={t('share.channels.label')}>
              {NETWORKS.map((network) => (
                <button type="submit" name="channel" value={network} class={`share-btn share-btn--${network}`} data-channel={network}>
                  {t(`share.channel.${network}`)}
                  <span class="visually-hidden"> {t('share.newTab')}</span>
                </button>
              ))}
              {/* fb-messenger:// only works where the Messenger app is: shown on touch screens (share.css). */}
              <button type="submit" name="channel" value="messenger" class="share-btn share-btn--messenger" data-channel="messenger">
                {t('share.channel.messenger')}
              </button>
              <button type="submit" name="channel" value="copy" class="share-btn share-btn--copy" data-channel="copy">
                {t('share.channel.copy')}
              </button>
              <button type="button" class="share-btn share-btn--webshare" data-webshare="" hidden>
                {t('share.channel.webshare')}
              </button>
            </div>
            <p class="share-kit__status" role="status" aria-live="polite" data-share-status=""></p>
          </form>
          <p class="share-kit__downloads">
            <a href={card.og.url} download={`lan-toa-${story.slug}.png`} data-download="">
              {t('share.card.downloadOg')}
            </a>
            <a href={card.square.url} download={`lan-toa-${story.slug}-vuong.png`} data-download="">
              {t('share.card.downloadSquare')}
            </a>
          </p>
        </div>
      </div>
    </section>
  );
}
