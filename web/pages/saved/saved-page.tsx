import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { SavedData, savedScriptData } from '../../components/saved-data';
import { translator, type Lang } from '../../i18n';

export type SavedPageProps = { lang: Lang; user: SessionUser | null; path: string; canonical: string };

/**
 * `/da-luu` (`/saved`): the shell of the reader's saved stories. The list itself lives on the
 * phone (Cache Storage), so /js/saved.js fills it in; the service worker precaches this page
 * (as a signed-out reader gets it) so it opens with no connection.
 */
export function SavedPage(props: SavedPageProps) {
  const t = translator(props.lang);
  return (
    <Layout
      lang={props.lang}
      title={t('saved.title')}
      description={t('saved.description')}
      canonical={props.canonical}
      path={props.path}
      user={props.user}
      scripts={['/js/saved.js']}
      head={<SavedData data={savedScriptData(props.lang)} />}
    >
      <section class="saved-page" aria-labelledby="saved-title" data-saved-page="">
        <h1 id="saved-title">{t('saved.title')}</h1>
        <p class="lead">{t('saved.intro')}</p>
        <p class="notice" data-saved-needs-js="">
          {t('saved.needsJs')}
        </p>
        <p class="saved-usage muted" data-saved-usage="" hidden></p>
        <p class="saved-status" role="status" aria-live="polite" data-saved-status=""></p>
        <p class="saved-empty" data-saved-empty="" hidden>
          {t('saved.empty')} <a href="/">{t('saved.toFeed')}</a>
        </p>
        <ul class="saved-list" role="list" data-saved-list=""></ul>
        <div class="saved-clear" data-saved-clear="" hidden>
          <button type="button" class="button secondary" data-saved-clear-ask="" aria-expanded="false" aria-controls="saved-clear-confirm">
            {t('saved.clear')}
          </button>
          <div class="saved-clear__confirm" id="saved-clear-confirm" data-saved-clear-confirm="" hidden>
            <p data-saved-clear-question=""></p>
            <button type="button" class="button" data-saved-clear-yes="">
              {t('saved.clearYes')}
            </button>
            <button type="button" class="button secondary" data-saved-clear-no="">
              {t('saved.clearNo')}
            </button>
          </div>
        </div>
      </section>
    </Layout>
  );
}
