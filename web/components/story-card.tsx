import { categoryName } from '../../workers/geo/reference';
import type { FeedItem } from '../../workers/stories/present';
import { translator, type Lang } from '../i18n';
import { formatDate } from './date';
import { StoryThumb } from './story-thumb';

/**
 * A feed item as a Vietnamese news list shows it on a phone: the thumbnail beside the title
 * (above it for the `lead` item), the summary on one line, then province · date · category.
 * The title's link covers the whole card (feed.css), so a thumb can tap anywhere on it.
 * `eager`: the first items load their picture at once; the rest lazily.
 */
export function StoryCard(props: { item: FeedItem; lang: Lang; eager?: boolean; lead?: boolean }) {
  const { item, lang } = props;
  const t = translator(lang);
  const headingId = `story-${item.id}`;
  return (
    <article class={props.lead ? 'story-card story-card-lead' : 'story-card'} aria-labelledby={headingId}>
      <div class={`story-card-thumb thumb-cat-${item.category}`}>
        <StoryThumb thumb={item.thumbnail} eager={props.eager} />
      </div>
      <h3 class="story-card-title" id={headingId}>
        <a href={`/stories/${item.slug}`}>{item.title}</a>
      </h3>
      {item.summary ? <p class="story-card-summary">{item.summary}</p> : null}
      <p class="story-card-meta">
        <span class="story-card-province">{item.province.name}</span>
        <span aria-hidden="true"> · </span>
        <span class="visually-hidden">{t('card.published')}: </span>
        <time datetime={item.publishedAt}>{formatDate(Date.parse(item.publishedAt), lang)}</time>
        <span aria-hidden="true"> · </span>
        <span class={`story-card-category cat-${item.category}`}>{categoryName(item.category, lang)}</span>
      </p>
    </article>
  );
}
