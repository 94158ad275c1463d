import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheKeyFor, memoryCache, MEMORY_RECHECK_SECONDS } from '../../workers/stories/cache';
import { purgeCachedReadsOnStoryEvent } from '../../workers/stories/cache-purge';
import { answerFromCache } from '../../workers/stories/cached-hit';
import { emitStoryEvent } from '../../workers/stories/events';
import { ORIGIN } from '../helpers/http';
import { insertStory, untilCached } from './helpers';
import { fetchApp } from '../helpers/http';

// Story events purge cached reads in every data centre through the zone's purge-by-tag
// API, when CACHE_PURGE_ZONE_ID and CACHE_PURGE_TOKEN are set. The Cloudflare API is faked here.

const API = 'https://api.cloudflare.com/client/v4';
const configured = { ...env, CACHE_PURGE_ZONE_ID: 'zone-123', CACHE_PURGE_TOKEN: 'test-purge-token' };

type Call = { url: string; method: string; headers: Headers; body: unknown };

/** Fake the Cloudflare API with `answer`; every other fetch goes out as before. Returns the API calls. */
function fakeApi(answer: () => Response | Promise<Response>): Call[] {
  const calls: Call[] = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(API)) return real(input, init);
    calls.push({ url: request.url, method: request.method, headers: request.headers, body: await request.json() });
    return answer();
  });
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('purging cached reads on a story event', () => {
  it('asks the zone to purge every list and the story itself, with the token', async () => {
    const calls = fakeApi(() => Response.json({ success: true, errors: [], messages: [], result: { id: 'zone-123' } }));
    const story = await insertStory({ title: 'Bài về hiến máu ở Huế', provinceCode: 'HUE' });
    await purgeCachedReadsOnStoryEvent({ kind: 'archived', storyId: story.id, actorId: null, reason: 'sai thông tin' }, configured);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${API}/zones/zone-123/purge_cache`);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer test-purge-token');
    expect(calls[0]?.body).toEqual({ tags: ['feed', `story:${story.slug}`] });
  });

  it('is part of every story event: publish, edit and archive', async () => {
    const calls = fakeApi(() => Response.json({ success: true }));
    const story = await insertStory({ title: 'Bài ở Hải Phòng', provinceCode: 'HPG' });
    for (const event of [
      { kind: 'published', storyId: story.id, actorId: null },
      { kind: 'edited', storyId: story.id, actorId: null, substantive: true },
      { kind: 'archived', storyId: story.id, actorId: null, reason: 'trùng bài' },
    ] as const) {
      const ctx = createExecutionContext();
      emitStoryEvent(event, configured, ctx);
      await waitOnExecutionContext(ctx);
    }
    expect(calls.map((c) => c.body)).toEqual(Array(3).fill({ tags: ['feed', `story:${story.slug}`] }));
  });

  it('does nothing without a zone id and a token (the default, and locally)', async () => {
    const calls = fakeApi(() => Response.json({ success: true }));
    const story = await insertStory({ title: 'Bài ở Cần Thơ', provinceCode: 'CTO' });
    await purgeCachedReadsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, env);
    await purgeCachedReadsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, { ...env, CACHE_PURGE_ZONE_ID: 'zone-123' });
    expect(calls).toHaveLength(0);
  });

  it('logs a refused or failed purge and goes on: the other handlers still run', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeApi(() => Response.json({ success: false, errors: [{ code: 10000, message: 'Authentication error' }] }, { status: 403 }));
    await insertStory({ title: 'Bài ở Đồng Nai', provinceCode: 'DNI' });
    await fetchApp('/api/stories?province=DNI');
    await untilCached('/api/stories?province=DNI');
    const story = await insertStory({ title: 'Bài mới ở Đồng Nai', provinceCode: 'DNI' });
    const ctx = createExecutionContext();
    emitStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, configured, ctx);
    await waitOnExecutionContext(ctx);
    expect(errors.mock.calls.some((args) => String(args[0]).includes('answered 403'))).toBe(true);
    const after = await answerFromCache(new Request(`${ORIGIN}/api/stories?province=DNI`), env);
    expect(after, 'this isolate still dropped its copies').toBeUndefined();

    vi.restoreAllMocks();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeApi(() => Promise.reject(new TypeError('Network connection lost.')));
    await expect(purgeCachedReadsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, configured)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalled();
  });
});

describe('tags on the stored copies', () => {
  it('lists are tagged feed, story pages story:<slug> and feed; readers never see the tags', async () => {
    const { slug } = await insertStory({ title: 'Bài ở Quảng Ninh được chia sẻ', provinceCode: 'QNH' });
    await fetchApp('/api/stories?province=QNH');
    await untilCached('/api/stories?province=QNH');
    await fetchApp(`/api/stories/${slug}`);
    const hit = await untilCached(`/api/stories/${slug}`);
    expect(hit.headers.get('cache-tag')).toBeNull();
    const list = await caches.default.match(cacheKeyFor(`${ORIGIN}/api/stories?province=QNH`, 'vi', [['province', 'QNH']]));
    expect(list?.headers.get('cache-tag')).toBe('feed');
    const one = await caches.default.match(cacheKeyFor(`${ORIGIN}/api/stories/${slug}`, 'vi'));
    expect(one?.headers.get('cache-tag')).toBe(`story:${slug},feed`);
    // A copy read back from the Cache API is shown without its tags too.
    memoryCache.clear();
    const fromEdge = await answerFromCache(new Request(`${ORIGIN}/api/stories/${slug}`), env);
    expect(fromEdge?.headers.get('x-cache')).toBe('HIT');
    expect(fromEdge?.headers.get('cache-tag')).toBeNull();
  });

  it('memory asks the Cache API again after a few seconds, so a purge reaches every isolate', async () => {
    await insertStory({ title: 'Bài ở Gia Lai', provinceCode: 'GLI' });
    await fetchApp('/api/stories?province=GLI');
    await untilCached('/api/stories?province=GLI');
    const key = cacheKeyFor(`${ORIGIN}/api/stories?province=GLI`, 'vi', [['province', 'GLI']]);
    memoryCache.clear();
    const before = Date.now();
    expect(await answerFromCache(new Request(`${ORIGIN}/api/stories?province=GLI`), env)).toBeDefined();
    expect(memoryCache.get(key, before + 1000)).toBeDefined();
    expect(memoryCache.get(key, Date.now() + MEMORY_RECHECK_SECONDS * 1000 + 1)).toBeUndefined();
  });
});
