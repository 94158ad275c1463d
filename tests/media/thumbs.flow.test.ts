// Thumbnails end to end: made off the request path (story events, cover uploads, the cron
// backfill), stored in R2 beside the originals, listed by the feed in its one statement, and
// served under immutable URLs. A failure never breaks the feed: it shows the empty box and
// the next cron run makes the picture.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { stories } from '../../schema';
import { syncCardsOnStoryEvent } from '../../workers/cards/card-events';
import { createDb } from '../../workers/core/db';
import worker from '../../workers/index';
import { imageSize } from '../../workers/media/image-size';
import { MAX_THUMB_BYTES, THUMB_SIZES } from '../../workers/media/image-pipeline';
import { ensureStoryThumb, thumbsMadeCount } from '../../workers/media/thumbs';
import type { FeedItem } from '../../workers/stories/present';
import { insertStory } from '../feed/helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { failingR2, fetchDuringOutage } from '../helpers/outage';
import { photoFile } from './fixtures';

vi.spyOn(console, 'error').mockImplementation(() => {});

const IMMUTABLE = 'public, max-age=31536000, immutable';

async function feedItems(query: string): Promise<FeedItem[]> {
  const res = await fetchApp(`/api/stories?${query}`);
  expect(res.status).toBe(200);
  return (await readJson<{ items: FeedItem[] }>(res)).items;
}

async function runCron() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function thumbKeyOf(id: number): Promise<string | null> {
  const [row] = await createDb(env.DB).select({ thumbKey: stories.thumbKey }).from(stories).where(eq(stories.id, id));
  return row?.thumbKey ?? null;
}

/** Fetch one thumbnail URL and check it is a small JPEG of the right size, cached forever. */
async function expectServedThumb(url: string, scale: 'x1' | 'x2') {
  expect(url.startsWith(`${ORIGIN}/media/thumbs/`)).toBe(true);
  const res = await fetchApp(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/jpeg');
  expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(bytes.length).toBeLessThanOrEqual(MAX_THUMB_BYTES);
  expect(imageSize(bytes)).toEqual(THUMB_SIZES[scale]);
  const again = await fetchApp(url, { headers: { 'if-none-match': res.headers.get('etag') ?? '' } });
  expect(again.status).toBe(304);
}

describe('list thumbnails', () => {
  it('gives a story without a cover its share card as a thumbnail when it is published, listed at 1× and 2× with its size', async () => {
    const story = await insertStory({ title: 'Người dân xã Ẵng Nưa góp đất mở đường liên bản', provinceCode: 'CBG' });
    expect((await feedItems('province=CBG'))[0]?.thumbnail, 'nothing before it is made').toBeNull();

    await syncCardsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, env);

    const [item] = await feedItems('province=CBG&category=role_model');
    expect(item?.id).toBe(story.id);
    const thumb = item?.thumbnail;
    expect(thumb).toMatchObject({ width: THUMB_SIZES.x1.width, height: THUMB_SIZES.x1.height });
    expect(thumb?.src).toMatch(new RegExp(`/media/thumbs/t1-k-${story.id}-[0-9a-f]{16}-1x\\.jpg$`));
    expect(thumb?.src2x).toBe(thumb?.src.replace('-1x.jpg', '-2x.jpg'));
    await expectServedThumb(thumb?.src ?? '', 'x1');
    await expectServedThumb(thumb?.src2x ?? '', 'x2');
  });

  it('makes each thumbnail once: a second publish event or cron run encodes nothing', async () => {
    const story = await insertStory({ title: 'Bếp ăn 0 đồng ở Điện Biên', provinceCode: 'DBN' });
    expect(await ensureStoryThumb(env, story.id)).not.toBeNull();
    const made = thumbsMadeCount();
    await syncCardsOnStoryEvent({ kind: 'edited', storyId: story.id, actorId: null, substantive: false }, env);
    expect(await ensureStoryThumb(env, story.id)).toBe(await thumbKeyOf(story.id));
    expect(thumbsMadeCount()).toBe(made);
  });

  it('uses the cover (WebP too) instead of the card, and the list never links the full-size cover', async () => {
    const coverKey = `covers/900001-${'w'.repeat(12)}.webp`;
    await env.MEDIA.put(coverKey, photoFile('webp', 1600, 1000));
    const story = await insertStory({ title: 'Rừng ngập mặn Cà Mau xanh trở lại', provinceCode: 'LCU', coverKey, coverAlt: 'Rừng đước' });

    await runCron();

    expect(await thumbKeyOf(story.id)).toBe(`thumbs/t1-c-900001-${'w'.repeat(12)}`);
    const res = await fetchApp('/api/stories?province=LCU');
    const text = await res.text();
    expect(text).not.toContain('/media/covers/');
    const item = (JSON.parse(text) as { items: FeedItem[] }).items[0];
    await expectServedThumb(item?.thumbnail?.src ?? '', 'x1');
    await expectServedThumb(item?.thumbnail?.src2x ?? '', 'x2');
    const page = await fetchApp('/?province=LCU');
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('/media/covers/');
  });

  it('makes the thumbnails of a cover when it is uploaded, before the story is public', async () => {
    const author = await signedInAs('contributor');
    const created = await fetchApp('/api/stories', {
      method: 'POST',
      headers: { ...author.headers, 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ title: 'Đội thanh niên tình nguyện sửa 40 ngôi nhà', categoryCode: 'role_model', provinceCode: 'HNI' }),
    });
    const { story } = await readJson<{ story: { id: number } }>(created);
    const form = new FormData();
    form.set('file', new Blob([photoFile('jpg', 1200, 800)], { type: 'image/jpeg' }), 'anh.jpg');
    form.set('alt', 'Thanh niên sửa mái nhà');
    const res = await fetchDuringOutage({}, `/api/stories/${story.id}/cover`, { method: 'POST', headers: { ...author.headers, origin: ORIGIN }, body: form });
    expect(res.status).toBe(200);
    const { story: withCover } = await readJson<{ story: { coverKey: string } }>(res);
    const base = withCover.coverKey.replace(/^covers\//, 'thumbs/t1-c-').replace(/\.jpg$/, '');
    expect(await env.MEDIA.head(`${base}-1x.jpg`)).not.toBeNull();
    expect(await env.MEDIA.head(`${base}-2x.jpg`)).not.toBeNull();
  });

  it('still renders the feed with the empty box when R2 is down, and the next cron run makes the thumbnail', async () => {
    const story = await insertStory({ title: 'Ngày hội hiến máu ở Lạng Sơn', provinceCode: 'LSN' });
    await expect(syncCardsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, { ...env, MEDIA: failingR2() })).rejects.toThrow();
    expect(await thumbKeyOf(story.id)).toBeNull();

    const api = await fetchDuringOutage({ MEDIA: failingR2() }, '/api/stories?province=LSN');
    expect(api.status).toBe(200);
    expect((await readJson<{ items: FeedItem[] }>(api)).items[0]).toMatchObject({ id: story.id, thumbnail: null });
    const page = await fetchDuringOutage({ MEDIA: failingR2() }, '/?province=LSN');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ngày hội hiến máu ở Lạng Sơn');

    await runCron();

    expect(await thumbKeyOf(story.id)).toMatch(new RegExp(`^thumbs/t1-k-${story.id}-`));
    const [item] = await feedItems('province=LSN&lang=en');
    expect(item?.thumbnail?.src).toContain(`/media/thumbs/t1-k-${story.id}-`);
  });

  it('answers 404 for a thumbnail that does not exist and refuses names that are not thumbnails', async () => {
    expect((await fetchApp('/media/thumbs/t1-k-1-0000000000000000-1x.jpg')).status).toBe(404);
    expect((await fetchApp('/media/thumbs/t1-k-1-0000000000000000-card.jpg')).status).toBe(400);
    expect((await fetchApp('/media/thumbs/..%2Fcovers%2Fx.jpg')).status).toBe(400);
  });
});
