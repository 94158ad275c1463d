import type { SessionUser } from '../core/types';
import { provinceFilter } from '../auth/province-scope';

export type ProvinceScope = {
  /** The province every figure is limited to, or null for the whole country. */
  province: string | null;
  /** True when the account, not the reader's choice, fixes the province. */
  locked: boolean;
};

/**
 * Which province a dashboard reader may see. Admins and editors without a
 * province see everything (and may narrow it); an editor whose account has a
 * province sees only that province, and asking for another one is FORBIDDEN.
 */
export function provinceScope(user: SessionUser, asked: string | undefined): ProvinceScope {
  return provinceFilter(user, asked);
}
