// A reset link used while D1 refuses writes: a 503 page, nothing half-written,
// and the same link still works once D1 is back (the person is not locked out).
import { describe, expect, it } from 'vitest';
import { withPassword } from '../auth/account-helpers';
import { freshIp, login } from '../auth/login-helpers';
import { ORIGIN } from '../helpers/http';
import { failingD1, fetchDuringOutage } from '../helpers/outage';
import { issueLink, setPasswordWithLink } from './reset-link-helpers';

describe('a reset link while D1 is down', () => {
  it('answers 503, keeps the old password and the link, and works once D1 is back', async () => {
    const admin = await withPassword('admin', 'mat-khau-quan-tri');
    const person = await withPassword('member', 'mat-khau-cu-2026');
    const { token } = await issueLink(admin, person.id);
    const path = `/dat-mat-khau/${token}`;
    const form = {
      method: 'POST',
      redirect: 'manual' as const,
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ password: 'mat-khau-moi-2026' }).toString(),
    };
    const down = await fetchDuringOutage({ DB: failingD1('writes') }, path, form);
    expect(down.status).toBe(503);
    expect(await down.text()).not.toMatch(/D1_ERROR/);
    expect((await login(person.email, 'mat-khau-moi-2026', freshIp())).status).toBe(401);
    expect((await login(person.email, 'mat-khau-cu-2026', freshIp())).status).toBe(200);

    expect((await setPasswordWithLink(path, 'mat-khau-moi-2026')).status).toBe(303);
    expect((await login(person.email, 'mat-khau-moi-2026', freshIp())).status).toBe(200);
  });
});
