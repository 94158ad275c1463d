import type { FeedItem } from '../../workers/stories/present';
import { translator, type Lang } from '../i18n';
import { DateText } from './date';
import { StoryThumb } from './story-thumb';

/**
 * "Đọc và chia sẻ tiếp": up to three related stories as small items (thumbnail, title,
 * province and date), so a reader who just shared has the next story at hand.
 */
export function RelatedStories(props: { lang: Lang; items: FeedItem[] }) {
  const t = translator(props.lang);
  return (
    <section class="related" aria-labelledby="related-title" data-related="">
      <h2 id="related-title">{t('story.related')}</h2>
      <ul class="related__list" role="list">
        {props.items.map((item) => (
          <li class="related__item">
            <a class="related__link" href={`/stories/${item.slug}`} lang="vi">
              <StoryThumb thumb={item.thumbnail} />
              <span class="related__text">
                <span class="related__title">{item.title}</span>
                <span class="related__meta">
                  {item.province.name} · <DateText ms={Date.parse(item.publishedAt)} lang={props.lang} />
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
