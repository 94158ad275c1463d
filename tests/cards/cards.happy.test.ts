import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { cardMetaForStory } from '../../workers/cards/card-meta';
import { cardRenderCount } from '../../workers/cards/card-engine';
import { syncCardsOnStoryEvent } from '../../workers/cards/card-events';
import { createDb } from '../../workers/core/db';
import { fetchApp, ORIGIN } from '../helpers/http';
import { insertStory, updateStory } from '../share/fixtures';
import { pngInfo } from './png';

async function currentCards(storyId: number) {
  const meta = await cardMetaForStory(createDb(env.DB), storyId, ORIGIN);
  if (!meta) throw new Error(`story ${storyId} has no cards`);
  return meta;
}

const pathOf = (url: string) => new URL(url).pathname;

describe('GET /cards/<id>-<hash>.png', () => {
  it('serves a 1200×630 PNG, cacheable forever, with an ETag', async () => {
    const story = await insertStory();
    const { og } = await currentCards(story.id);
    expect(pathOf(og.url)).toMatch(new RegExp(`^/cards/${story.id}-[0-9a-f]{16}\\.png$`));
    const res = await fetchApp(pathOf(og.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-og"$/);
    expect(pngInfo(new Uint8Array(await res.arrayBuffer()))).toEqual({ valid: true, width: 1200, height: 630 });
  });

  it('serves the square card at 1080×1080', async () => {
    const story = await insertStory();
    const { square } = await currentCards(story.id);
    expect(pathOf(square.url)).toMatch(/-square\.png$/);
    const res = await fetchApp(pathOf(square.url));
    expect(pngInfo(new Uint8Array(await res.arrayBuffer()))).toEqual({ valid: true, width: 1080, height: 1080 });
  });

  it('renders a card once: the second request is served from storage without rendering', async () => {
    const story = await insertStory({ title: 'Một lần vẽ, phục vụ mãi mãi' });
    const path = pathOf((await currentCards(story.id)).og.url);
    const before = cardRenderCount();
    const first = await fetchApp(path);
    const firstBytes = new Uint8Array(await first.arrayBuffer());
    expect(first.headers.get('server-timing')).toBe('card;desc="render"');
    expect(cardRenderCount()).toBe(before + 1);

    const second = await fetchApp(path);
    const secondBytes = new Uint8Array(await second.arrayBuffer());
    expect(second.status).toBe(200);
    expect(second.headers.get('server-timing')).toMatch(/card;desc="(cache|r2)"/);
    expect(cardRenderCount(), 'no second render').toBe(before + 1);
    expect(secondBytes).toEqual(firstBytes);
    expect(await env.MEDIA.head(path.slice(1)), 'stored in R2 under its URL path').not.toBeNull();
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const story = await insertStory();
    const path = pathOf((await currentCards(story.id)).og.url);
    const etag = (await fetchApp(path)).headers.get('etag') ?? '';
    const res = await fetchApp(path, { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(await res.text()).toBe('');
  });

  it('gives the same story the same URL every time', async () => {
    const story = await insertStory();
    const a = await currentCards(story.id);
    const b = await currentCards(story.id);
    expect(a.og.url).toBe(b.og.url);
    expect(a.square.url).toBe(b.square.url);
  });

  it('gives an edited title a new URL and never serves the old card for it', async () => {
    const story = await insertStory({ title: 'Tiêu đề cũ' });
    const old = pathOf((await currentCards(story.id)).og.url);
    expect((await fetchApp(old)).status).toBe(200);

    await updateStory(story.id, { title: 'Tiêu đề mới đã sửa' });
    // What the editorial workflow does after every save of a published story.
    await syncCardsOnStoryEvent({ kind: 'edited', storyId: story.id, actorId: null, substantive: true }, env);
    const fresh = pathOf((await currentCards(story.id)).og.url);
    expect(fresh).not.toBe(old);

    const stale = await fetchApp(old, { redirect: 'manual' });
    expect(stale.status, 'a stale hash redirects to the current card').toBe(302);
    expect(stale.headers.get('location')).toBe(fresh);
    expect(stale.headers.get('cache-control')).toBe('no-store');
  });

  it('serves a stored card from the cache without asking D1 again', async () => {
    const story = await insertStory({ title: 'Thẻ trong bộ nhớ đệm' });
    const path = pathOf((await currentCards(story.id)).og.url);
    expect((await fetchApp(path)).status).toBe(200);
    // Hide the story from D1: a cached card is still served, since its URL is content-addressed.
    await env.DB.prepare("UPDATE stories SET status = 'draft' WHERE id = ?").bind(story.id).run();
    const again = await fetchApp(path);
    expect(again.status).toBe(200);
    expect(again.headers.get('server-timing')).toBe('card;desc="cache"');
  });

  it('stops serving the cards of a story that is archived', async () => {
    const story = await insertStory();
    const path = pathOf((await currentCards(story.id)).og.url);
    expect((await fetchApp(path)).status).toBe(200);
    await updateStory(story.id, { status: 'archived' });
    await syncCardsOnStoryEvent({ kind: 'archived', storyId: story.id, actorId: null, reason: 'Rút bài' }, env);
    expect((await fetchApp(path)).status).toBe(404);
  });
});

describe('cardMetaFor', () => {
  it('describes both cards with absolute URLs, sizes and an alt text naming the story', async () => {
    const story = await insertStory({ title: 'Cô giáo vùng cao Điện Biên' });
    const meta = await currentCards(story.id);
    expect(meta.og).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
    expect(meta.square).toMatchObject({ width: 1080, height: 1080 });
    expect(meta.og.url.startsWith(`${ORIGIN}/cards/`)).toBe(true);
    expect(meta.og.alt).toContain('Cô giáo vùng cao Điện Biên');
    expect(meta.og.alt).toContain('Đà Nẵng');
  });

  it('has nothing for a story that is not published', async () => {
    const story = await insertStory({ status: 'draft' });
    expect(await cardMetaForStory(createDb(env.DB), story.id, ORIGIN)).toBeNull();
  });
});
