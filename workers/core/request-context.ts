import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLang, type Lang } from '../../web/i18n';
import { carryBookmark, openD1Session } from './d1-session';
import { createDb } from './db';
import type { AppEnv } from './types';

export const LANG_COOKIE = 'lang';

/**
 * Pages whose English address is their own (`/check` for `/kiem-tra`, `/learn` for `/hoc`): someone
 * following such a link gets English unless they chose a language before (`?lang=`, the cookie).
 */
const ENGLISH_PATHS = /^\/(check|learn)(\/|$)/;

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
      else if (ENGLISH_PATHS.test(c.req.path)) lang = 'en';
    }
    c.set('lang', lang);
    await next();
    carryBookmark(c, d1);
  };
}
