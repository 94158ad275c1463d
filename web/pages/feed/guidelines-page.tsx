import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { VerifyChecklist } from '../../components/verify-checklist';
import { translator, type Lang, type MessageKey } from '../../i18n';

const DUTIES = [1, 2, 3, 4, 5].map((n) => ({
  title: `guidelines.duty${n}.title` as MessageKey,
  body: `guidelines.duty${n}.body` as MessageKey,
}));

/** `/guidelines`: the five duties of responsible sharing and the "verify before you share" checklist. */
export function GuidelinesPage(props: { lang: Lang; user: SessionUser | null; path: string; canonical: string }) {
  const t = translator(props.lang);
  return (
    <Layout
      lang={props.lang}
      title={t('guidelines.title')}
      description={t('guidelines.description')}
      canonical={props.canonical}
      path={props.path}
      user={props.user}
      current="/guidelines"
    >
      <article class="guidelines" aria-labelledby="guidelines-title">
        <h1 id="guidelines-title">{t('guidelines.title')}</h1>
        <p class="lead">{t('guidelines.intro')}</p>
        <section aria-labelledby="duties-title">
          <h2 id="duties-title">{t('guidelines.duties')}</h2>
          <ol class="duties">
            {DUTIES.map((duty) => (
              <li class="duty">
                <h3>{t(duty.title)}</h3>
                <p>{t(duty.body)}</p>
              </li>
            ))}
          </ol>
        </section>
        <VerifyChecklist lang={props.lang} id="guidelines-checklist" />
        <p class="guidelines-report">
          {t('guidelines.report')} <a href="/report">{t('guidelines.reportLink')}</a>
        </p>
      </article>
    </Layout>
  );
}
