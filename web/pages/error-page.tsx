import { translator, type Lang } from '../i18n';
import { Layout } from '../components/layout';

/** The HTML face of an error, for readers who asked for a page rather than JSON. */
export function ErrorPage(props: { lang: Lang; status: number; requestId: string; path: string }) {
  const t = translator(props.lang);
  const key = props.status === 404 ? 'notFound' : props.status === 503 ? 'unavailable' : props.status === 429 ? 'rateLimited' : 'generic';
  const title = t(`error.${key}.title`);
  return (
    <Layout lang={props.lang} title={title} path={props.path}>
      <section class="error-page">
        <h1>{title}</h1>
        <p>{t(`error.${key}.body`)}</p>
        <p class="muted">
          {t('error.requestId')}: <code>{props.requestId}</code>
        </p>
        <p>
          <a href="/">{t('error.backHome')}</a>
        </p>
      </section>
    </Layout>
  );
}
