import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

export type LoginPageProps = {
  lang: Lang;
  user: SessionUser | null;
  next?: string;
  email?: string;
  error?: 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'VALIDATION_FAILED' | 'UNAVAILABLE' | string;
  retryAfter?: number;
  /** `reset`: a password was just set from a reset link; sign in with it. */
  done?: 'reset' | 'invite';
};

/** The sign-in form. It posts to /login, which redirects on success and re-renders itself on failure. */
export function LoginPage(props: LoginPageProps) {
  const t = translator(props.lang);
  const minutes = Math.max(1, Math.ceil((props.retryAfter ?? 60) / 60));
  const message =
    props.error === 'RATE_LIMITED'
      ? t('auth.error.RATE_LIMITED', { minutes })
      : props.error === 'VALIDATION_FAILED'
        ? t('auth.error.VALIDATION_FAILED')
        : props.error === 'UNAVAILABLE'
          ? t('auth.error.UNAVAILABLE')
        : props.error
          ? t('auth.error.UNAUTHENTICATED')
          : null;
  const path = props.next ? `/login?next=${encodeURIComponent(props.next)}` : '/login';
  return (
    <Layout lang={props.lang} title={t('auth.login.title')} path={path} user={props.user}>
      <section class="auth-card">
        <h1>{t('auth.login.title')}</h1>
        <p class="muted">{t('auth.login.intro')}</p>
        {props.user ? <p class="notice">{t('auth.signedInAs', { name: props.user.name })}</p> : null}
        {props.done && !message ? (
          <p class="done-notice" role="status">
            {t(props.done === 'invite' ? 'import.invite.doneSignIn' : 'account.reset.doneSignIn')}
          </p>
        ) : null}
        {message ? (
          <p class="error-summary" role="alert" id="login-error">
            {message}
          </p>
        ) : null}
        <form method="post" action="/login" class="stack-form">
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          {/* One field for both: `name="email"` kept so older clients and "keeps what was typed" work; text, not email, so a number fits. */}
          <label for="login-email">{t('auth.identifier')}</label>
          <input
            id="login-email"
            type="text"
            name="email"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            maxlength={254}
            required
            value={props.email ?? ''}
            aria-describedby={message ? 'login-error' : undefined}
          />
          <label for="login-password">{t('auth.password')}</label>
          <input id="login-password" type="password" name="password" autocomplete="current-password" required />
          <p>
            <button type="submit">{t('auth.submit')}</button>
          </p>
        </form>
      </section>
    </Layout>
  );
}
