import type { ShareCampaign } from '../../../workers/campaigns/campaign-share';
import type { CardMeta } from '../../../workers/cards/card-meta';
import type { SessionUser } from '../../../workers/core/types';
import { CardMetaTags } from '../../components/card-meta-tags';
import { Layout } from '../../components/layout';
import { ShareKit, type ShareKitStory } from '../../components/share-kit';
import { translator, type Lang } from '../../i18n';

export type SharePageProps = {
  lang: Lang;
  user: SessionUser | null;
  story: ShareKitStory & { categoryName: string; provinceName: string };
  card: CardMeta;
  /** Absolute URL of the story page (canonical, og:url). */
  storyUrl: string;
  zaloOaId?: string;
  /** Opened from a running campaign: shares are credited to it and carry its hashtags. */
  campaign?: ShareCampaign | null;
};

/**
 * `/share/:slug`: one story's share kit on a page of its own, for links from
 * campaigns and editors' tools ("share this today"). Carries the story's Open Graph tags.
 */
export function SharePage(props: SharePageProps) {
  const t = translator(props.lang);
  const { story } = props;
  const description = story.summary || story.title;
  const head = (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={t('site.name')} />
      <meta property="og:title" content={story.title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={props.storyUrl} />
      <meta property="og:locale" content={props.lang === 'vi' ? 'vi_VN' : 'en_US'} />
      <CardMetaTags meta={props.card} />
    </>
  );
  return (
    <Layout
      lang={props.lang}
      title={`${t('share.kit.title')}: ${story.title}`}
      description={description}
      canonical={props.storyUrl}
      head={head}
      path={`/share/${story.slug}${props.campaign ? `?campaign=${props.campaign.slug}` : ''}`}
      user={props.user}
      scripts={['/js/share-kit.js']}
    >
      <article class="share-page">
        <header>
          <h1>{story.title}</h1>
          <p>
            {story.categoryName} · {story.provinceName}
          </p>
        </header>
        {story.summary ? <p>{story.summary}</p> : null}
        <p>
          <a href={`/stories/${story.slug}`}>{t('share.page.readStory')}</a>
        </p>
        <ShareKit lang={props.lang} story={story} card={props.card} zaloOaId={props.zaloOaId} campaign={props.campaign ?? undefined} open />
      </article>
    </Layout>
  );
}
