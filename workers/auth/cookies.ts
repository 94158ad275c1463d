import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../core/types';
import { deleteSession, SESSION_COOKIE } from './session-store';

/** `__Host-` cookie: Secure, Path=/, no Domain; HttpOnly and SameSite=Lax so other sites cannot ride it. */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    expires: new Date(expiresAt),
  });
}

/** Delete this browser's session row (if any) and clear its cookie. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(c.var.db, token);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
}
