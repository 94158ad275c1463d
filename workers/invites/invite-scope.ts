// Who may hand out invitation links, and for which units. An invitation creates accounts,
// so it follows the account rules: admins (an admin with a province only for that province,
// as decided for issue 12) and provincial editors (editors WITH a province, for their
// province's units only). A national editor (no province) may not: handing out accounts
// nationwide is an admin's job, and such an editor has no province to keep new members in.
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { ownProvince } from '../auth/province-scope';

/** True when `user` may create, list and revoke invitations at all. */
export function mayInvite(user: SessionUser): boolean {
  return user.role === 'admin' || (user.role === 'editor' && user.provinceCode !== null);
}

/** The province `user`'s invitations are limited to, or null for every province (an admin's own province scopes them too). */
export function inviteProvince(user: SessionUser): string | null {
  if (!mayInvite(user)) throw new AppError('FORBIDDEN', 'Invitations are for admins and provincial editors');
  return ownProvince(user);
}

/** Throws FORBIDDEN unless `user` may handle invitations for a unit of `provinceCode`. */
export function assertMayInviteTo(user: SessionUser, provinceCode: string): void {
  const own = inviteProvince(user);
  if (own !== null && own !== provinceCode) throw new AppError('FORBIDDEN', `This account works on ${own} only; this unit is outside it`);
}
