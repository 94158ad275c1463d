// New tracked links are limited per address (anonymous) and per member, so nobody can
// pump a campaign's share count: 429 with Retry-After, problem+json or, for the no-JS
// form, an HTML page.
import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { AppError } from '../../workers/core/errors';
import { createDb } from '../../workers/core/db';
import { hmacHex } from '../../workers/core/crypto';
import { countShareRequest, SHARE_ADDRESS_LIMIT, SHARE_MEMBER_LIMIT } from '../../workers/share/share-limits';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';

type Problem = { code: string; status: number };
const app = createApp();
let ipCounter = 0;
const nextIp = () => `192.0.2.${++ipCounter}`;

/** POST /api/shares through the app with bindings overridden (e.g. no Rate Limiting binding, as in a bare dev server). */
async function shareInApp(body: unknown, headers: Record<string, string>, overrides: Partial<Env>) {
  const ctx = createExecutionContext();
  const res = await app.request(
    `${ORIGIN}/api/shares`,
    { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers }, body: JSON.stringify(body) },
    { ...env, ...overrides },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

/** Send share requests until one is refused (the local binding counts in fixed windows: allow one boundary). */
async function untilRefused(limit: number, send: (i: number) => Promise<Response>) {
  let accepted = 0;
  for (let i = 0; i < 2 * limit + 1; i++) {
    const res = await send(i);
    if (res.status === 429) return { refused: res, accepted };
    expect(res.status, await res.clone().text()).toBe(201);
    accepted += 1;
  }
  return { refused: null, accepted };
}

describe('per-address limit on anonymous shares', () => {
  it('answers 429 with Retry-After and problem+json once one address asks too often (Rate Limiting binding)', async () => {
    const story = await insertStory();
    const ip = nextIp();
    const { refused, accepted } = await untilRefused(SHARE_ADDRESS_LIMIT.limit, (i) =>
      sendJson('POST', '/api/shares', { story: story.id, channel: 'copy' }, { 'cf-connecting-ip': ip, 'user-agent': `browser-${i}` }),
    );
    expect(refused).not.toBeNull();
    expect(accepted).toBeGreaterThanOrEqual(SHARE_ADDRESS_LIMIT.limit);
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect(refused?.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<Problem>(refused as Response)).code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await sendJson('POST', '/api/shares', { story: story.id, channel: 'copy' }, { 'cf-connecting-ip': nextIp() })).status).toBe(201);
  });

  it('holds with the D1 counter when the binding is missing, keyed by a hash of the address', async () => {
    const story = await insertStory();
    const ip = nextIp();
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i <= SHARE_ADDRESS_LIMIT.limit; i++) {
      last = await shareInApp({ story: story.id, channel: 'x' }, { 'cf-connecting-ip': ip, 'user-agent': `agent-${i}` }, { SHARE_LIMITER: undefined });
      statuses.push(last.status);
    }
    // A minute boundary may fall inside the loop and reset the window once.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(SHARE_ADDRESS_LIMIT.limit);
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
    const key = `share:ip:${await hmacHex('test-only-hash-secret', ip)}`;
    const counter = await env.DB.prepare('SELECT count FROM rate_counters WHERE key = ?').bind(key).first<{ count: number }>();
    expect(counter?.count).toBeGreaterThanOrEqual(1);
    const everything = JSON.stringify((await env.DB.prepare('SELECT * FROM rate_counters').all()).results);
    expect(everything).not.toContain(ip);
  });

  it('refuses the 61st request of a window with the seconds left until it ends (D1 counter)', async () => {
    const db = createDb(env.DB);
    const start = 1_800_000_000_000; // a window boundary (multiple of 60 s)
    for (let i = 0; i < SHARE_ADDRESS_LIMIT.limit; i++) await countShareRequest({}, db, { addressKey: 'k-address' }, start + i * 500);
    const refusal = await countShareRequest({}, db, { addressKey: 'k-address' }, start + 42_000).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('RATE_LIMITED');
    expect((refusal as AppError).retryAfter).toBe(18);
    await expect(countShareRequest({}, db, { addressKey: 'k-address' }, start + 60_000)).resolves.toBeUndefined();
  });
});

describe('per-member limit', () => {
  it('answers 429 with Retry-After for a member who asks too often, from any address, and not for a colleague', async () => {
    const story = await insertStory();
    const member = await signedInAs('member');
    const { refused, accepted } = await untilRefused(SHARE_MEMBER_LIMIT.limit, (i) =>
      sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }, { ...member.headers, 'cf-connecting-ip': nextIp(), 'user-agent': `b-${i}` }),
    );
    expect(refused).not.toBeNull();
    expect(accepted).toBeGreaterThanOrEqual(SHARE_MEMBER_LIMIT.limit);
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect((await readJson<Problem>(refused as Response)).code).toBe('RATE_LIMITED');
    const colleague = await signedInAs('member');
    expect((await sendJson('POST', '/api/shares', { story: story.id, channel: 'zalo' }, colleague.headers)).status).toBe(201);
  });

  it('holds with the D1 counter when the binding is missing', async () => {
    const story = await insertStory();
    const member = await signedInAs('member');
    const statuses: number[] = [];
    let refused: Response | null = null;
    for (let i = 0; i <= SHARE_MEMBER_LIMIT.limit; i++) {
      const res = await shareInApp({ story: story.id, channel: 'telegram' }, member.headers, { SHARE_MEMBER_LIMITER: undefined });
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(SHARE_MEMBER_LIMIT.limit);
    expect(statuses.every((s) => s === 201 || s === 429)).toBe(true);
    const counter = await env.DB.prepare('SELECT count FROM rate_counters WHERE key = ?').bind(`share:user:${member.id}`).first<{ count: number }>();
    expect(counter?.count).toBeGreaterThanOrEqual(1);
    if (refused) expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('refuses the 31st request of a window (D1 counter)', async () => {
    const db = createDb(env.DB);
    const start = 1_800_000_060_000;
    for (let i = 0; i < SHARE_MEMBER_LIMIT.limit; i++) await countShareRequest({}, db, { userId: 'member-x' }, start + i * 1000);
    const refusal = await countShareRequest({}, db, { userId: 'member-x' }, start + 50_000).catch((e: unknown) => e);
    expect((refusal as AppError).code).toBe('RATE_LIMITED');
    expect((refusal as AppError).retryAfter).toBe(10);
  });
});

describe('the no-JS share form', () => {
  it('answers an HTML page with 429 and Retry-After when the limit is reached', async () => {
    const story = await insertStory();
    const member = await signedInAs('member');
    let refused: Response | null = null;
    for (let i = 0; i < 2 * SHARE_MEMBER_LIMIT.limit + 1 && !refused; i++) {
      const res = await fetchApp('/share', {
        method: 'POST',
        headers: { ...member.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
        body: new URLSearchParams({ story: String(story.id), channel: 'copy', use: '0' }).toString(),
      });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    expect(refused).not.toBeNull();
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect(refused?.headers.get('content-type')).toContain('text/html');
    expect(await refused?.text()).toContain('Bạn thao tác quá nhanh');
  });
});
