// Global invalidation of cached reads on a story event. The Cache API keeps copies per
// data centre and has no purge of its own, but copies stored with a `Cache-Tag` header
// (cache.ts tags every copy: `feed`, `story:<slug>`, `page`) can be purged in every data
// centre at once through the zone's purge-by-tag API. That needs the zone id and an API
// token with the Cache Purge permission (CACHE_PURGE_ZONE_ID, CACHE_PURGE_TOKEN); without
// them this does nothing and copies expire within CACHE_TTL_SECONDS as before. A failed
// purge is logged, never thrown: the story event's other handlers and the request go on,
// and the TTL still bounds how stale a page can be.
import { eq } from 'drizzle-orm';
import { stories } from '../../schema';
import { createDb } from '../core/db';
import { storyTag } from './cache-routes';
import type { StoryEvent } from './events';

/** The Cloudflare API (tests stub `fetch` for this host). */
const API_BASE = 'https://api.cloudflare.com/client/v4';

/** The tags a story event makes stale: every list of stories, and the story's own pages. */
export async function tagsForStoryEvent(event: StoryEvent, env: Env): Promise<string[]> {
  const [row] = await createDb(env.DB).select({ slug: stories.slug }).from(stories).where(eq(stories.id, event.storyId)).limit(1);
  return row ? ['feed', storyTag(row.slug)] : ['feed'];
}

/** Story-event handler (workers/stories/events.ts): purge the changed story's cached reads everywhere. */
export async function purgeCachedReadsOnStoryEvent(event: StoryEvent, env: Env): Promise<void> {
  const zone = env.CACHE_PURGE_ZONE_ID;
  const token = env.CACHE_PURGE_TOKEN;
  if (!zone || !token) return;
  try {
    const tags = await tagsForStoryEvent(event, env);
    const res = await fetch(`${API_BASE}/zones/${encodeURIComponent(zone)}/purge_cache`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
    });
    if (!res.ok) console.error(`cache purge for story ${event.storyId} (${event.kind}) answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  } catch (err) {
    console.error(`cache purge for story ${event.storyId} (${event.kind}) failed`, err);
  }
}
