import type { Child } from 'hono/jsx';
import type { SessionUser } from '../../../workers/core/types';
import type { FeedItem } from '../../../workers/stories/present';
import { FeedFilters, type FeedFilterValues } from '../../components/feed-filters';
import { Layout } from '../../components/layout';
import { StoryCard } from '../../components/story-card';
import { translator, type Lang } from '../../i18n';

export type FeedPageProps = {
  lang: Lang;
  user: SessionUser | null;
  /** This page's path and query (without `lang`), for the language switch. */
  path: string;
  canonical: string;
  values: FeedFilterValues;
  items: FeedItem[];
  /** Search: results after `items` that match only once accents are removed (shown under "Kết quả gần đúng"). */
  approximate?: FeedItem[];
  pinned: FeedItem[];
  /** Link to the next page, when there is one. */
  nextHref: string | null;
  firstPage: boolean;
  /** Human names of the filters that could not be applied. */
  invalid?: string[];
  invalidFields?: string[];
  /** Above the feed, for signed-in readers: correction notices and their province's campaign (campaigns domain). */
  top?: Child;
  /** The campaign the feed is filtered on (`?campaign=`). */
  campaign?: { slug: string; title: string } | null;
};

/** `/`: the feed, its search box and filters, pinned stories on the first page, and a "more" link. */
export function FeedPage(props: FeedPageProps) {
  const t = translator(props.lang);
  const searching = props.values.q !== undefined;
  const pinnedIds = new Set(props.pinned.map((p) => p.id));
  // Pinned stories keep their place in the API's pages; on the page, show each card once.
  const items = props.firstPage ? props.items.filter((item) => !pinnedIds.has(item.id)) : props.items;
  const approximate = props.approximate ?? [];
  const listHeading = searching ? t('feed.search.results', { q: props.values.q ?? '' }) : props.firstPage ? t('feed.latest') : t('feed.results');
  return (
    <Layout
      lang={props.lang}
      title={t('feed.title')}
      description={t('feed.description')}
      canonical={props.canonical}
      path={props.path}
      user={props.user}
      current="/"
    >
      <div class="feed">
        {props.top}
        <header class="feed-header">
          <h1>{t('feed.heading')}</h1>
          <p class="feed-intro">{t('feed.intro')}</p>
        </header>
        <FeedFilters lang={props.lang} values={props.values} invalid={props.invalidFields} />
        {props.values.tag ? <p class="feed-active-tag">{t('feed.filter.tag', { tag: props.values.tag })}</p> : null}
        {props.campaign ? (
          <p class="feed-active-tag">
            {t('campaigns.feedFilter')} <a href={`/campaigns/${props.campaign.slug}`}>{props.campaign.title}</a>
          </p>
        ) : null}
        {props.invalid && props.invalid.length > 0 ? (
          <p class="notice" role="alert">
            {t('feed.invalid', { fields: props.invalid.join(', ') })}
          </p>
        ) : null}
        {props.pinned.length > 0 ? (
          <section class="feed-section feed-pinned" aria-labelledby="feed-pinned-title">
            <h2 id="feed-pinned-title">{t('feed.pinned')}</h2>
            <ul class="story-list" role="list">
              {props.pinned.map((item) => (
                <li>
                  <StoryCard item={item} lang={props.lang} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section class="feed-section" aria-labelledby="feed-list-title">
          <h2 id="feed-list-title">{listHeading}</h2>
          {items.length === 0 && props.pinned.length === 0 && approximate.length === 0 ? <p class="feed-empty">{t('feed.empty')}</p> : null}
          <ul class="story-list" role="list">
            {items.map((item) => (
              <li>
                <StoryCard item={item} lang={props.lang} />
              </li>
            ))}
          </ul>
        </section>
        {approximate.length > 0 ? (
          <section class="feed-section feed-approximate" aria-labelledby="feed-approximate-title">
            <h2 id="feed-approximate-title">{t('feed.search.approximate')}</h2>
            <p class="feed-approximate-hint">{t('feed.search.approximateHint')}</p>
            <ul class="story-list" role="list">
              {approximate.map((item) => (
                <li>
                  <StoryCard item={item} lang={props.lang} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {props.nextHref || !props.firstPage ? (
          <nav class="feed-pagination" aria-label={t('feed.pagination')}>
            {props.nextHref ? (
              <a class="button" rel="next" href={props.nextHref}>
                {t('feed.more')}
              </a>
            ) : null}
            {!props.firstPage ? <a href="/">{t('feed.backToStart')}</a> : null}
          </nav>
        ) : null}
      </div>
    </Layout>
  );
}
