import { categoryName } from '../../workers/geo/reference';
import type { FeedItem } from '../../workers/stories/present';
import { translator, type Lang } from '../i18n';
import { formatDate } from './date';

/** A feed card: category, title (the link), summary, province and date. */
export function StoryCard(props: { item: FeedItem; lang: Lang }) {
  const { item, lang } = props;
  const t = translator(lang);
  const headingId = `story-${item.id}`;
  return (
    <article class="story-card" aria-labelledby={headingId}>
      <p class="story-card-kicker">
        <span class={`badge badge-cat-${item.category}`}>{categoryName(item.category, lang)}</span>
      </p>
      <h3 class="story-card-title" id={headingId}>
        <a href={`/stories/${item.slug}`}>{item.title}</a>
      </h3>
      <p class="story-card-summary">{item.summary}</p>
      <p class="story-card-meta">
        <span class="story-card-province">{item.province.name}</span>
        <span aria-hidden="true"> · </span>
        <span class="visually-hidden">{t('card.published')}: </span>
        <time datetime={item.publishedAt}>{formatDate(Date.parse(item.publishedAt), lang)}</time>
      </p>
    </article>
  );
}
