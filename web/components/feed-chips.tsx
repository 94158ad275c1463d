import { categoryName, provinceOf } from '../../workers/geo/reference';
import { translator, type Lang } from '../i18n';
import type { FeedFilterValues } from './feed-filters';

/** The feed's filters in the order its links write them (the same order as the routes' feedHref). */
const KEYS = ['q', 'province', 'category', 'tag', 'campaign'] as const;
type FilterKey = (typeof KEYS)[number];

/**
 * The feed with every filter of `values` but `without`: a chip's link. No cursor, so
 * removing a filter starts at the top.
 *
 * @example
 * feedHrefWithout({ province: 'HNI', tag: 'tinh-nguyen' }, 'province') // '/?tag=tinh-nguyen'
 */
export function feedHrefWithout(values: FeedFilterValues, without: FilterKey): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = values[key];
    if (key !== without && value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

export type FeedChipNames = {
  /** The tag's human name ("Tình nguyện"), when the tag filter is on. */
  tag?: string;
  /** The campaign's title, when the campaign filter is on. */
  campaign?: string;
};

/**
 * Active filters as removable chips: each one a link to the same feed without it, shown
 * "Hà Nội ✕" and named "Bỏ lọc: Hà Nội" for a screen reader, and "Bỏ lọc" for all of them. Renders nothing
 * when no filter is on.
 */
export function FeedChips(props: { lang: Lang; values: FeedFilterValues; names: FeedChipNames }) {
  const t = translator(props.lang);
  const { values } = props;
  const label = (key: FilterKey, value: string): string => {
    switch (key) {
      case 'province':
        return provinceOf(value).name;
      case 'category':
        return categoryName(value, props.lang);
      case 'tag':
        return props.names.tag ?? value;
      case 'campaign':
        return props.names.campaign ?? value;
      case 'q':
        return `“${value}”`;
    }
  };
  const active = KEYS.filter((key) => values[key]);
  if (active.length === 0) return null;
  return (
    <nav class="feed-chips" aria-label={t('feed.chips')}>
      <ul role="list">
        {active.map((key) => {
          const text = label(key, values[key] ?? '');
          return (
            <li>
              <a class="feed-chip" href={feedHrefWithout(values, key)}>
                {/* The name is the visible text with "Bỏ lọc:" before it (WCAG 2.5.3: the label is in the name). */}
                <span class="visually-hidden">{`${t('feed.chip.remove')} `}</span>
                {text}
                <span class="feed-chip-x" aria-hidden="true">
                  ✕
                </span>
              </a>
            </li>
          );
        })}
        <li>
          <a class="feed-filter-reset" href="/">
            {t('feed.filter.reset')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
