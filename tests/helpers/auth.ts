import { env } from 'cloudflare:workers';
import type { Role } from '../../schema';
import { users } from '../../schema';
import { createSession, SESSION_COOKIE } from '../../workers/auth/session-store';
import { createDb } from '../../workers/core/db';
import { ORIGIN } from './http';

export type TestUser = {
  id: string;
  email: string;
  role: Role;
  /** Headers for a same-origin browser request with this user's session cookie. */
  headers: Record<string, string>;
};

let counter = 0;

/**
 * Insert an account with `role` and open a session for it, bypassing login
 * (tests of login itself go through POST /api/auth/login).
 */
export async function signedInAs(
  role: Role,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<TestUser> {
  const db = createDb(env.DB);
  counter += 1;
  const id = overrides.id ?? crypto.randomUUID();
  const email = overrides.email ?? `${role}-${counter}-${id.slice(0, 8)}@test.lantoa.local`;
  await db.insert(users).values({
    name: `Test ${role} ${counter}`,
    passwordHash: 'not-a-usable-hash',
    // Admins are national unless a test gives them a province (a provincial admin manages that province only).
    provinceCode: role === 'admin' ? null : 'HNI',
    unit: 'Đoàn Thanh niên phường Ba Đình',
    ...overrides,
    id,
    email,
    role,
  });
  const { token } = await createSession(db, id, 'vitest');
  return { id, email, role, headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: ORIGIN } };
}
