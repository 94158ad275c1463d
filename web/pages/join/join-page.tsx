import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';

/** What a link joins, and nothing else. */
export type JoinTarget = { unit: { path: string }; province: { code: string; name: string } };

/** What was typed, put back after a refusal (never the password). */
export type JoinTyped = { name: string; email: string };

export type JoinPageProps = {
  lang: Lang;
  user: SessionUser | null;
  /** The page's own path (the link), for the language switch. */
  path: string;
  target: JoinTarget;
  typed?: JoinTyped;
  /** Fields that were refused (`name`, `email`, `password`). */
  fieldErrors?: string[];
  retryAfter?: number;
};

const noindex = <meta name="robots" content="noindex, nofollow" />;

function Field(props: { id: string; label: string; hint?: string; error?: string; children: unknown }) {
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={`f-${props.id}`}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`h-${props.id}`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`e-${props.id}`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** /join/<code>: the unit and province the link joins, and the form (name, phone or email, password). Phone first. */
export function JoinPage(props: JoinPageProps) {
  const t = translator(props.lang);
  const errors = new Set(props.fieldErrors ?? []);
  const err = (field: 'name' | 'email' | 'password') => (errors.has(field) ? t(`join.error.${field}` as MessageKey) : undefined);
  const describedBy = (field: string, hint: boolean) => [errors.has(field) ? `e-${field}` : null, hint ? `h-${field}` : null].filter(Boolean).join(' ') || undefined;
  const minutes = Math.max(1, Math.ceil((props.retryAfter ?? 60) / 60));
  return (
    <Layout lang={props.lang} title={t('join.title')} path={props.path} user={props.user} head={noindex}>
      <section class="auth-card join-card">
        <h1>{t('join.title')}</h1>
        <p>{t('join.invited')}</p>
        <dl class="join-target">
          <dt>{t('join.unit')}</dt>
          <dd>{props.target.unit.path}</dd>
          <dt>{t('join.province')}</dt>
          <dd>{props.target.province.name}</dd>
        </dl>
        {props.retryAfter !== undefined ? (
          <p class="error-summary" role="alert" id="error-summary">
            {t('join.error.RATE_LIMITED', { minutes })}
          </p>
        ) : errors.size > 0 ? (
          <div class="error-summary" role="alert" id="error-summary" tabindex={-1}>
            <p>
              <strong>{t('join.error.summary')}</strong>
            </p>
            <ul>
              {(['name', 'email', 'password'] as const)
                .filter((f) => errors.has(f))
                .map((f) => (
                  <li>
                    <a href={`#f-${f}`}>{err(f)}</a>
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
        {/* No action: the form posts back to the link it came from (language included). */}
        <form method="post" class="stack-form">
          <Field id="name" label={t('join.field.name')} error={err('name')}>
            <input id="f-name" type="text" name="name" required maxlength={120} autocomplete="name" value={props.typed?.name ?? ''} aria-describedby={describedBy('name', false)} />
          </Field>
          <Field id="email" label={t('join.field.identifier')} hint={t('join.hint.identifier')} error={err('email')}>
            <input
              id="f-email"
              type="text"
              name="email"
              required
              maxlength={254}
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              value={props.typed?.email ?? ''}
              aria-describedby={describedBy('email', true)}
            />
          </Field>
          <Field id="password" label={t('join.field.password')} hint={t('join.hint.password')} error={err('password')}>
            <input id="f-password" type="password" name="password" required minlength={10} autocomplete="new-password" aria-describedby={describedBy('password', true)} />
          </Field>
          <p>
            <button type="submit">{t('join.submit')}</button>
          </p>
        </form>
      </section>
    </Layout>
  );
}

/**
 * After joining, whether an account was created now or the phone/email had one already: the
 * same words and the same form (see workers/invites/join.ts). The sign-in form comes filled in
 * with what was typed, so nothing of it goes into a URL.
 */
export function JoinReadyPage(props: { lang: Lang; user: SessionUser | null; path: string; identifier: string }) {
  const t = translator(props.lang);
  return (
    <Layout lang={props.lang} title={t('join.ready.title')} path={props.path} user={props.user} head={noindex}>
      <section class="auth-card join-card">
        <h1>{t('join.ready.title')}</h1>
        <p class="done-notice" role="status">
          {t('join.ready.body', { identifier: props.identifier })}
        </p>
        <p class="muted">{t('join.ready.existing')}</p>
        <form method="post" action="/login" class="stack-form">
          <label for="login-email">{t('auth.identifier')}</label>
          <input id="login-email" type="text" name="email" required maxlength={254} autocomplete="username" autocapitalize="none" spellcheck={false} value={props.identifier} />
          <label for="login-password">{t('auth.password')}</label>
          <input id="login-password" type="password" name="password" required autocomplete="current-password" />
          <p>
            <button type="submit">{t('join.ready.signIn')}</button>
          </p>
        </form>
      </section>
    </Layout>
  );
}

/** A link that cannot be joined: unknown and revoked read the same; used up and expired say so. */
export function JoinRefusedPage(props: { lang: Lang; user: SessionUser | null; path: string; reason: 'unknown' | 'expired' | 'used_up' }) {
  const t = translator(props.lang);
  return (
    <Layout lang={props.lang} title={t('join.bad.title')} path={props.path} user={props.user} head={noindex}>
      <section class="auth-card join-card">
        <h1>{t('join.bad.title')}</h1>
        <p>{t(`join.bad.${props.reason}`)}</p>
        <p>{t('join.bad.ask')}</p>
        <p>
          <a href="/" class="button secondary">
            {t('nav.feed')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
