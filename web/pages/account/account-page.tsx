import type { SessionUser } from '../../../workers/core/types';
import type { OwnSession } from '../../../workers/account/sessions';
import { describeUserAgent } from '../../../workers/account/user-agent';
import { vnDateTime } from '../../components/editor/format';
import { ErrorSummary, type PageError } from '../../components/editor/page-error';
import { Layout } from '../../components/layout';
import { PrivacySection } from './privacy-section';
import { translator, type Lang, type Translate } from '../../i18n';
import { realEmail } from '../../../workers/users/identity';
import { formatPhone } from '../../../workers/users/phone';

export type AccountPageProps = {
  lang: Lang;
  user: SessionUser;
  sessions: OwnSession[];
  /** When this person asked for their account to be erased (null: not asked). */
  deletionRequestedAt: number | null;
  error?: PageError;
  done?: 'password' | 'ended' | 'others' | 'deletion' | 'withdrawn' | 'phone';
  /** What was typed into the phone form, put back after a refusal. */
  typedPhone?: string;
};

/** "Chrome trên Android", "Firefox", "Trình duyệt không rõ". */
export function deviceWords(t: Translate, userAgent: string | null): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser && os) return t('account.device.on', { browser, os });
  return browser ?? os ?? t('account.device.unknown');
}

/** The message of one field's error, shown under that field. */
function FieldError(props: { id: string; error?: PageError; path: string; text?: string }) {
  const found = props.error?.errors?.find((e) => e.path === props.path);
  if (!found) return null;
  return (
    <p class="field-error" id={props.id}>
      {props.text ?? found.message}
    </p>
  );
}

function SessionItem(props: { t: Translate; session: OwnSession }) {
  const { t, session: s } = props;
  const device = deviceWords(t, s.userAgent);
  return (
    <li class="session-item">
      <p>
        <strong>{device}</strong>
        {s.current ? (
          <>
            {' '}
            <span class="badge">{t('account.sessions.thisDevice')}</span>
          </>
        ) : null}
      </p>
      <p class="muted">
        {t('account.sessions.signedIn', { time: vnDateTime(s.createdAt) })} · {t('account.sessions.lastSeen', { time: vnDateTime(s.lastSeenAt) })}
      </p>
      {s.current ? null : (
        <form method="post" action={`/account/sessions/${s.id}/end`} class="inline-form">
          <button type="submit" class="button secondary" aria-label={t('account.sessions.endNamed', { device, time: vnDateTime(s.createdAt) })}>
            {t('account.sessions.end')}
          </button>
        </form>
      )}
    </li>
  );
}

/** /account: every signed-in person changes their password and sees, and ends, their sessions. */
export function AccountPage(props: AccountPageProps) {
  const t = translator(props.lang);
  const u = props.user;
  const others = props.sessions.filter((s) => !s.current).length;
  const wrongCurrent = props.error?.errors?.some((e) => e.path === 'currentPassword' && e.message === 'The current password is not right');
  const wrongDeletionPassword = props.error?.errors?.some((e) => e.path === 'password' && e.message === 'The password is not right');
  return (
    <Layout lang={props.lang} title={t('account.title')} path="/account" user={u} current="/account">
      <h1>{t('account.title')}</h1>
      <p class="muted">{t('account.intro', { name: u.name, email: realEmail(u.email) ?? (u.phone ? formatPhone(u.phone) : ''), role: t(`users.role.${u.role}`) })}</p>
      <p>
        <a href="/me">{t('account.meLink')}</a>
      </p>
      {props.done ? (
        <p class="done-notice" role="status">
          {t(`account.done.${props.done}`)}
        </p>
      ) : null}
      <ErrorSummary t={t} error={props.error} messageKey={wrongCurrent ? 'account.password.wrong' : wrongDeletionPassword ? 'privacy.deletion.wrong' : undefined} />
      <section aria-labelledby="pw-h" class="panel">
        <h2 id="pw-h">{t('account.password.heading')}</h2>
        <p class="muted">{t('account.password.hint')}</p>
        <form method="post" action="/account/password" class="stack-form">
          {/* Lets a password manager file the new password under the right account. */}
          <input type="hidden" name="username" autocomplete="username" value={realEmail(u.email) ?? (u.phone ? formatPhone(u.phone) : '')} />
          <label for="f-currentPassword">{t('account.password.current')}</label>
          <FieldError id="e-currentPassword" error={props.error} path="currentPassword" text={wrongCurrent ? t('account.password.wrong') : undefined} />
          <input
            id="f-currentPassword"
            type="password"
            name="currentPassword"
            autocomplete="current-password"
            required
            aria-describedby={props.error?.errors?.some((e) => e.path === 'currentPassword') ? 'e-currentPassword' : undefined}
          />
          <label for="f-newPassword">{t('account.password.new')}</label>
          <FieldError id="e-newPassword" error={props.error} path="newPassword" />
          <input
            id="f-newPassword"
            type="password"
            name="newPassword"
            autocomplete="new-password"
            minlength={10}
            required
            aria-describedby={props.error?.errors?.some((e) => e.path === 'newPassword') ? 'e-newPassword' : undefined}
          />
          <p>
            <button type="submit">{t('account.password.submit')}</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="phone-h" class="panel">
        <h2 id="phone-h">{t('account.phone.heading')}</h2>
        <p class="muted">{t('account.phone.hint')}</p>
        <p>{u.phone ? t('account.phone.current', { phone: formatPhone(u.phone) }) : t('account.phone.none')}</p>
        <form method="post" action="/account/phone" class="stack-form">
          <label for="f-phone">{t('users.field.phone')}</label>
          <FieldError id="e-phone" error={props.error} path="phone" />
          <input
            id="f-phone"
            type="tel"
            name="phone"
            autocomplete="tel"
            maxlength={40}
            value={props.typedPhone ?? (u.phone ? formatPhone(u.phone) : '')}
            aria-describedby={props.error?.errors?.some((e) => e.path === 'phone') ? 'e-phone' : undefined}
          />
          <p>
            <button type="submit">{t('account.phone.submit')}</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="sessions-h" class="panel">
        <h2 id="sessions-h">{t('account.sessions.heading')}</h2>
        <p class="muted">{t('account.sessions.intro')}</p>
        <ul class="session-list">
          {props.sessions.map((session) => (
            <SessionItem t={t} session={session} />
          ))}
        </ul>
        {others > 0 ? (
          <form method="post" action="/account/sessions/end-others" class="stack-form">
            <p>
              <button type="submit" class="button secondary">
                {t('account.sessions.endOthers')}
              </button>
            </p>
          </form>
        ) : (
          <p class="muted">{t('account.sessions.noOthers')}</p>
        )}
      </section>
      <PrivacySection t={t} deletionRequestedAt={props.deletionRequestedAt} error={props.error} />
    </Layout>
  );
}
