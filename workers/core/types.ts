import type { Role } from '../../schema';
import type { Db } from './db';
import type { Lang } from '../../web/i18n';

/** The signed-in account, as handlers see it. Never carries the password hash. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  provinceCode: string | null;
  /** The unit's path ("Đảng bộ phường Hải Châu / Chi bộ khu phố 3"), or legacy free text; see `unitId`. */
  unit: string | null;
  unitId: number | null;
  /** E.164 (`+84905123456`) or null. */
  phone: string | null;
};

/** Hono generics for every router in the app. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    db: Db;
    requestId: string;
    lang: Lang;
    /** Set by `authenticate`; null for anonymous requests. */
    user: SessionUser | null;
    /** How the user was authenticated: cookie sessions need CSRF checks, bearer tokens do not. */
    authVia: 'cookie' | 'bearer' | null;
    /** Set by `cacheAnonymous`: path + the cache key's parameters, the only query a cached page may link to. */
    pagePath?: string;
  };
};
