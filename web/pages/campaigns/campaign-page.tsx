import { campaignCaption } from '../../../workers/campaigns/captions';
import type { CampaignStoryView, CampaignView } from '../../../workers/campaigns/campaigns.view';
import type { SessionUser } from '../../../workers/core/types';
import type { MemberNotice } from '../../../workers/notices/notices.queries';
import { CampaignProgressBars } from '../../components/campaign-progress';
import { CorrectionNoticeBanner } from '../../components/correction-notices';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { CampaignFacts } from './campaign-card';

export type CampaignPageProps = {
  lang: Lang;
  path: string;
  canonical: string;
  user: SessionUser | null;
  notices: MemberNotice[];
  campaign: CampaignView;
  stories: CampaignStoryView[];
  provinceNames: Map<string, string>;
};

/** `/campaigns/:slug`: what the campaign is, how far it went, and its stories in order, each ready to share. */
export function CampaignPage(props: CampaignPageProps) {
  const t = translator(props.lang);
  const c = props.campaign;
  const shareable = c.phase === 'running';
  return (
    <Layout lang={props.lang} title={c.title} description={c.description} canonical={props.canonical} path={props.path} user={props.user}>
      <CorrectionNoticeBanner lang={props.lang} notices={props.notices} back={props.path} />
      <article class="campaign">
        <h1>{c.title}</h1>
        {c.coverKey ? <img class="campaign-cover" src={`/media/${c.coverKey}`} alt={c.coverAlt ?? ''} width={1200} height={630} /> : null}
        <CampaignFacts lang={props.lang} campaign={c} provinceNames={props.provinceNames} />
        {c.description ? <p class="campaign-description">{c.description}</p> : null}
        {c.hashtags.length > 0 && shareable ? <p class="muted">{t('campaigns.hashtagsHint')}</p> : null}

        {c.lesson ? (
          <section class="campaign-lesson" aria-labelledby="campaign-lesson-heading">
            <h2 id="campaign-lesson-heading">{t('ld.campaign.block')}</h2>
            <p>{t('ld.campaign.blockLead')}</p>
            <p>
              <a class="button secondary" href={c.lesson.url}>
                {c.lesson.title}
              </a>
            </p>
          </section>
        ) : null}

        <section aria-labelledby="campaign-progress-heading">
          <h2 id="campaign-progress-heading">{t('campaigns.progress')}</h2>
          <CampaignProgressBars lang={props.lang} progress={c.progress} idPrefix="campaign-progress" />
        </section>

        <section aria-labelledby="campaign-stories-heading">
          <h2 id="campaign-stories-heading">{t('campaigns.stories')}</h2>
          {props.stories.length === 0 ? <p>{t('campaigns.storiesEmpty')}</p> : null}
          <ol class="campaign-stories">
            {props.stories.map((story) => (
              <li class="campaign-story">
                <h3>
                  <a href={story.url}>{story.title}</a>
                </h3>
                {story.summary ? <p>{story.summary}</p> : null}
                {shareable ? (
                  <div class="campaign-share">
                    <p class="campaign-share-label">{t('campaigns.shareCaption')}</p>
                    <blockquote class="campaign-caption">{campaignCaption(c.hashtags, story)}</blockquote>
                    <p class="muted">{t('campaigns.shareLater')}</p>
                    <a class="button" href={`/share/${story.slug}?campaign=${encodeURIComponent(c.slug)}`}>
                      {t('campaigns.shareOpen')}
                      <span class="visually-hidden">: {story.title}</span>
                    </a>
                  </div>
                ) : (
                  <a href={story.url}>{t('campaigns.read')}</a>
                )}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </Layout>
  );
}
