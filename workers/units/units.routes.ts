import { Hono } from 'hono';
import { currentUser, requireRole } from '../auth/middleware';
import { provinceFilter } from '../auth/province-scope';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { createUnit, deleteUnit, updateUnit } from './unit-writes';
import { listUnits, unitJson } from './units.queries';
import { createUnitInput, listUnitsQuery, patchUnitInput, unitIdParam } from './units.schemas';

/**
 * Units as data (JSON). Editors read the units of their scope (they invite people into them);
 * admins change them, an admin with a province in that province only. Every change is audited.
 */
export const unitsRoutes = new Hono<AppEnv>()
  .get('/api/units', requireRole('editor'), validate('query', listUnitsQuery), async (c) => {
    const query = c.req.valid('query');
    const { province } = provinceFilter(currentUser(c), query.province);
    const rows = await listUnits(c.var.db, province, { includeInactive: query.includeInactive });
    return c.json({ province, units: rows.map(unitJson) });
  })
  .post('/api/units', requireRole('admin'), validate('json', createUnitInput), async (c) => {
    const unit = await createUnit(c.var.db, currentUser(c), c.req.valid('json'));
    return c.json({ unit }, 201);
  })
  .patch('/api/units/:id', requireRole('admin'), validate('param', unitIdParam), validate('json', patchUnitInput), async (c) => {
    const unit = await updateUnit(c.var.db, currentUser(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ unit });
  })
  .delete('/api/units/:id', requireRole('admin'), validate('param', unitIdParam), async (c) => {
    await deleteUnit(c.var.db, currentUser(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
