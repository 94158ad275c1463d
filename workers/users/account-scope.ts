// Which accounts an admin manages. An admin without a province is national and
// manages every account. An admin whose account names a province (a provincial
// admin, e.g. admin2@ for Đà Nẵng) manages the accounts of that province only,
// with the same answers as the rest of the province scope (workers/auth/province-scope.ts):
// an id that names no account is 404, an account of another province (or a national
// one, without a province) is 403. A provincial admin can never make an account
// national or move it elsewhere: every account they create or change stays in their
// province. Operations that reach beyond one province are for national admins only
// (`assertNationalAdmin`); which ones, and why, is said where each is guarded.
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { ownProvince } from '../auth/province-scope';

/** Throws FORBIDDEN unless `actor` manages accounts of `provinceCode` (null: a national account). */
export function assertAccountInScope(actor: SessionUser, account: { provinceCode: string | null }): void {
  const own = ownProvince(actor);
  if (own !== null && account.provinceCode !== own) {
    throw new AppError('FORBIDDEN', `This admin manages accounts of ${own} only`);
  }
}

/**
 * The province a new account gets. A provincial admin's accounts are always of their
 * province: leaving it out means theirs, naming another one, or none (`null`: a national
 * account), is FORBIDDEN.
 */
export function provinceForNewAccount(actor: SessionUser, asked: string | null | undefined): string | null {
  const own = ownProvince(actor);
  if (own === null) return asked ?? null;
  if (asked === undefined || asked === own) return own;
  throw new AppError('FORBIDDEN', `This admin can only create accounts of ${own}`, { errors: [{ path: 'provinceCode', message: `Only ${own}` }] });
}

/** A change of province by a provincial admin: only "stay in mine" is allowed (no move, no national account). */
export function assertProvinceChangeInScope(actor: SessionUser, asked: string | null | undefined): void {
  const own = ownProvince(actor);
  if (own === null || asked === undefined || asked === own) return;
  throw new AppError('FORBIDDEN', `This admin cannot move an account out of ${own}`, { errors: [{ path: 'provinceCode', message: `Only ${own}` }] });
}

/** True for an admin without a province. */
export function isNationalAdmin(actor: SessionUser): boolean {
  return actor.role === 'admin' && ownProvince(actor) === null;
}

/** Throws FORBIDDEN unless `actor` is a national admin; `what` names the operation in the message. */
export function assertNationalAdmin(actor: SessionUser, what: string): void {
  if (!isNationalAdmin(actor)) throw new AppError('FORBIDDEN', `${what} is for national admins only`);
}
