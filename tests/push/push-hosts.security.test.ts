// A member cannot make the Worker POST to a host of their choosing: only endpoints on a known
// push service (PUSH_SERVICE_HOSTS) are stored.
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { DEFAULT_PUSH_SERVICE_HOSTS, isKnownPushService } from '../../workers/push/push-hosts';
import { signedInAs } from '../helpers/auth';
import { ORIGIN, readJson, sendJson } from '../helpers/http';
import { fakeBrowser } from './helpers';

type Problem = { status: number; errors?: { path: string; message: string }[] };

describe('push endpoint allow-list', () => {
  it.each([
    ['any public https host', 'https://attacker.example.com/collect'],
    ['a look-alike of a push service', 'https://evilpush.apple.com.attacker.example/x'],
    ['a suffix without the dot', 'https://notpush.example.test/x'],
  ])('refuses %s with 400 naming endpoint, storing nothing', async (_what, endpoint) => {
    const member = await signedInAs('member');
    const { keys } = await fakeBrowser();
    const res = await sendJson('POST', '/api/push/subscriptions', { endpoint, keys }, member.headers);
    expect(res.status).toBe(400);
    const problem = await readJson<Problem>(res);
    expect(problem.errors).toEqual([{ path: 'endpoint', message: 'Not a known push service' }]);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE endpoint = ?').bind(endpoint).first('n')).toBe(0);
  });

  it('accepts the test push service, and the real ones by default when the variable is empty', async () => {
    const member = await signedInAs('member');
    const browser = await fakeBrowser();
    expect((await sendJson('POST', '/api/push/subscriptions', { endpoint: browser.endpoint, keys: browser.keys }, member.headers)).status).toBe(201);

    // With no list configured, the real services (and only they) are allowed.
    const defaults = { ...env, PUSH_SERVICE_HOSTS: '' };
    const post = (endpoint: string) =>
      createApp().fetch(
        new Request(`${ORIGIN}/api/push/subscriptions`, { method: 'POST', headers: { ...member.headers, 'content-type': 'application/json' }, body: JSON.stringify({ endpoint, keys: browser.keys }) }),
        defaults,
        createExecutionContext(),
      );
    expect((await post(`https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`)).status).toBe(201);
    expect((await post(`https://web.push.apple.com/${crypto.randomUUID()}`)).status).toBe(201);
    expect((await post(browser.endpoint)).status).toBe(400);
  });

  it('matches whole host labels', () => {
    const hosts = DEFAULT_PUSH_SERVICE_HOSTS;
    expect(isKnownPushService('https://wns2-by3p.notify.windows.com/w/?token=x', hosts)).toBe(true);
    expect(isKnownPushService('https://updates.push.services.mozilla.com/wpush/v2/x', hosts)).toBe(true);
    expect(isKnownPushService('https://web.push.apple.com/x', hosts)).toBe(true);
    expect(isKnownPushService('https://fakepush.apple.com.evil.test/x', hosts)).toBe(false);
    expect(isKnownPushService('https://xnotify.windows.com/x', hosts)).toBe(false);
  });
});
