import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../workers/app';
import { SESSION_COOKIE } from '../../workers/auth/session-store';
import { memoryCache } from '../../workers/stories/cache';
import { CACHED_ROUTES, cachedRouteFor } from '../../workers/stories/cache-routes';
import { answerFromCache } from '../../workers/stories/cached-hit';
import { emitStoryEvent } from '../../workers/stories/events';
import worker from '../../workers/index';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN } from '../helpers/http';
import { insertStory, untilCached } from './helpers';

// Anonymous cache hits are answered in workers/index.ts before the app's middleware
// (workers/stories/cached-hit.ts). These tests call that fast path directly and compare
// it with a hit served the normal way, through createApp() and cacheAnonymous.
// Each test uses its own province or slug, so one test's cached copies cannot answer another.

const html = { accept: 'text/html' };

/** The fast path's answer, or undefined when it leaves the request to the app. */
const fast = (path: string, headers: Record<string, string> = {}) => answerFromCache(new Request(new URL(path, ORIGIN), { headers }), env);

/** A hit through the whole app: request id, security headers, request context, auth, CSRF, cacheAnonymous. */
async function throughApp(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await createApp().request(new URL(path, ORIGIN).toString(), { headers }, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** Request `path` through the Worker until its copy is stored (written after the response). */
async function warm(path: string, headers: Record<string, string> = {}): Promise<void> {
  await (await fetchApp(path, { headers })).arrayBuffer();
  await (await untilCached(path, { headers })).arrayBuffer();
}

const sorted = (res: Response) => [...res.headers].sort(([a], [b]) => a.localeCompare(b));

describe('an anonymous hit answered before the middleware', () => {
  it('is the same answer as a hit through the app: status, bytes and every header', async () => {
    await insertStory({ title: 'Bài ở Phú Thọ', provinceCode: 'PTO' });
    await warm('/?province=PTO', html);
    // The same request id both ways, so every header can be compared.
    const headers = { ...html, 'x-request-id': 'fast-path-check-1' };
    const quick = await fast('/?province=PTO', headers);
    const normal = await throughApp('/?province=PTO', headers);
    expect(quick, 'the fast path answers the hit').toBeDefined();
    if (!quick) return;
    expect(normal.headers.get('x-cache')).toBe('HIT');
    expect(quick.status).toBe(normal.status);
    expect(sorted(quick)).toEqual(sorted(normal));
    expect(new Uint8Array(await quick.arrayBuffer())).toEqual(new Uint8Array(await normal.arrayBuffer()));
  });

  it('carries the site headers, X-Cache HIT, no-cache and a fresh request id', async () => {
    await insertStory({ title: 'Bài ở Lạng Sơn', provinceCode: 'LSN' });
    await warm('/api/stories?province=LSN');
    const first = await fast('/api/stories?province=LSN');
    const second = await fast('/api/stories?province=LSN');
    expect(first?.headers.get('x-cache')).toBe('HIT');
    expect(first?.headers.get('cache-control')).toBe('no-cache');
    expect(first?.headers.get('content-type')).toContain('application/json');
    expect(first?.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(first?.headers.get('x-frame-options')).toBe('DENY');
    expect(first?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first?.headers.get('set-cookie')).toBeNull();
    expect(first?.headers.get('x-made-at')).toBeNull();
    const ids = [first?.headers.get('x-request-id'), second?.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('finds what cacheAnonymous stored, on every cached route (one registry for both)', async () => {
    const { slug } = await insertStory({ title: 'Bài ở Lào Cai được đọc nhiều', provinceCode: 'LCI' });
    const paths: Record<keyof typeof CACHED_ROUTES, string> = {
      feedPage: '/?province=LCI&category=role_model',
      storyPage: `/stories/${slug}`,
      guidelines: '/guidelines',
      rss: '/feed.xml',
      sitemap: '/sitemap.xml',
      feedApi: '/api/stories?province=LCI',
      storyApi: `/api/stories/${slug}`,
    };
    for (const [name, path] of Object.entries(paths)) {
      expect(cachedRouteFor(new URL(path, ORIGIN).pathname), name).toBe(CACHED_ROUTES[name as keyof typeof CACHED_ROUTES]);
      await warm(path, html);
      const quick = await fast(path, html);
      expect(quick?.headers.get('x-cache'), path).toBe('HIT');
      expect(quick?.status, path).toBe(200);
    }
  });

  it('shares a key with junk parameters and keeps the feed parameters apart', async () => {
    await insertStory({ title: 'Bài ở Cao Bằng', provinceCode: 'CBG' });
    await warm('/api/stories?province=CBG');
    const junk = await fast('/api/stories?utm_source=zalo&province=CBG&fbclid=abc');
    expect(junk?.headers.get('x-cache')).toBe('HIT');
    expect(await fast('/api/stories?province=CBG&category=role_model'), 'another filter is another key').toBeUndefined();
    expect(await fast('/api/stories?province=CBG&province=HNI'), 'a repeated parameter is another key').toBeUndefined();
  });

  it('keys by language: ?lang=en goes through the app, an English cookie gets the English copy', async () => {
    await insertStory({ title: 'Bài ở Thanh Hóa', provinceCode: 'THA' });
    await warm('/?province=THA', html);
    expect(await fast('/?province=THA&lang=en', html), '?lang= is left to the app, which sets the cookie').toBeUndefined();
    expect(await fast('/?province=THA', { ...html, cookie: 'lang=en' }), 'no English copy yet').toBeUndefined();
    await warm('/?province=THA', { ...html, cookie: 'lang=en' });
    const english = await fast('/?province=THA', { ...html, cookie: 'theme=dark; lang=en' });
    expect(await english?.text()).toContain('Vetted positive stories');
    const vietnamese = await fast('/?province=THA', html);
    expect(await vietnamese?.text()).toContain('Câu chuyện tích cực đã được kiểm duyệt');
  });

  it('lets a ?lang= request through the Worker set the language cookie, from the cache', async () => {
    await warm('/guidelines', html);
    const res = await fetchApp('/guidelines?lang=en', { headers: html });
    expect(res.headers.get('set-cookie')).toContain('lang=en');
  });
});

describe('who never gets the fast path', () => {
  it('anyone with a session cookie or a bearer token, even a stale one', async () => {
    await insertStory({ title: 'Bài ở Tuyên Quang', provinceCode: 'TQG' });
    await warm('/?province=TQG', html);
    expect(await fast('/?province=TQG', html)).toBeDefined();
    expect(await fast('/?province=TQG', { ...html, cookie: `lang=vi; ${SESSION_COOKIE}=stale-token` })).toBeUndefined();
    expect(await fast('/?province=TQG', { ...html, authorization: 'Bearer lt_not_a_real_token' })).toBeUndefined();
  });

  it('a signed-in reader through the Worker: a fresh, private page, never the anonymous copy', async () => {
    const member = await signedInAs('member');
    await insertStory({ title: 'Bài ở Bắc Ninh', provinceCode: 'BNH' });
    await warm('/?province=BNH', html);
    const res = await fetchApp('/?province=BNH', { headers: { ...html, ...member.headers } });
    expect(res.headers.get('x-cache')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toContain('/logout');
  });

  it('other methods and routes that are not cached', async () => {
    await warm('/guidelines', html);
    expect(await answerFromCache(new Request(`${ORIGIN}/guidelines`, { method: 'HEAD' }), env)).toBeUndefined();
    expect(await fast('/guidelines/', html)).toBeUndefined();
    expect(await fast('/api/health')).toBeUndefined();
  });

  it('with caching turned off (FEED_CACHE_TTL=0)', async () => {
    await warm('/guidelines', html);
    const off = await answerFromCache(new Request(`${ORIGIN}/guidelines`, { headers: html }), { ...env, FEED_CACHE_TTL: '0' });
    expect(off).toBeUndefined();
  });
});

describe('what the fast path can never serve', () => {
  it('a copy from before a story event in this isolate', async () => {
    await insertStory({ title: 'Bài cũ ở Hà Tĩnh', provinceCode: 'HTH' });
    await warm('/api/stories?province=HTH');
    expect(await fast('/api/stories?province=HTH')).toBeDefined();
    const fresh = await insertStory({ title: 'Bài vừa duyệt ở Hà Tĩnh', provinceCode: 'HTH' });
    const ctx = createExecutionContext();
    emitStoryEvent({ kind: 'published', storyId: fresh.id, actorId: null }, env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await fast('/api/stories?province=HTH'), 'the old copy is gone').toBeUndefined();
  });

  it('a 404 or a validation error, which are never stored', async () => {
    const slug = `chua-co-bai-nay-${Date.now()}`;
    for (const path of [`/api/stories/${slug}`, `/stories/${slug}`, '/api/stories?province=NOPE', '/?province=NOPE']) {
      const first = await fetchApp(path, { headers: html });
      expect(first.status, path).toBeGreaterThanOrEqual(400);
      await first.arrayBuffer();
      await new Promise((r) => setTimeout(r, 30));
      expect(await fast(path, html), path).toBeUndefined();
      const again = await fetchApp(path, { headers: html });
      expect(again.headers.get('x-cache'), path).toBeNull();
      await again.arrayBuffer();
    }
  });
});

describe('a failing early lookup', () => {
  it('costs the reader nothing: the app answers', async () => {
    await warm('/guidelines', html);
    memoryCache.clear(); // so the early path goes to the Cache API, which fails once
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const match = vi.spyOn(caches.default, 'match').mockRejectedValueOnce(new Error('cache unavailable'));
    try {
      const ctx = createExecutionContext();
      const request = new Request(`${ORIGIN}/guidelines`, { headers: html }) as Request<unknown, IncomingRequestCfProperties>;
      const res = await worker.fetch(request, env, ctx);
      await waitOnExecutionContext(ctx);
      expect(res.status).toBe(200);
      expect(errors).toHaveBeenCalledWith('early cache lookup failed', expect.any(Error));
    } finally {
      match.mockRestore();
      errors.mockRestore();
    }
  });
});

describe('the bare route', () => {
  it('answers ok with nothing else, and only to GET', async () => {
    const res = await fetchApp('/__bare');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect(res.headers.get('set-cookie')).toBeNull();
    const post = await fetchApp('/__bare', { method: 'POST', headers: { origin: ORIGIN } });
    expect(post.status).toBe(404);
  });
});
