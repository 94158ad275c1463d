import { provinceFilter } from '../auth/province-scope';
import { hasRole } from '../auth/roles';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';

/**
 * Which province's unit leaderboard `user` may read. Members and contributors see their own
 * province only; editors and admins follow the dashboard's province scope (a provincial one
 * sees their own, a national one picks any). Another province is FORBIDDEN; nationwide
 * readers must name one (a leaderboard is always per province).
 */
export function leaderboardProvince(user: SessionUser, asked: string | undefined): string {
  if (!hasRole(user.role, 'editor')) {
    if (!user.provinceCode) throw new AppError('NOT_FOUND', 'This account has no province, so no unit leaderboard');
    if (asked && asked !== user.provinceCode) throw new AppError('FORBIDDEN', `This account sees the units of ${user.provinceCode} only`);
    return user.provinceCode;
  }
  const { province } = provinceFilter(user, asked);
  if (!province) throw AppError.field('province', 'Choose a province: units are ranked within one province');
  return province;
}
