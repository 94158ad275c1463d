import type { SessionUser } from '../../../workers/core/types';
import type { UnitListItem } from '../../../workers/units/units.queries';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { unitErrorText, type UnitFormError } from './unit-errors';
import { KindSelect, ParentSelect, UnitErrorSummary, type UnitsTyped } from './units-page';

export type UnitEditPageProps = {
  lang: Lang;
  user: SessionUser;
  unit: UnitListItem;
  /** The other units of its province (tree order), for "part of". */
  units: UnitListItem[];
  /** The unit and every unit below it: none of them can become its parent. */
  below: Set<number>;
  children: number;
  error?: UnitFormError;
  typed?: UnitsTyped;
};

/** /editor/units/:id: rename, change kind, move; deactivate or reactivate; delete when nothing depends on it. */
export function UnitEditPage(props: UnitEditPageProps) {
  const t = translator(props.lang);
  const u = props.unit;
  const field = props.error ? unitErrorText(props.error).field : undefined;
  const active = u.deactivatedAt === null;
  const deletable = u.memberCount === 0 && props.children === 0;
  const back = `/editor/units?province=${u.provinceCode}`;
  return (
    <Layout lang={props.lang} title={`${t('units.editPage.title')}: ${u.name}`} path={`/editor/units/${u.id}`} user={props.user}>
      <p class="breadcrumb">
        <a href={back}>{t('units.editPage.back')}</a>
      </p>
      <h1>{t('units.editPage.title')}</h1>
      <p>{t('units.editPage.path', { path: u.path })}</p>
      <p class="muted">
        {t('units.members', { n: u.memberCount })}
        {active ? null : ` · ${t('units.inactive')}`}
      </p>
      <UnitErrorSummary t={t} error={props.error} />
      <form method="post" action={`/editor/units/${u.id}`} class="stack-form unit-form">
        <div class={field === 'name' ? 'field field-invalid' : 'field'}>
          <label for="f-name">{t('units.field.name')}</label>
          <p class="field-help" id="f-name-help">
            {t('units.field.nameHelp')}
          </p>
          <input id="f-name" type="text" name="name" required maxlength={120} value={props.typed?.name ?? u.name} aria-describedby="f-name-help" />
        </div>
        <div class="field">
          <label for="f-kind">{t('units.field.kind')}</label>
          <KindSelect t={t} id="f-kind" value={props.typed?.kind ?? u.kind} />
        </div>
        <div class={field === 'parentId' ? 'field field-invalid' : 'field'}>
          <label for="f-parentId">{t('units.field.parent')}</label>
          <p class="field-help" id="f-parentId-help">
            {t('units.field.parentHelp')}
          </p>
          <ParentSelect t={t} id="f-parentId" units={props.units} value={props.typed?.parentId ?? (u.parentId === null ? '' : String(u.parentId))} except={props.below} />
        </div>
        <p>
          <button type="submit">{t('units.save')}</button>
        </p>
      </form>
      <section aria-labelledby="active-h" class="panel">
        <h2 id="active-h">{t('units.deactivate.heading')}</h2>
        <form method="post" action={`/editor/units/${u.id}/active`} class="stack-form">
          <input type="hidden" name="active" value={active ? 'no' : 'yes'} />
          <p class="muted">{active ? t('units.deactivate.hint') : t('units.reactivate.hint')}</p>
          <p>
            <button type="submit" class="button secondary">
              {active ? t('units.deactivate.submit') : t('units.reactivate.submit')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="delete-h" class="panel">
        <h2 id="delete-h">{t('units.delete.heading')}</h2>
        {deletable ? (
          <form method="post" action={`/editor/units/${u.id}/delete`} class="stack-form">
            <p class="muted">{t('units.delete.hint')}</p>
            <p>
              <button type="submit" class="button secondary">
                {t('units.delete.submit')}
              </button>
            </p>
          </form>
        ) : (
          <p>{t('units.delete.refused', { members: u.memberCount, children: props.children })}</p>
        )}
      </section>
    </Layout>
  );
}
