import type { SessionUser } from '../../../workers/core/types';
import { vnDateTime } from '../../components/editor/format';
import { ErrorSummary, type PageError } from '../../components/editor/page-error';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

export type SetPasswordPageProps = {
  lang: Lang;
  user: SessionUser | null;
  /** The page's own path (the link), so the form posts back to it and the language switch keeps it. */
  path: string;
  email: string;
  expiresAt: number;
  /** Set for an import's invite link: greet a new member instead of talking of a reset. */
  invite?: { name: string };
  error?: PageError;
};

/** /dat-mat-khau/<token>: the person a reset link was given to chooses a password. */
export function SetPasswordPage(props: SetPasswordPageProps) {
  const t = translator(props.lang);
  const fieldError = props.error?.errors?.find((e) => e.path === 'password');
  const title = props.invite ? t('import.invite.title') : t('account.reset.title');
  return (
    <Layout lang={props.lang} title={title} path={props.path} user={props.user} head={<meta name="robots" content="noindex" />}>
      <section class="auth-card">
        <h1>{title}</h1>
        <p>
          {props.invite
            ? t('import.invite.for', { name: props.invite.name, login: props.email, time: vnDateTime(props.expiresAt) })
            : t('account.reset.for', { email: props.email, time: vnDateTime(props.expiresAt) })}
        </p>
        <ErrorSummary t={t} error={props.error} />
        {/* No action: the form posts back to the link it came from, without repeating its token in the page. */}
        <form method="post" class="stack-form">
          <input type="hidden" name="username" autocomplete="username" value={props.email} />
          <label for="f-password">{t('account.password.new')}</label>
          {fieldError ? (
            <p class="field-error" id="e-password">
              {fieldError.message}
            </p>
          ) : null}
          <input
            id="f-password"
            type="password"
            name="password"
            autocomplete="new-password"
            minlength={10}
            required
            aria-describedby={fieldError ? 'e-password' : undefined}
          />
          <p>
            <button type="submit">{props.invite ? t('import.invite.submit') : t('account.reset.submit')}</button>
          </p>
        </form>
      </section>
    </Layout>
  );
}

/** A link that is expired, used, replaced or unknown: what happened and what to do, never a 500. */
export function BadLinkPage(props: { lang: Lang; user: SessionUser | null; path: string; reason: 'expired' | 'used' | 'voided' | 'unknown' }) {
  const t = translator(props.lang);
  return (
    <Layout lang={props.lang} title={t('account.link.badTitle')} path={props.path} user={props.user} head={<meta name="robots" content="noindex" />}>
      <section class="auth-card">
        <h1>{t('account.link.badTitle')}</h1>
        <p>{t(`account.link.${props.reason}`)}</p>
        <p>{t('account.link.askAdmin')}</p>
        <p>
          <a href="/login" class="button">
            {t('nav.login')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
