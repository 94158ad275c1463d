import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { CACHE_TTL_SECONDS, cacheKeyFor, MemoryCache, memoryCache } from '../../workers/stories/cache';
import { emitStoryEvent } from '../../workers/stories/events';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { insertStory, untilCached, type FeedJson } from './helpers';

// Each test uses its own province or slug, so entries cached by one test cannot
// answer another. The cache is written after the response (waitUntil), hence `untilCached`.

/** The edge (Cache API) copy, once the waitUntil that writes it has run. */
async function edgeCopy(key: string): Promise<Response> {
  for (let i = 0; i < 50; i++) {
    const stored = await caches.default.match(key);
    if (stored) return stored;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${key} never reached the edge cache`);
}

const ids = async (res: Response) => (await readJson<FeedJson>(res)).items.map((i) => i.id);

describe('anonymous reads are served from the edge cache', () => {
  it('a second anonymous feed request comes from the cache, even after a write', async () => {
    const first = await insertStory({ title: 'Bài đầu ở Ninh Bình', provinceCode: 'NBH' });
    const miss = await fetchApp('/api/stories?province=NBH');
    expect(miss.headers.get('x-cache')).toBe('MISS');
    expect(await ids(miss)).toEqual([first.id]);
    await insertStory({ title: 'Bài thứ hai ở Ninh Bình', provinceCode: 'NBH' });
    const hit = await untilCached('/api/stories?province=NBH');
    expect(await ids(hit), 'the cached page is served as it was').toEqual([first.id]);
  });

  it('stores answers for a minute at most and tells browsers to revalidate', async () => {
    await insertStory({ title: 'Bài ở Tây Ninh', provinceCode: 'TNH' });
    const miss = await fetchApp('/api/stories?province=TNH');
    expect(miss.headers.get('cache-control')).toBe('no-cache');
    const hit = await untilCached('/api/stories?province=TNH');
    expect(hit.headers.get('cache-control')).toBe('no-cache');
    const stored = await edgeCopy(cacheKeyFor(`${ORIGIN}/api/stories?province=TNH`, 'vi', [['province', 'TNH']]));
    expect(stored.headers.get('cache-control')).toBe(`public, max-age=${CACHE_TTL_SECONDS}`);
    expect(CACHE_TTL_SECONDS).toBeLessThanOrEqual(60);
    expect(stored.headers.get('set-cookie')).toBeNull();
    expect(stored.headers.get('x-request-id')).toBeNull();
  });

  it('keeps its own request id and security headers on a cached answer', async () => {
    await insertStory({ title: 'Bài ở Quảng Trị', provinceCode: 'QTI' });
    const miss = await fetchApp('/api/stories?province=QTI');
    const hit = await untilCached('/api/stories?province=QTI');
    expect(hit.headers.get('x-request-id')).toBeTruthy();
    expect(hit.headers.get('x-request-id')).not.toBe(miss.headers.get('x-request-id'));
    expect(hit.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(hit.headers.get('content-type')).toContain('application/json');
  });

  it('ignores parameters that do not change the answer, so they cannot fill the cache', async () => {
    await insertStory({ title: 'Bài ở Đồng Tháp', provinceCode: 'DTP' });
    await fetchApp('/api/stories?province=DTP');
    await untilCached('/api/stories?province=DTP');
    const res = await fetchApp('/api/stories?utm_source=zalo&province=DTP&fbclid=abc');
    expect(res.headers.get('x-cache')).toBe('HIT');
  });

  it('caches story pages and the JSON story', async () => {
    const { slug } = await insertStory({ title: 'Bài được đọc nhiều', provinceCode: 'KHA' });
    await fetchApp(`/api/stories/${slug}`);
    await untilCached(`/api/stories/${slug}`);
    await fetchApp(`/stories/${slug}`, { headers: { accept: 'text/html' } });
    const page = await untilCached(`/stories/${slug}`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Bài được đọc nhiều');
  });

  it('keys pages by language: an English reader never gets the Vietnamese copy', async () => {
    await insertStory({ title: 'Bài ở Sơn La', provinceCode: 'SLA' });
    await fetchApp('/?province=SLA');
    await untilCached('/?province=SLA');
    const english = await fetchApp('/?province=SLA', { headers: { cookie: 'lang=en' } });
    expect(english.headers.get('x-cache')).toBe('MISS');
    expect(await english.text()).toContain('Vetted positive stories');
    const vietnamese = await fetchApp('/?province=SLA');
    expect(await vietnamese.text()).toContain('Câu chuyện tích cực đã được kiểm duyệt');
  });
});

describe('what is never cached', () => {
  it('answers to signed-in readers: always fresh, marked private', async () => {
    const member = await signedInAs('member');
    await insertStory({ title: 'Bài ở Hưng Yên', provinceCode: 'HYN' });
    const before = await fetchApp('/api/stories?province=HYN', { headers: member.headers });
    expect(before.headers.get('x-cache')).toBeNull();
    expect(before.headers.get('cache-control')).toBe('private, no-store');
    expect(await ids(before)).toHaveLength(1);
    await insertStory({ title: 'Bài mới ở Hưng Yên', provinceCode: 'HYN' });
    const after = await fetchApp('/api/stories?province=HYN', { headers: member.headers });
    expect(await ids(after)).toHaveLength(2);
    const anonymous = await fetchApp('/api/stories?province=HYN');
    expect(anonymous.headers.get('x-cache'), 'a signed-in answer is never stored for others').toBe('MISS');
  });

  it('errors: a 404 story becomes visible as soon as it is published', async () => {
    const slug = `bai-sap-dang-${Date.now()}`;
    const missing = await fetchApp(`/api/stories/${slug}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-cache')).toBeNull();
    await new Promise((r) => setTimeout(r, 30));
    await insertStory({ title: 'Bài sắp đăng', slug });
    const found = await fetchApp(`/api/stories/${slug}`);
    expect(found.status).toBe(200);
  });

  it('validation errors', async () => {
    await fetchApp('/api/stories?province=NOPE');
    await new Promise((r) => setTimeout(r, 30));
    const again = await fetchApp('/api/stories?province=NOPE');
    expect(again.status).toBe(400);
    expect(again.headers.get('x-cache')).toBeNull();
  });
});

describe('the language cookie', () => {
  it('is still set when ?lang=en is answered from the cache', async () => {
    await fetchApp('/guidelines?lang=en');
    const hit = await untilCached('/guidelines?lang=en');
    expect(hit.headers.get('set-cookie')).toContain('lang=en');
    expect(await hit.text()).toContain('Responsible sharing guide');
  });
});

describe('the memory layer in front of the edge cache', () => {
  it('never keeps an answer past a minute after it was made, even one taken late from the edge', async () => {
    const key = cacheKeyFor(`${ORIGIN}/api/stories?province=CBG`, 'vi', [['province', 'CBG']]);
    const madeAt = Date.now() - 59_000;
    await caches.default.put(
      key,
      new Response('{"items":[],"nextCursor":null,"pinned":[]}', {
        headers: { 'content-type': 'application/json', 'x-made-at': String(madeAt), 'cache-control': 'public, max-age=60' },
      }),
    );
    const ctx = createExecutionContext();
    const res = await createApp().request(`${ORIGIN}/api/stories?province=CBG`, {}, env, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.headers.get('x-cache')).toBe('HIT');
    expect(res.headers.get('x-made-at')).toBeNull();
    expect(memoryCache.get(key, madeAt + 59_500)).toBeDefined();
    expect(memoryCache.get(key, madeAt + 60_000)).toBeUndefined();
  });

  it('forgets the least recently used answers beyond its entry and byte limits', () => {
    const cache = new MemoryCache(2, 1600);
    const entry = (bytes: number) => ({ status: 200, headers: {}, body: new ArrayBuffer(bytes), expires: Number.MAX_SAFE_INTEGER });
    cache.set('a', entry(10));
    cache.set('b', entry(10));
    cache.get('a', 0);
    cache.set('c', entry(10));
    expect([cache.get('a', 0), cache.get('b', 0), cache.get('c', 0)].map(Boolean)).toEqual([true, false, true]);
    cache.set('d', entry(100));
    cache.set('e', entry(100));
    expect(cache.get('c', 0)).toBeUndefined();
    cache.set('huge', entry(500));
    expect(cache.get('huge', 0), 'one answer may not take more than a sixteenth of the budget').toBeUndefined();
  });
});

describe('a story event', () => {
  it('makes this isolate answer fresh at once instead of waiting for the TTL', async () => {
    const app = createApp();
    const get = async () => {
      const ctx = createExecutionContext();
      const res = await app.request(`${ORIGIN}/api/stories?province=AGG`, {}, env, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    await insertStory({ title: 'Bài cũ ở An Giang', provinceCode: 'AGG' });
    expect((await get()).headers.get('x-cache')).toBe('MISS');
    expect((await get()).headers.get('x-cache')).toBe('HIT');
    const fresh = await insertStory({ title: 'Bài vừa duyệt ở An Giang', provinceCode: 'AGG' });
    const ctx = createExecutionContext();
    emitStoryEvent({ kind: 'published', storyId: fresh.id, actorId: null }, env, ctx);
    await waitOnExecutionContext(ctx);
    const after = await get();
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect((await ids(after))[0]).toBe(fresh.id);
  });
});
