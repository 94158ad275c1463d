import type { SessionUser } from '../../../workers/core/types';
import { provinceOf } from '../../../workers/geo/reference';
import type { InviteRow, InviteState } from '../../../workers/invites/invites.queries';
import type { UnitChoice } from '../../../workers/units/units.queries';
import { vnDateTime } from '../../components/editor/format';
import { ErrorSummary, type PageError } from '../../components/editor/page-error';
import { Layout } from '../../components/layout';
import { UnitSelect } from '../../components/unit-select';
import { translator, type Lang } from '../../i18n';

/** What was typed into the create form, put back after a refusal. */
export type TypedInvite = { unitId: string; expiresInDays: string; maxUses: string };

export type InvitesPageProps = {
  lang: Lang;
  user: SessionUser;
  path: string;
  invites: { row: InviteRow; state: InviteState }[];
  units: UnitChoice[];
  /** `?unit=`: the list shows that unit only and the form starts on it. */
  unitId?: number;
  /** A link just created: shown once, never stored. */
  created?: { url: string; unitPath: string };
  typed?: TypedInvite;
  error?: PageError;
  done?: 'revoked';
};

/** /editor/invites: admins and provincial editors create, list and revoke invitation links to units. */
export function InvitesPage(props: InvitesPageProps) {
  const t = translator(props.lang);
  const typed = props.typed;
  const fieldError = (name: string) => props.error?.errors?.find((e) => e.path === name)?.message;
  const selected = typed?.unitId ? Number(typed.unitId) : (props.unitId ?? null);
  return (
    <Layout lang={props.lang} title={t('inv.title')} path={props.path} user={props.user} scripts={props.created ? ['/js/copy-link.js'] : undefined}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <h1>{t('inv.title')}</h1>
      <p class="muted">{t('inv.intro')}</p>
      {props.done === 'revoked' ? (
        <p class="done-notice" role="status">
          {t('inv.done.revoked')}
        </p>
      ) : null}
      <ErrorSummary t={t} error={props.error} messageKey={props.error?.code === 'FORBIDDEN' ? 'inv.error.FORBIDDEN' : undefined} />
      {props.created ? (
        <div class="token-once receipt-box invite-once" role="status">
          <p>{t('inv.once', { unit: props.created.unitPath })}</p>
          <label for="invite-link">{t('inv.link')}</label>
          <div class="copy-row">
            {/* A wrapping box, not a one-line input: the whole link stays visible on a phone. */}
            <textarea id="invite-link" class="reset-link" readonly rows={2}>
              {props.created.url}
            </textarea>
            {/* Shown by /js/copy-link.js; without a script the link is selected and copied by hand. */}
            <button type="button" class="button secondary copy-link" data-copy="invite-link" data-copied={t('inv.copied')} data-failed={t('inv.copyFailed')} hidden>
              {t('inv.copy')}
            </button>
          </div>
          <p class="copy-status" role="status" aria-live="polite"></p>
        </div>
      ) : null}
      <section aria-labelledby="create-h" class="panel">
        <h2 id="create-h">{t('inv.create.heading')}</h2>
        {props.units.length === 0 ? (
          <p>{t('inv.noUnits')}</p>
        ) : (
          <form method="post" action="/editor/invites" class="stack-form">
            <div class={fieldError('unitId') ? 'field field-invalid' : 'field'}>
              <label for="f-unitId">{t('inv.field.unitId')}</label>
              {fieldError('unitId') ? <p class="field-error">{fieldError('unitId')}</p> : null}
              <UnitSelect id="f-unitId" name="unitId" units={props.units} value={selected} required />
            </div>
            <div class={fieldError('expiresInDays') ? 'field field-invalid' : 'field'}>
              <label for="f-expiresInDays">{t('inv.field.expiresInDays')}</label>
              {fieldError('expiresInDays') ? <p class="field-error">{fieldError('expiresInDays')}</p> : null}
              <input id="f-expiresInDays" type="number" name="expiresInDays" inputmode="numeric" min={1} max={90} required value={typed?.expiresInDays ?? '14'} />
            </div>
            <div class={fieldError('maxUses') ? 'field field-invalid' : 'field'}>
              <label for="f-maxUses">{t('inv.field.maxUses')}</label>
              {fieldError('maxUses') ? <p class="field-error">{fieldError('maxUses')}</p> : null}
              <input id="f-maxUses" type="number" name="maxUses" inputmode="numeric" min={1} max={5000} required value={typed?.maxUses ?? '50'} />
            </div>
            <p>
              <button type="submit">{t('inv.create.submit')}</button>
            </p>
          </form>
        )}
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">{t('inv.list.heading')}</h2>
        {props.unitId !== undefined ? (
          <p>
            {t('inv.list.unitOnly')} <a href="/editor/invites">{t('inv.list.all')}</a>
          </p>
        ) : null}
        {props.invites.length === 0 ? <p class="muted">{t('inv.list.none')}</p> : null}
        <ul class="invite-list">
          {props.invites.map(({ row, state }) => (
            <li class="invite-item">
              <p class="invite-unit">
                <strong>{row.unitPath}</strong> <span class="muted">· {provinceOf(row.provinceCode).name}</span>
              </p>
              <p>
                <span class={`badge invite-${state}`}>{t(`inv.state.${state}`)}</span> {t('inv.uses', { uses: row.uses, max: row.maxUses })} ·{' '}
                {t('inv.expires', { time: vnDateTime(row.expiresAt) })}
              </p>
              <p class="muted">
                {row.createdByName ? t('inv.createdBy', { name: row.createdByName, time: vnDateTime(row.createdAt) }) : t('inv.createdAt', { time: vnDateTime(row.createdAt) })}
              </p>
              {row.revokedAt === null ? (
                <form method="post" action={`/editor/invites/${row.id}/revoke`} class="inline-form">
                  <button type="submit" class="button secondary" aria-label={t('inv.revokeLabel', { unit: row.unitPath })}>
                    {t('inv.revoke')}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
