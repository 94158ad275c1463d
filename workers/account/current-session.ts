import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/session-store';
import { sha256Hex } from '../core/crypto';
import type { AppEnv } from '../core/types';

/** The hash of the session this request came with (null for bearer clients): "this device". */
export async function currentSessionHash(c: Context<AppEnv>): Promise<string | null> {
  if (c.var.authVia !== 'cookie') return null;
  const token = getCookie(c, SESSION_COOKIE);
  return token ? sha256Hex(token) : null;
}

/** The caller's address, for the sign-in limits a password check shares. */
export const clientIp = (c: Context<AppEnv>) => c.req.header('cf-connecting-ip') ?? 'unknown';
