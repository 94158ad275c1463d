import { CATEGORIES, PROVINCES } from '../../workers/geo/reference';
import { translator, type Lang } from '../i18n';

export type FeedFilterValues = { province?: string; category?: string; tag?: string; q?: string; campaign?: string };

/** The feed's search box and filters: a plain GET form, so it works without JavaScript. */
export function FeedFilters(props: { lang: Lang; values: FeedFilterValues; invalid?: string[] }) {
  const t = translator(props.lang);
  const { values } = props;
  const invalid = new Set(props.invalid ?? []);
  return (
    <form class="feed-filters" method="get" action="/" role="search" aria-labelledby="feed-filters-title">
      <h2 id="feed-filters-title" class="visually-hidden">
        {t('feed.filters')}
      </h2>
      {values.campaign ? <input type="hidden" name="campaign" value={values.campaign} /> : null}
      <div class="field field-search">
        <label for="feed-q">{t('feed.search.label')}</label>
        <input
          type="search"
          id="feed-q"
          name="q"
          value={values.q ?? ''}
          maxlength={2048}
          aria-describedby="feed-q-hint"
          aria-invalid={invalid.has('q') ? 'true' : undefined}
        />
        <p id="feed-q-hint" class="hint">
          {t('feed.search.hint')}
        </p>
      </div>
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
      {values.tag ? <input type="hidden" name="tag" value={values.tag} /> : null}
      <div class="feed-filter-actions">
        <button type="submit">{t('feed.filter.submit')}</button>
        <a class="feed-filter-reset" href="/">
          {t('feed.filter.reset')}
        </a>
      </div>
    </form>
  );
}
