import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { isFormError } from '../../web/components/editor/page-error';
import type { UnitFormError } from '../../web/pages/editor/unit-errors';
import { UnitEditPage } from '../../web/pages/editor/unit-edit-page';
import { UnitsPage, type UnitsTyped } from '../../web/pages/editor/units-page';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { provinceFilter } from '../auth/province-scope';
import { hasRole } from '../auth/roles';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { listProvinces } from '../editorial/reference';
import { formString, type FormBody } from '../editorial/story-form';
import { subtreeIds } from './unit-tree';
import { createUnit, deleteUnit, unitInScope, updateUnit } from './unit-writes';
import { listUnits } from './units.queries';
import { createUnitInput, patchUnitInput, unitIdParam } from './units.schemas';

type Status = 200 | 400 | 403 | 404 | 409 | 422;

const pageQuery = v.object({
  province: v.optional(v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^([A-Z]{3})?$/, 'A province code has three letters'))),
  done: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,20}$/))),
});

async function renderTree(c: Context<AppEnv>, asked: string | undefined, extra: { done?: string; error?: UnitFormError; typed?: UnitsTyped } = {}, status: Status = 200) {
  const user = currentUser(c);
  const { province, locked } = provinceFilter(user, asked || undefined);
  const [provinces, units] = await Promise.all([listProvinces(c.var.db), province ? listUnits(c.var.db, province, { includeInactive: true }) : []]);
  if (province && !provinces.some((p) => p.code === province)) return c.html(UnitsPage({ lang: c.var.lang, user, provinces, province: null, locked, units: [], canManage: false }), 404);
  return c.html(UnitsPage({ lang: c.var.lang, user, provinces, province, locked, units, canManage: hasRole(user.role, 'admin'), ...extra }), status);
}

async function renderEdit(c: Context<AppEnv>, id: number, extra: { error?: UnitFormError; typed?: UnitsTyped } = {}, status: Status = 200) {
  const user = currentUser(c);
  const unit = await unitInScope(c.var.db, user, id);
  const units = await listUnits(c.var.db, unit.provinceCode, { includeInactive: true });
  const self = units.find((u) => u.id === id);
  if (!self) return c.notFound();
  const page = UnitEditPage({
    lang: c.var.lang,
    user,
    unit: self,
    units: units.filter((u) => u.deactivatedAt === null || u.id === self.parentId),
    below: subtreeIds(units, id),
    children: units.filter((u) => u.parentId === id).length,
    ...extra,
  });
  return c.html(page, status);
}

/** What was typed, to put back after a refusal. */
const typedUnit = (body: FormBody): UnitsTyped => ({ name: formString(body, 'name'), kind: formString(body, 'kind'), parentId: formString(body, 'parentId') });
const parentOf = (body: FormBody) => (formString(body, 'parentId') === '' ? null : Number(formString(body, 'parentId')));

/** A refused form re-renders its page with the message; anything else goes to the error page. */
async function orExplain(action: () => Promise<Response>, explain: (error: UnitFormError, status: Status) => Promise<Response>) {
  try {
    return await action();
  } catch (err) {
    if (!isFormError(err) || err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN') throw err;
    return explain({ code: err.code, detail: err.message, errors: err.errors }, err.status as Status);
  }
}

/** /editor/units in HTML: editors read their scope's tree; admins add, edit, (de)activate and delete with the JSON API's rules. */
export const unitsPageRoutes = new Hono<AppEnv>()
  .get('/editor/units', requirePage('editor'), validate('query', pageQuery), (c) => {
    const q = c.req.valid('query');
    return renderTree(c, q.province, { done: q.done });
  })
  .post('/editor/units', requirePage('admin'), async (c) => {
    const body: FormBody = await c.req.parseBody();
    const province = formString(body, 'provinceCode');
    return orExplain(
      async () => {
        const input = parseOrThrow(createUnitInput, { name: formString(body, 'name'), kind: formString(body, 'kind') || undefined, provinceCode: province || undefined, parentId: parentOf(body) });
        const unit = await createUnit(c.var.db, currentUser(c), input);
        return c.redirect(`/editor/units?province=${unit.provinceCode}&done=created`, 303);
      },
      (error, status) => renderTree(c, province || undefined, { error, typed: typedUnit(body) }, status),
    );
  })
  .get('/editor/units/:id', requirePage('admin'), validate('param', unitIdParam), (c) => renderEdit(c, c.req.valid('param').id))
  .post('/editor/units/:id', requirePage('admin'), validate('param', unitIdParam), async (c) => {
    const id = c.req.valid('param').id;
    const body: FormBody = await c.req.parseBody();
    return orExplain(
      async () => {
        const input = parseOrThrow(patchUnitInput, { name: formString(body, 'name'), kind: formString(body, 'kind') || undefined, parentId: parentOf(body) });
        const unit = await updateUnit(c.var.db, currentUser(c), id, input);
        return c.redirect(`/editor/units?province=${unit.provinceCode}&done=updated`, 303);
      },
      (error, status) => renderEdit(c, id, { error, typed: typedUnit(body) }, status),
    );
  })
  .post('/editor/units/:id/active', requirePage('admin'), validate('param', unitIdParam), async (c) => {
    const id = c.req.valid('param').id;
    const body: FormBody = await c.req.parseBody();
    const active = formString(body, 'active') === 'yes';
    const unit = await updateUnit(c.var.db, currentUser(c), id, { active });
    return c.redirect(`/editor/units?province=${unit.provinceCode}&done=${active ? 'reactivated' : 'deactivated'}`, 303);
  })
  .post('/editor/units/:id/delete', requirePage('admin'), validate('param', unitIdParam), async (c) => {
    const id = c.req.valid('param').id;
    return orExplain(
      async () => {
        const unit = await unitInScope(c.var.db, currentUser(c), id);
        await deleteUnit(c.var.db, currentUser(c), id);
        return c.redirect(`/editor/units?province=${unit.provinceCode}&done=deleted`, 303);
      },
      (error, status) => renderEdit(c, id, { error }, status),
    );
  });
