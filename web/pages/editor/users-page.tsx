import { roles } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import type { UnitChoice } from '../../../workers/units/units.queries';
import { vnDateTime } from '../../components/editor/format';
import { DoneNotice, ErrorSummary, type PageError } from '../../components/editor/page-error';
import { Layout } from '../../components/layout';
import { UnitSelect } from '../../components/unit-select';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { realEmail } from '../../../workers/users/identity';
import { formatPhone } from '../../../workers/users/phone';

export type AccountItem = {
  id: string;
  email: string;
  name: string;
  role: (typeof roles)[number];
  provinceCode: string | null;
  /** The unit's path (or, for an account the migration could not place, its old free text). */
  unit: string | null;
  unitId: number | null;
  /** E.164, shown as `0905 123 456`. */
  phone: string | null;
  disabledAt: number | null;
  /** The person asked for erasure; an admin confirms on this page. */
  deletionRequestedAt: number | null;
};
export type TokenItem = { id: string; label: string; createdAt: number; expiresAt: number | null; revokedAt: number | null };

/** A reset link just issued: shown once, on this page only. */
export type ResetLinkShown = { email: string; url: string; expiresAt: number };

/** What an admin typed into the create form (`target: 'new'`) or an account's form, put back after an error. Never a password. */
export type TypedAccount = {
  target: string;
  email: string;
  name: string;
  role: string;
  provinceCode: string;
  /** The picker's value as sent: a unit id, '' (none) or `keep`. */
  unitId: string;
  phone: string;
  disabled: boolean;
};

export type UsersPageProps = {
  lang: Lang;
  user: SessionUser;
  accounts: AccountItem[];
  tokens: Record<string, TokenItem[]>;
  provinces: { code: string; name: string }[];
  /** Every unit in reach, inactive ones included (shown only to the accounts still in them). */
  units: UnitChoice[];
  /** A provincial admin's province (their accounts only, no "none" choice, no API tokens); null for a national admin. */
  scopedTo?: string | null;
  /** A token just issued: shown once, never stored in clear. */
  issued?: { email: string; token: string };
  resetLink?: ResetLinkShown;
  typed?: TypedAccount;
  error?: PageError;
  done?: string;
};

/** The email a person gave and/or their phone as written in Vietnam; never a phone-only account's reserved address. */
function shownIdentity(a: AccountItem): string {
  return [realEmail(a.email), a.phone ? formatPhone(a.phone) : null].filter(Boolean).join(' · ');
}

function ProvinceSelect(props: { t: Translate; id: string; value: string | null; provinces: UsersPageProps['provinces']; scoped: boolean }) {
  return (
    <select id={props.id} name="provinceCode">
      {/* A provincial admin's accounts always belong to their province: no national choice. */}
      {props.scoped ? null : <option value="">{props.t('users.none')}</option>}
      {props.provinces.map((p) => (
        <option value={p.code} selected={props.value === p.code}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

/**
 * The unit picker of an account's form: active units, plus the account's own even if inactive.
 * An account whose old free-text unit names no unit row gets a first choice that keeps it (`keep`).
 */
function AccountUnitSelect(props: { t: Translate; id: string; units: UnitChoice[]; value: string; current?: AccountItem }) {
  const legacy = props.current && props.current.unitId === null && props.current.unit ? props.current.unit : null;
  const choices = props.units.filter((u) => u.active || u.id === props.current?.unitId);
  // With a "keep" choice the blank one is written here too, so exactly one of them carries `selected`.
  const leading = legacy ? (
    <>
      <option value="keep" selected={props.value === 'keep'}>
        {props.t('users.unit.keep', { unit: legacy })}
      </option>
      <option value="" selected={props.value === ''}>
        {props.t('users.unit.none')}
      </option>
    </>
  ) : null;
  return (
    <UnitSelect
      id={props.id}
      name="unitId"
      units={choices}
      value={/^[0-9]+$/.test(props.value) ? Number(props.value) : null}
      blankLabel={legacy ? undefined : props.t('users.unit.none')}
      leading={leading}
    />
  );
}

function RoleSelect(props: { t: Translate; id: string; value: string }) {
  return (
    <select id={props.id} name="role">
      {roles.map((role) => (
        <option value={role} selected={props.value === role}>
          {props.t(`users.role.${role}`)}
        </option>
      ))}
    </select>
  );
}

/** API tokens of an account: national admins only (workers/users/accounts.ts says why). */
function TokenSection(props: { t: Translate; account: AccountItem; tokens: TokenItem[] }) {
  const { t, account: a } = props;
  const id = a.id.slice(0, 8);
  return (
    <>
      <h3>{t('users.tokens.heading')}</h3>
      {props.tokens.length === 0 ? <p class="muted">{t('users.tokens.none')}</p> : null}
      <ul class="token-list">
        {props.tokens.map((tok) => (
          <li>
            <strong>{tok.label}</strong> · {vnDateTime(tok.createdAt)} ·{' '}
            {tok.revokedAt ? t('users.tokens.revoked') : tok.expiresAt ? t('users.tokens.expires', { time: vnDateTime(tok.expiresAt) }) : t('users.tokens.noExpiry')}
            {tok.revokedAt ? null : (
              <form method="post" action={`/editor/tokens/${tok.id}/revoke`} class="inline-form">
                {' '}
                <button type="submit" class="link-button">
                  {t('users.tokens.revoke')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form method="post" action={`/editor/users/${a.id}/tokens`} class="stack-form">
        <label for={`tl-${id}`}>{t('users.tokens.label')}</label>
        <input id={`tl-${id}`} type="text" name="label" required maxlength={80} />
        <label for={`td-${id}`}>{t('users.tokens.days')}</label>
        <input id={`td-${id}`} type="number" name="expiresInDays" min={1} max={365} />
        <p>
          <button type="submit" class="button secondary">
            {t('users.tokens.issue')}
          </button>
        </p>
      </form>
    </>
  );
}

function AccountCard(props: {
  t: Translate;
  account: AccountItem;
  tokens: TokenItem[];
  provinces: UsersPageProps['provinces'];
  units: UnitChoice[];
  self: boolean;
  scoped: boolean;
  typed?: TypedAccount;
}) {
  const { t, account: a } = props;
  const id = a.id.slice(0, 8);
  // After a refused change the card opens again with what was typed.
  const typed = props.typed?.target === a.id ? props.typed : undefined;
  const value = {
    name: typed ? typed.name : a.name,
    role: typed ? typed.role : a.role,
    provinceCode: typed ? typed.provinceCode : a.provinceCode,
    unitId: typed ? typed.unitId : a.unitId !== null ? String(a.unitId) : a.unit ? 'keep' : '',
    phone: typed ? typed.phone : a.phone ? formatPhone(a.phone) : '',
    disabled: typed ? typed.disabled : a.disabledAt !== null,
  };
  return (
    <li class="account-card">
      <details open={typed !== undefined}>
        <summary>
          <span class="account-name">{a.name}</span> <span class="muted">{shownIdentity(a)}</span> <span class="badge">{t(`users.role.${a.role}`)}</span>{' '}
          {a.unit ? <span class="account-unit">{a.unit}</span> : null}{' '}
          {a.disabledAt ? <span class="badge badge-off">{t('users.state.disabled')}</span> : null}
          {a.deletionRequestedAt ? <span class="badge badge-off">{t('privacy.users.requested')}</span> : null}
          <span class="visually-hidden">{t('users.manage', { email: realEmail(a.email) ?? (a.phone ? formatPhone(a.phone) : a.name) })}</span>
        </summary>
        <form method="post" action={`/editor/users/${a.id}`} class="stack-form">
          <label for={`name-${id}`}>{t('users.field.name')}</label>
          <input id={`name-${id}`} type="text" name="name" required maxlength={120} value={value.name} />
          <label for={`role-${id}`}>{t('users.field.role')}</label>
          <RoleSelect t={t} id={`role-${id}`} value={value.role} />
          <label for={`prov-${id}`}>{t('users.field.provinceCode')}</label>
          <ProvinceSelect t={t} id={`prov-${id}`} value={value.provinceCode} provinces={props.provinces} scoped={props.scoped} />
          <label for={`unit-${id}`}>{t('users.field.unit')}</label>
          <AccountUnitSelect t={t} id={`unit-${id}`} units={props.units} value={value.unitId} current={a} />
          <label for={`phone-${id}`}>{t('users.field.phone')}</label>
          <input id={`phone-${id}`} type="tel" name="phone" autocomplete="off" maxlength={40} value={value.phone} />
          <label for={`pw-${id}`}>{t('users.field.newPassword')}</label>
          <input id={`pw-${id}`} type="password" name="password" minlength={10} autocomplete="new-password" />
          {props.self ? null : (
            <div class="check">
              <input id={`dis-${id}`} type="checkbox" name="disabled" value="yes" checked={value.disabled} />
              <label for={`dis-${id}`}>{t('users.field.disabled')}</label>
            </div>
          )}
          <p>
            <button type="submit">{t('users.update')}</button>
          </p>
        </form>
        {props.self || a.disabledAt !== null ? null : (
          <form method="post" action={`/editor/users/${a.id}/reset-link`} class="stack-form">
            <p class="muted">{t('users.reset.hint')}</p>
            <p>
              <button type="submit" class="button secondary">
                {t('users.reset.issue')}
              </button>
            </p>
          </form>
        )}
        <form method="post" action={`/editor/users/${a.id}/sessions/revoke`} class="stack-form">
          <p>
            <button type="submit" class="button secondary">
              {t('users.sessions.revoke')}
            </button>
          </p>
        </form>
        {a.deletionRequestedAt && !props.self ? <EraseForm t={t} account={a} /> : null}
        {props.scoped ? null : <TokenSection t={t} account={a} tokens={props.tokens} />}
      </details>
    </li>
  );
}

/** Which sentence explains a refused action: the reasons erasure and reset links give, else the code's. */
function errorKey(error: PageError | undefined): MessageKey | undefined {
  const reason = error?.extra?.reason;
  if (reason === 'disabled') return 'users.reset.disabled';
  if (reason === 'self' || reason === 'no-request' || reason === 'open-cases' || reason === 'last-admin') return `privacy.erase.refused.${reason}`;
  if (error?.code === 'FORBIDDEN') return 'privacy.users.forbidden';
  return error?.code === 'CONFLICT' ? 'users.error.CONFLICT' : undefined;
}

/** Erasing is for good: the button says what goes and what stays, in one step after the person's own request. */
function EraseForm(props: { t: Translate; account: AccountItem }) {
  const { t, account: a } = props;
  return (
    <form method="post" action={`/editor/users/${a.id}/erase`} class="stack-form">
      <p class="muted">{t('privacy.erase.hint', { time: a.deletionRequestedAt ? vnDateTime(a.deletionRequestedAt) : '' })}</p>
      <p>
        <button type="submit" aria-label={t('privacy.erase.named', { name: a.name })}>
          {t('privacy.erase.confirm')}
        </button>
      </p>
    </form>
  );
}

/** Pending requests first, so they are not lost in a long list. */
function DeletionRequests(props: { t: Translate; accounts: AccountItem[] }) {
  const { t } = props;
  if (props.accounts.length === 0) return null;
  return (
    <section aria-labelledby="deletion-h" class="panel">
      <h2 id="deletion-h">{t('privacy.users.heading')}</h2>
      <ul class="account-list">
        {props.accounts.map((a) => (
          <li class="account-card">
            <p>
              <span class="account-name">{a.name}</span> <span class="muted">{a.email}</span> ·{' '}
              {t('privacy.users.since', { time: a.deletionRequestedAt ? vnDateTime(a.deletionRequestedAt) : '' })}
            </p>
            <EraseForm t={t} account={a} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /editor/users: admins create accounts, change roles, disable them, issue and revoke API tokens. */
export function UsersPage(props: UsersPageProps) {
  const t = translator(props.lang);
  const typed = props.typed?.target === 'new' ? props.typed : undefined;
  return (
    <Layout lang={props.lang} title={t('users.title')} path="/editor/users" user={props.user}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <h1>{t('users.title')}</h1>
      <p>
        <a href="/editor/users/import">{t('import.title')}</a>
      </p>
      <DoneNotice t={t} done={props.done} prefix="users.done" />
      <ErrorSummary
        t={t}
        error={props.error}
        messageKey={errorKey(props.error)}
      />
      {props.scopedTo ? <p class="muted">{t('privacy.users.scoped', { province: props.provinces.find((p) => p.code === props.scopedTo)?.name ?? '' })}</p> : null}
      <DeletionRequests t={t} accounts={props.accounts.filter((a) => a.deletionRequestedAt !== null && a.id !== props.user.id)} />
      {props.resetLink ? (
        <div class="token-once" role="status">
          <p>{t('users.reset.once', { email: props.resetLink.email, time: vnDateTime(props.resetLink.expiresAt) })}</p>
          <label for="reset-link">{t('users.reset.label')}</label>
          {/* A wrapping box, not a one-line input: the whole link stays visible on a phone. */}
          <textarea id="reset-link" class="reset-link" readonly rows={3}>
            {props.resetLink.url}
          </textarea>
        </div>
      ) : null}
      {props.issued ? (
        <div class="token-once" role="status">
          <p>{t('users.tokens.once', { email: props.issued.email })}</p>
          <p>
            <code class="token-value">{props.issued.token}</code>
          </p>
        </div>
      ) : null}
      <section aria-labelledby="list-h">
        <h2 id="list-h">{t('users.list.heading')}</h2>
        <ul class="account-list">
          {props.accounts.map((account) => (
            <AccountCard
              t={t}
              account={account}
              tokens={props.tokens[account.id] ?? []}
              provinces={props.provinces}
              units={props.units}
              self={account.id === props.user.id}
              scoped={Boolean(props.scopedTo)}
              typed={props.typed}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="create-h" class="panel">
        <h2 id="create-h">{t('users.create.heading')}</h2>
        <form method="post" action="/editor/users" class="stack-form">
          <p class="muted" id="new-identity-hint">{t('users.hint.emailOrPhone')}</p>
          <label for="new-email">{t('users.field.email')}</label>
          <input id="new-email" type="email" name="email" autocomplete="off" aria-describedby="new-identity-hint" value={typed?.email ?? ''} />
          <label for="new-phone">{t('users.field.phone')}</label>
          <input id="new-phone" type="tel" name="phone" autocomplete="off" maxlength={40} aria-describedby="new-identity-hint" value={typed?.phone ?? ''} />
          <label for="new-name">{t('users.field.name')}</label>
          <input id="new-name" type="text" name="name" required maxlength={120} value={typed?.name ?? ''} />
          <label for="new-password">{t('users.field.password')}</label>
          <input id="new-password" type="password" name="password" required minlength={10} autocomplete="new-password" />
          <label for="new-role">{t('users.field.role')}</label>
          <RoleSelect t={t} id="new-role" value={typed?.role || 'member'} />
          <label for="new-province">{t('users.field.provinceCode')}</label>
          <ProvinceSelect t={t} id="new-province" value={typed?.provinceCode || null} provinces={props.provinces} scoped={Boolean(props.scopedTo)} />
          <label for="new-unit">{t('users.field.unit')}</label>
          <AccountUnitSelect t={t} id="new-unit" units={props.units} value={typed?.unitId ?? ''} />
          <p>
            <button type="submit">{t('users.create.submit')}</button>
          </p>
        </form>
      </section>
    </Layout>
  );
}
