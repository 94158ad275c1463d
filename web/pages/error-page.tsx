import { translator, type Lang } from '../i18n';
import { Layout } from '../components/layout';

/** The HTML face of an error, for readers who asked for a page rather than JSON. */
export function ErrorPage(props: { lang: Lang; status: number; requestId: string; path: string }) {
  const t = translator(props.lang);
  const notFound = props.status === 404;
  const limited = props.status === 429;
  const title = notFound ? t('error.notFound.title') : limited ? t('error.rateLimited.title') : t('error.generic.title');
  return (
    <Layout lang={props.lang} title={title} path={props.path}>
      <section class="error-page">
        <h1>{title}</h1>
        <p>{notFound ? t('error.notFound.body') : limited ? t('error.rateLimited.body') : t('error.generic.body')}</p>
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
