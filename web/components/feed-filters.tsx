import { CATEGORIES, PROVINCES } from '../../workers/geo/reference';
import { translator, type Lang } from '../i18n';

export type FeedFilterValues = { province?: string; category?: string; tag?: string; q?: string; campaign?: string };

/**
 * The feed's search box and filters: a plain GET form, so it works without JavaScript.
 * On a phone the search box is one row on top and province and category fold into one
 * `<details>` row (closed unless an error needs the reader there), so the first story
 * stays on the first screen. Fields inside a closed `<details>` are still submitted.
 */
export function FeedFilters(props: { lang: Lang; values: FeedFilterValues; invalid?: string[] }) {
  const t = translator(props.lang);
  const { values } = props;
  const invalid = new Set(props.invalid ?? []);
  const chosen = [values.province, values.category].filter(Boolean).length;
  const openFilters = invalid.has('province') || invalid.has('category');
  return (
    <form class="feed-filters" method="get" action="/" role="search" aria-labelledby="feed-filters-title">
      <h2 id="feed-filters-title" class="visually-hidden">
        {t('feed.filters')}
      </h2>
      {values.campaign ? <input type="hidden" name="campaign" value={values.campaign} /> : null}
      {values.tag ? <input type="hidden" name="tag" value={values.tag} /> : null}
      <div class="feed-search">
        <label for="feed-q" class="visually-hidden">
          {t('feed.search.label')}
        </label>
        <input
          type="search"
          id="feed-q"
          name="q"
          value={values.q ?? ''}
          maxlength={2048}
          placeholder={t('feed.search.placeholder')}
          aria-describedby="feed-q-hint"
          aria-invalid={invalid.has('q') ? 'true' : undefined}
        />
        <button type="submit" class="feed-search-button">
          {t('feed.search.submit')}
        </button>
        <p id="feed-q-hint" class="visually-hidden">
          {t('feed.search.hint')}
        </p>
      </div>
      <details class="feed-more-filters" open={openFilters}>
        <summary>
          {t('feed.filter.open')}
          {chosen > 0 ? <span class="feed-filter-count"> ({chosen})</span> : null}
        </summary>
        <div class="feed-filter-fields">
          <div class="field">
            <label for="feed-province">{t('feed.filter.province')}</label>
            <select id="feed-province" name="province" aria-invalid={invalid.has('province') ? 'true' : undefined}>
              <option value="">{t('feed.filter.provinceAll')}</option>
              {PROVINCES.map((p) => (
                <option value={p.code} selected={p.code === values.province}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="feed-category">{t('feed.filter.category')}</label>
            <select id="feed-category" name="category" aria-invalid={invalid.has('category') ? 'true' : undefined}>
              <option value="">{t('feed.filter.categoryAll')}</option>
              {CATEGORIES.map((c) => (
                <option value={c.code} selected={c.code === values.category}>
                  {props.lang === 'en' ? c.nameEn : c.nameVi}
                </option>
              ))}
            </select>
          </div>
          <div class="feed-filter-actions">
            <button type="submit">{t('feed.filter.submit')}</button>
          </div>
        </div>
      </details>
    </form>
  );
}
