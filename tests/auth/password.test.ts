import { describe, expect, it } from 'vitest';
import { deterministicSalt, hashPassword, PBKDF2_ITERATIONS, verifyPassword } from '../../workers/auth/password';

describe('password hashing', () => {
  it('stores PBKDF2-SHA-256 with 100,000 iterations, a salt and a hash, never the password', async () => {
    const stored = await hashPassword('mật khẩu đủ dài');
    const [scheme, iterations, salt, hash] = stored.split('$');
    expect(scheme).toBe('pbkdf2-sha256');
    expect(Number(iterations)).toBe(100_000);
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    expect(atob(salt ?? '').length).toBe(16);
    expect(atob(hash ?? '').length).toBe(32);
    expect(stored).not.toContain('mật khẩu');
  });

  it('salts each hash: the same password hashes differently twice', async () => {
    expect(await hashPassword('cùng một mật khẩu')).not.toBe(await hashPassword('cùng một mật khẩu'));
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('treats composed and decomposed Vietnamese as the same password', async () => {
    const stored = await hashPassword('Hà Nội mùa thu 2026');
    expect(await verifyPassword('Hà Nội mùa thu 2026'.normalize('NFD'), stored)).toBe(true);
  });

  it('refuses an unknown account or an unusable hash without throwing', async () => {
    expect(await verifyPassword('anything at all', null)).toBe(false);
    expect(await verifyPassword('anything at all', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('anything at all', 'pbkdf2-sha256$100000$!!$!!')).toBe(false);
  });

  it('is deterministic with a derived salt, for the seed only', async () => {
    const salt = await deterministicSalt('a@lantoa.local');
    expect(await hashPassword('lantoa-demo-2026', salt)).toBe(await hashPassword('lantoa-demo-2026', await deterministicSalt('a@lantoa.local')));
  });
});
