// Province scope: what an editor or admin whose account names a province may read.
// Admins and editors without a province work nationwide. One with a
// province sees that province only: its figures, its cases (a case without a
// province is national work), its reporters' contacts, and (admins) its accounts
// (workers/users/account-scope.ts). Asking for anything of
// another province is FORBIDDEN (403), the same answer everywhere: the ids and
// slugs involved are not secret, what they hold is.
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';

/**
 * The province `user` is limited to, or null for nationwide reach. The same for every
 * role: an admin with a province is a provincial admin (issue 12), scoped like a
 * provincial editor; only accounts without a province are national.
 */
export function ownProvince(user: SessionUser): string | null {
  return user.provinceCode;
}

/** True when `user` may read something that belongs to `provinceCode` (null: national). */
export function inProvinceScope(user: SessionUser, provinceCode: string | null): boolean {
  const own = ownProvince(user);
  return own === null || provinceCode === own;
}

/** Throws FORBIDDEN unless `user` may read something of `provinceCode`; `what` names it in the message. */
export function assertInProvinceScope(user: SessionUser, provinceCode: string | null, what: string): void {
  if (!inProvinceScope(user, provinceCode)) {
    throw new AppError('FORBIDDEN', `This account works on ${ownProvince(user)} only; ${what} is outside it`);
  }
}

/**
 * The province a listing is limited to: the account's own one for a scoped
 * editor or admin (asking for another is FORBIDDEN), else what the reader asked for.
 */
export function provinceFilter(user: SessionUser, asked: string | undefined): { province: string | null; locked: boolean } {
  const own = ownProvince(user);
  if (own === null) return { province: asked ?? null, locked: false };
  if (asked && asked !== own) throw new AppError('FORBIDDEN', `This account sees ${own} only`);
  return { province: own, locked: true };
}
