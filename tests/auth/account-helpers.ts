import { env } from 'cloudflare:workers';
import type { Role } from '../../schema';
import { hashPassword } from '../../workers/auth/password';
import { createSession, SESSION_COOKIE } from '../../workers/auth/session-store';
import { createDb } from '../../workers/core/db';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN } from '../helpers/http';

export const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
export const LAPTOP_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** A signed-in account whose password is `password` (signedInAs gives an unusable hash). */
export async function withPassword(role: Role, password: string, overrides: Parameters<typeof signedInAs>[1] = {}): Promise<TestUser> {
  return signedInAs(role, { passwordHash: await hashPassword(password), ...overrides });
}

/** Another session of the same account, from another device: its cookie headers. */
export async function anotherSession(userId: string, userAgent: string): Promise<Record<string, string>> {
  const { token } = await createSession(createDb(env.DB), userId, userAgent);
  return { cookie: `${SESSION_COOKIE}=${token}`, origin: ORIGIN };
}

/** A same-origin HTML form post, as a browser without scripts sends it. */
export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetchApp(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** GET a page as a browser. */
export function getPage(path: string, headers: Record<string, string> = {}) {
  return fetchApp(path, { redirect: 'manual', headers: { accept: 'text/html', ...headers } });
}

export async function sessionCount(userId: string): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').bind(userId).first<{ n: number }>();
  return row?.n ?? 0;
}
