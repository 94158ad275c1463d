import type { SessionUser } from '../../workers/core/types';
import { translator, type Lang } from '../i18n';
import { Layout } from '../components/layout';

type ErrorKey = 'notFound' | 'forbidden' | 'unauthenticated' | 'unavailable' | 'rateLimited' | 'generic';

function errorKey(status: number): ErrorKey {
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  if (status === 401) return 'unauthenticated';
  if (status === 503) return 'unavailable';
  if (status === 429) return 'rateLimited';
  return 'generic';
}

/**
 * The HTML face of an error, for readers who asked for a page rather than JSON.
 * A signed-in reader keeps their own navigation (desk link, sign-out): a refusal
 * or a missing page is not a reason to look signed out.
 */
export function ErrorPage(props: { lang: Lang; status: number; requestId: string; path: string; user?: SessionUser | null }) {
  const t = translator(props.lang);
  const key = errorKey(props.status);
  const title = t(`error.${key}.title`);
  const signedIn = props.user != null;
  return (
    <Layout lang={props.lang} title={title} path={props.path} user={props.user}>
      <section class="error-page">
        <h1>{title}</h1>
        <p>{t(`error.${key}.body`)}</p>
        <p class="muted">
          {t('error.requestId')}: <code>{props.requestId}</code>
        </p>
        <p>
          {key === 'unauthenticated' && !signedIn ? (
            <a href={`/login?next=${encodeURIComponent(props.path)}`}>{t('nav.login')}</a>
          ) : signedIn && props.user?.role !== 'member' ? (
            <a href="/editor">{t('error.backDesk')}</a>
          ) : (
            <a href="/">{t('error.backHome')}</a>
          )}
        </p>
      </section>
    </Layout>
  );
}
