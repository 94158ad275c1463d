import { unitKinds, type UnitKind } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import type { UnitListItem } from '../../../workers/units/units.queries';
import { DoneNotice } from '../../components/editor/page-error';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { unitErrorText, type UnitFormError } from './unit-errors';

export type UnitsTyped = { name: string; kind: string; parentId: string };

export type UnitsPageProps = {
  lang: Lang;
  user: SessionUser;
  provinces: { code: string; name: string }[];
  /** The province shown (null: a national account that has not chosen one yet). */
  province: string | null;
  /** True when the account works on one province only: no chooser. */
  locked: boolean;
  units: UnitListItem[];
  canManage: boolean;
  done?: string;
  error?: UnitFormError;
  typed?: UnitsTyped;
};

export function KindSelect(props: { t: Translate; id: string; value: string }) {
  return (
    <select id={props.id} name="kind">
      {unitKinds.map((kind) => (
        <option value={kind} selected={props.value === kind}>
          {props.t(`units.kind.${kind}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}

/** Parent choices: the province's units as indented paths (`except`: a unit and what is below it, which cannot be its own parent). */
export function ParentSelect(props: { t: Translate; id: string; units: UnitListItem[]; value: string; except?: Set<number> }) {
  return (
    <select id={props.id} name="parentId" aria-describedby={`${props.id}-help`}>
      <option value="">{props.t('units.parent.none')}</option>
      {props.units
        .filter((u) => !props.except?.has(u.id))
        .map((u) => (
          <option value={String(u.id)} selected={props.value === String(u.id)}>
            {u.path}
          </option>
        ))}
    </select>
  );
}

/** The error summary of a units form: GOV.UK style, each field linked. */
export function UnitErrorSummary(props: { t: Translate; error?: UnitFormError }) {
  if (!props.error) return null;
  const text = unitErrorText(props.error);
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <p>
        <strong>{props.t(text.message)}</strong>
      </p>
      {text.field ? (
        <ul>
          <li>
            <a href={`#f-${text.field}`}>{props.t(text.message)}</a>
          </li>
        </ul>
      ) : null}
    </div>
  );
}

type Node = UnitListItem & { children: Node[] };

function nest(units: UnitListItem[]): Node[] {
  const top: Node[] = [];
  const byId = new Map<number, Node>();
  // `units` is in tree order: a parent always comes before its children.
  for (const unit of units) {
    const node: Node = { ...unit, children: [] };
    byId.set(unit.id, node);
    const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    (parent ? parent.children : top).push(node);
  }
  return top;
}

function UnitBranch(props: { t: Translate; nodes: Node[]; canManage: boolean }) {
  const { t } = props;
  return (
    <ul class="unit-tree">
      {props.nodes.map((u) => (
        <li class={u.deactivatedAt === null ? 'unit-item' : 'unit-item unit-inactive'}>
          <div class="unit-row">
            <p class="unit-name">
              <strong>{u.name}</strong> <span class="unit-kind">{t(`units.kind.${u.kind as UnitKind}` as MessageKey)}</span>
              {u.deactivatedAt !== null ? <span class="badge badge-off">{t('units.inactive')}</span> : null}
              <br />
              <span class="muted">{t('units.members', { n: u.memberCount })}</span>
            </p>
            <p class="unit-actions">
              {u.deactivatedAt === null ? (
                <a class="button secondary" href={`/editor/invites?unit=${u.id}`} aria-label={t('units.inviteNamed', { name: u.path })}>
                  {t('units.invite')}
                </a>
              ) : null}
              {props.canManage ? (
                <a class="button secondary" href={`/editor/units/${u.id}`} aria-label={t('units.editNamed', { name: u.path })}>
                  {t('units.edit')}
                </a>
              ) : null}
            </p>
          </div>
          {u.children.length > 0 ? <UnitBranch t={t} nodes={u.children} canManage={props.canManage} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** /editor/units: a province's units as a tree; admins add units here and edit each on its own page. */
export function UnitsPage(props: UnitsPageProps) {
  const t = translator(props.lang);
  const provinceName = props.provinces.find((p) => p.code === props.province)?.name ?? '';
  const query = props.province && !props.locked ? `?province=${props.province}` : '';
  const field = props.error ? unitErrorText(props.error).field : undefined;
  return (
    <Layout lang={props.lang} title={t('units.title')} path={`/editor/units${query}`} user={props.user}>
      <p class="breadcrumb">
        <a href="/editor">{t('ed.backToDesk')}</a>
      </p>
      <div class="editor-head">
        <h1>{t('units.title')}</h1>
        {props.canManage ? (
          <p class="editor-actions">
            <a class="button secondary" href="/editor/users/import">
              {t('units.import')}
            </a>
          </p>
        ) : null}
      </div>
      <p>{t('units.intro')}</p>
      {props.canManage ? null : <p class="muted">{t('units.readOnly')}</p>}
      <DoneNotice t={t} done={props.done} prefix="units.done" />
      <UnitErrorSummary t={t} error={props.error} />
      {props.locked ? (
        <p>
          <strong>{t('units.province.locked', { name: provinceName })}</strong>
        </p>
      ) : (
        <form method="get" action="/editor/units" class="filter-form">
          <div>
            <label for="f-province">{t('units.province')}</label>
            <select id="f-province" name="province">
              <option value="">—</option>
              {props.provinces.map((p) => (
                <option value={p.code} selected={p.code === props.province}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('units.province.choose')}</button>
        </form>
      )}
      {props.province === null ? (
        <p>{t('units.province.pick')}</p>
      ) : (
        <>
          <section aria-labelledby="tree-h">
            <h2 id="tree-h">{t('units.tree.heading', { province: provinceName })}</h2>
            {props.units.length === 0 ? <p>{t('units.tree.empty')}</p> : <UnitBranch t={t} nodes={nest(props.units)} canManage={props.canManage} />}
          </section>
          {props.canManage ? (
            <section aria-labelledby="create-h" class="panel">
              <h2 id="create-h">{t('units.create.heading')}</h2>
              <form method="post" action="/editor/units" class="stack-form unit-form">
                <input type="hidden" name="provinceCode" value={props.province} />
                <div class={field === 'name' ? 'field field-invalid' : 'field'}>
                  <label for="f-name">{t('units.field.name')}</label>
                  <p class="field-help" id="f-name-help">
                    {t('units.field.nameHelp')}
                  </p>
                  <input id="f-name" type="text" name="name" required maxlength={120} value={props.typed?.name ?? ''} aria-describedby="f-name-help" />
                </div>
                <div class="field">
                  <label for="f-kind">{t('units.field.kind')}</label>
                  <KindSelect t={t} id="f-kind" value={props.typed?.kind || 'other'} />
                </div>
                <div class={field === 'parentId' ? 'field field-invalid' : 'field'}>
                  <label for="f-parentId">{t('units.field.parent')}</label>
                  <p class="field-help" id="f-parentId-help">
                    {t('units.field.parentHelp')}
                  </p>
                  <ParentSelect t={t} id="f-parentId" units={props.units.filter((u) => u.deactivatedAt === null)} value={props.typed?.parentId ?? ''} />
                </div>
                <p>
                  <button type="submit">{t('units.create.submit')}</button>
                </p>
              </form>
            </section>
          ) : null}
        </>
      )}
    </Layout>
  );
}
