import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLang, type Lang } from '../../web/i18n';
import { carryBookmark, openD1Session } from './d1-session';
import { createDb } from './db';
import type { AppEnv } from './types';

export const LANG_COOKIE = 'lang';

/**
 * Attaches the per-request services: the DB client (over a D1 session that reads near the reader;
 * d1-session.ts decides where it may read and hands its bookmark back) and the reader's language.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
  return async function requestContext(c, next) {
    const d1 = openD1Session(c);
    c.set('db', createDb(d1));
    c.set('user', null);
    c.set('authVia', null);
    const asked = c.req.query('lang');
    let lang: Lang = 'vi';
    if (isLang(asked)) {
      lang = asked;
      // Remember an explicit choice so later pages keep the language.
      setCookie(c, LANG_COOKIE, lang, { path: '/', httpOnly: true, secure: true, sameSite: 'Lax', maxAge: 31536000 });
    } else {
      const saved = getCookie(c, LANG_COOKIE);
      if (isLang(saved)) lang = saved;
    }
    c.set('lang', lang);
    await next();
    carryBookmark(c, d1);
  };
}
