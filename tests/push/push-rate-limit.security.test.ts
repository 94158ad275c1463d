// A script cannot churn subscriptions: each account may subscribe 20 times per 10 minutes.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SUBSCRIBE_LIMIT } from '../../workers/push/push.routes';
import { signedInAs } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { fakeBrowser } from './helpers';

describe('POST /api/push/subscriptions rate limit', () => {
  it('answers 429 with Retry-After after 20 in 10 minutes, storing nothing more; another account is not affected', async () => {
    expect(SUBSCRIBE_LIMIT).toEqual({ limit: 20, periodMs: 600_000 });
    const member = await signedInAs('member');
    const browser = await fakeBrowser();
    for (let i = 0; i < 20; i++) {
      const res = await sendJson('POST', '/api/push/subscriptions', { endpoint: `${browser.endpoint}-${i}`, keys: browser.keys }, member.headers);
      expect(res.status).toBe(201);
    }
    const refused = await sendJson('POST', '/api/push/subscriptions', { endpoint: `${browser.endpoint}-over`, keys: browser.keys }, member.headers);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect((await readJson<{ status: number }>(refused)).status).toBe(429);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM push_subscriptions WHERE endpoint = ?').bind(`${browser.endpoint}-over`).first('n')).toBe(0);

    const other = await signedInAs('member');
    expect((await sendJson('POST', '/api/push/subscriptions', { endpoint: `${browser.endpoint}-other`, keys: browser.keys }, other.headers)).status).toBe(201);
  });
});
