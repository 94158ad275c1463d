import type { ErrorCode, FieldError } from '../../../workers/core/errors';
import type { MessageKey } from '../../i18n';

/** A refused unit form, as the page needs it. */
export type UnitFormError = { code: ErrorCode; detail: string; errors?: FieldError[] };

/** The Vietnamese (or English) sentence for a refused unit form, and the field it belongs to. */
export function unitErrorText(error: UnitFormError): { message: MessageKey; field?: 'name' | 'parentId' | 'kind' | 'province' } {
  const path = error.errors?.[0]?.path;
  if (error.code === 'CONFLICT' && (path === 'name' || path === 'parentId')) return { message: 'units.error.duplicate', field: path };
  if (error.code === 'CONFLICT') return { message: 'units.error.hasMembers' };
  if (path === 'parentId') return { message: /itself|below/.test(error.detail) ? 'units.error.cycle' : 'units.error.parent', field: 'parentId' };
  if (path === 'name') return { message: 'units.error.name', field: 'name' };
  if (path === 'kind') return { message: 'units.error.other', field: 'kind' };
  if (path === 'provinceCode') return { message: 'units.error.province', field: 'province' };
  if (error.code === 'FORBIDDEN') return { message: 'ed.error.FORBIDDEN' };
  return { message: 'units.error.other' };
}
