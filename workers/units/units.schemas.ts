import * as v from 'valibot';
import { unitKinds } from '../../schema';

/**
 * A unit's own name: NFC, blanks collapsed, trimmed. No "/" (it separates the names of a path,
 * so "A / B" typed as one name could never be found again by its path).
 */
export const unitName = v.pipe(
  v.string('Enter the unit’s name'),
  v.transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim()),
  v.minLength(1, 'Enter the unit’s name'),
  v.maxLength(120, 'A unit’s name has at most 120 characters'),
  v.check((s) => !s.includes('/'), 'A unit’s name cannot contain “/” (it separates the names of a path)'),
);

const provinceCode = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{3}$/, 'A province code has three letters, e.g. DNG'));
const unitIdNumber = v.pipe(v.number('Must be a unit id'), v.integer('Must be a unit id'), v.minValue(1, 'Must be a unit id'));

export const unitIdParam = v.object({ id: v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,9}$/, 'Must be a unit id'), v.transform(Number)) });

export const listUnitsQuery = v.object({
  province: v.optional(provinceCode),
  /** `1`/`true`: deactivated units too (greyed out on the page). */
  includeInactive: v.optional(v.pipe(v.picklist(['0', '1', 'true', 'false'], 'Use 1 or 0'), v.transform((s) => s === '1' || s === 'true'))),
});

export const createUnitInput = v.object({
  name: unitName,
  kind: v.optional(v.picklist(unitKinds, 'Unknown kind of unit'), 'other'),
  /** Optional for an admin or editor with a province (theirs is used); a national admin names one. */
  provinceCode: v.optional(provinceCode),
  /** The parent unit (same province); null or absent: a top-level unit of the province. */
  parentId: v.optional(v.nullable(unitIdNumber)),
});
export type CreateUnitInput = v.InferOutput<typeof createUnitInput>;

export const patchUnitInput = v.pipe(
  v.object({
    name: v.optional(unitName),
    kind: v.optional(v.picklist(unitKinds, 'Unknown kind of unit')),
    /** Move under another unit of the same province; null: to the top of the province. */
    parentId: v.optional(v.nullable(unitIdNumber)),
    /** false deactivates (members keep it, pickers stop offering it); true reactivates. */
    active: v.optional(v.boolean('Must be true or false')),
  }),
  v.check((input) => Object.values(input).some((value) => value !== undefined), 'Send at least one field to change'),
);
export type PatchUnitInput = v.InferOutput<typeof patchUnitInput>;
