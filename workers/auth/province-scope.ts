// Province scope: what an editor or admin whose account names a province may read.
// Admins and editors without a province work nationwide. One with a
// province sees that province only: its figures, its cases (a case without a
// province is national work), its reporters' contacts. Asking for anything of
// another province is FORBIDDEN (403), the same answer everywhere: the ids and
// slugs involved are not secret, what they hold is.
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';

/** The province `user` is limited to, or null for nationwide reach. */
export function ownProvince(user: SessionUser): string | null {
  // An admin with a province is scoped to it exactly like a provincial editor (issue 12).
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
 * editor (asking for another is FORBIDDEN), else what the reader asked for.
 */
export function provinceFilter(user: SessionUser, asked: string | undefined): { province: string | null; locked: boolean } {
  const own = ownProvince(user);
  if (own === null) return { province: asked ?? null, locked: false };
  if (asked && asked !== own) throw new AppError('FORBIDDEN', `This account sees ${own} only`);
  return { province: own, locked: true };
}
