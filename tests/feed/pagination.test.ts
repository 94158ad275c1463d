import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { listFeed, type FeedPageRequest } from '../../workers/stories/feed.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { getFeed, insertStory, walkFeed } from './helpers';

// Keyset pagination while the data changes underneath. A signed-in reader is
// never served from cache, so each page is a fresh query.
const db = createDb(env.DB);
const HOUR = 60 * 60 * 1000;
let reader: TestUser;
const base = Date.now() - 1000 * HOUR;
const original: number[] = [];
const inHue: number[] = [];

beforeAll(async () => {
  reader = await signedInAs('member');
  for (let i = 0; i < 25; i++) {
    const { id } = await insertStory({ title: `Câu chuyện số ${i}`, publishedAt: base + i * HOUR, provinceCode: i % 2 ? 'HUE' : 'HNI', tags: ['lan-toa'] });
    original.unshift(id);
    if (i % 2) inHue.unshift(id);
  }
});

/** The original stories among `seen`, after checking that nothing was repeated. */
function originals(seen: number[]) {
  expect(new Set(seen).size, `repeated: ${seen.join(',')}`).toBe(seen.length);
  return seen.filter((id) => original.includes(id));
}

async function walkQuery(page: Omit<FeedPageRequest, 'cursor'>, between: () => Promise<void>) {
  const seen: number[] = [];
  let request: FeedPageRequest = page;
  for (let guard = 0; guard < 100; guard++) {
    const result = await listFeed(db, request, Date.now());
    seen.push(...result.items.map((i) => i.id));
    if (!result.next) return seen;
    await between();
    request = { ...page, cursor: result.next };
  }
  throw new Error('walk did not end');
}

describe('walking every page while stories are being published', () => {
  it('yields each story exactly once through the API', async () => {
    let n = 0;
    const { ids } = await walkFeed('/api/stories?limit=4', { headers: reader.headers }, async () => {
      n += 1;
      await insertStory({ title: `Tin mới đăng ${n}`, publishedAt: Date.now() });
    });
    expect(originals(ids)).toEqual(original);
  });

  it('yields each story exactly once for a province, a tag and a search', async () => {
    const publish = async () => {
      await insertStory({ title: 'Câu chuyện số mới', publishedAt: Date.now(), provinceCode: 'HUE', tags: ['lan-toa'] });
    };
    const hue = await walkQuery({ limit: 3, province: 'HUE' }, publish);
    expect(originals(hue)).toEqual(inHue);
    const tagged = await walkQuery({ limit: 4, tag: 'lan-toa' }, publish);
    expect(originals(tagged)).toEqual(original);
    const searched = await walkQuery({ limit: 4, q: 'câu chuyện số' }, publish);
    expect(originals(searched)).toEqual(original);
  });

  it('never repeats a story when another one is archived mid-walk', async () => {
    const victim = original[10];
    let archived = false;
    const seen = await walkQuery({ limit: 4, tag: 'lan-toa' }, async () => {
      if (archived) return;
      archived = true;
      await env.DB.prepare(`UPDATE stories SET status = 'archived' WHERE id = ?`).bind(victim).run();
    });
    expect(originals(seen)).toEqual(original.filter((id) => id !== victim));
    await env.DB.prepare(`UPDATE stories SET status = 'published' WHERE id = ?`).bind(victim).run();
  });
});

describe('ties on the publication time', () => {
  it('are broken by id, so no story is skipped or repeated', async () => {
    const at = base - 5000 * HOUR;
    const tied: number[] = [];
    for (let i = 0; i < 7; i++) tied.unshift((await insertStory({ title: `Cùng giờ ${i}`, publishedAt: at, provinceCode: 'CBG' })).id);
    const seen = await walkQuery({ limit: 2, province: 'CBG' }, async () => {});
    expect(seen).toEqual(tied);
  });
});

describe('the pinned block', () => {
  it('shows a pin until it runs out', async () => {
    const pinned = await insertStory({ title: 'Tin ghim', publishedAt: base - 3000 * HOUR, pinnedUntil: Date.now() + HOUR, provinceCode: 'SLA' });
    await insertStory({ title: 'Tin ghim đã hết hạn', publishedAt: base - 3000 * HOUR, pinnedUntil: Date.now() - HOUR, provinceCode: 'SLA' });
    const body = await getFeed('/api/stories?province=SLA', { headers: reader.headers });
    expect(body.pinned.map((i) => i.id)).toEqual([pinned.id]);
    expect(body.items).toHaveLength(2);
  });

  it('never shows a pinned story that is not published', async () => {
    await insertStory({ title: 'Nháp ghim', status: 'draft', publishedAt: null, pinnedUntil: Date.now() + HOUR, provinceCode: 'LCU' });
    const body = await getFeed('/api/stories?province=LCU', { headers: reader.headers });
    expect(body.pinned).toEqual([]);
    expect(body.items).toEqual([]);
  });
});
