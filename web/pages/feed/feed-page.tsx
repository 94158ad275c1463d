import type { Child } from 'hono/jsx';
import type { SessionUser } from '../../../workers/core/types';
import type { FeedItem } from '../../../workers/stories/present';
import { tagLabelFromSlug } from '../../../workers/stories/tag-names';
import { FeedFilters, type FeedFilterValues } from '../../components/feed-filters';
import { Layout } from '../../components/layout';
import { FeedChips } from '../../components/feed-chips';
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

/** The signed-in top slot (notices, campaign) goes after this many stories when nothing is pinned. */
const TOP_AFTER = 2;

/** The name of tag `slug` as the items carry it ("Tình nguyện"); the feed needs no query of its own for it. */
function tagNameIn(items: FeedItem[], slug: string): string | undefined {
  for (const item of items) {
    const at = item.tags.indexOf(slug);
    if (at >= 0) return item.tagNames[at];
  }
  return undefined;
}

/** Stories as a list; `from` is the index of the first on the page: the very first leads, the first two load eagerly. */
function StoryList(props: { items: FeedItem[]; lang: Lang; from: number }) {
  if (props.items.length === 0) return null;
  return (
    <ul class="story-list" role="list">
      {props.items.map((item, i) => (
        <li>
          <StoryCard item={item} lang={props.lang} eager={props.from + i < 2} lead={props.from + i === 0} />
        </li>
      ))}
    </ul>
  );
}

/** `/`: the feed, its search box and filters, pinned stories on the first page, and a "more" link. */
export function FeedPage(props: FeedPageProps) {
  const t = translator(props.lang);
  const searching = props.values.q !== undefined;
  const pinnedIds = new Set(props.pinned.map((p) => p.id));
  // Pinned stories keep their place in the API's pages; on the page, show each card once.
  const items = props.firstPage ? props.items.filter((item) => !pinnedIds.has(item.id)) : props.items;
  const approximate = props.approximate ?? [];
  const hasPinned = props.firstPage && props.pinned.length > 0;
  const top = props.top ? <div class="feed-top">{props.top}</div> : null;
  const tagName = props.values.tag ? (tagNameIn([...props.pinned, ...items], props.values.tag) ?? tagLabelFromSlug(props.values.tag)) : undefined;
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
        <header class="feed-header">
          <h1>{t('feed.heading')}</h1>
          <p class="feed-intro">{t('feed.intro')}</p>
        </header>
        <FeedFilters lang={props.lang} values={props.values} invalid={props.invalidFields} />
        <FeedChips lang={props.lang} values={props.values} names={{ tag: tagName, campaign: props.campaign?.title }} />
        {props.campaign ? (
          <p class="feed-active-campaign">
            {t('campaigns.feedFilter')} <a href={`/campaigns/${props.campaign.slug}`}>{props.campaign.title}</a>
          </p>
        ) : null}
        {props.invalid && props.invalid.length > 0 ? (
          <p class="notice" role="alert">
            {t('feed.invalid', { fields: props.invalid.join(', ') })}
          </p>
        ) : null}
        {hasPinned ? (
          <section class="feed-section feed-pinned" aria-labelledby="feed-pinned-title">
            <h2 id="feed-pinned-title">{t('feed.pinned')}</h2>
            <StoryList items={props.pinned} lang={props.lang} from={0} />
          </section>
        ) : null}
        {/* Notices and the reader's campaign come after the first stories, never in their way. */}
        {hasPinned ? top : null}
        <section class="feed-section" aria-labelledby="feed-list-title">
          <h2 id="feed-list-title">{listHeading}</h2>
          {items.length === 0 && !hasPinned && approximate.length === 0 ? <p class="feed-empty">{t('feed.empty')}</p> : null}
          {hasPinned || !top ? (
            <StoryList items={items} lang={props.lang} from={props.pinned.length} />
          ) : (
            <>
              <StoryList items={items.slice(0, TOP_AFTER)} lang={props.lang} from={0} />
              {top}
              <StoryList items={items.slice(TOP_AFTER)} lang={props.lang} from={TOP_AFTER} />
            </>
          )}
        </section>
        {approximate.length > 0 ? (
          <section class="feed-section feed-approximate" aria-labelledby="feed-approximate-title">
            <h2 id="feed-approximate-title">{t('feed.search.approximate')}</h2>
            <p class="feed-approximate-hint">{t('feed.search.approximateHint')}</p>
            <StoryList items={approximate} lang={props.lang} from={items.length} />
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
