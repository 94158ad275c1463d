// Tracked links never change once made (the story's slug is frozen when it is published),
// so `/l/:code` can answer from a cache: first this isolate's memory, then the Cache API,
// and only then D1. A reader whose link is cached is redirected even while D1 is down.
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { findLinkTarget, type LinkTarget } from './share.queries';

const MEMORY_TTL_MS = 60 * 60 * 1000;
const MEMORY_MAX = 5_000;
const EDGE_TTL_S = 24 * 60 * 60;
/** Cache API keys live on a host nobody can request, so a cached link is never served as a page. */
const EDGE_PREFIX = 'https://share-links.lan-toa.internal/l/';

const memory = new Map<string, { target: LinkTarget; until: number }>();

function remember(code: string, target: LinkTarget, now: number) {
  // Map keeps insertion order: dropping the first key drops the oldest entry.
  if (memory.size >= MEMORY_MAX) memory.delete(memory.keys().next().value ?? '');
  memory.set(code, { target, until: now + MEMORY_TTL_MS });
}

/** For tests: empty this isolate's memory layer so the Cache API and D1 are consulted. */
export function forgetLinksInMemory(): void {
  memory.clear();
}

async function fromEdge(code: string): Promise<LinkTarget | null> {
  try {
    const hit = await caches.default.match(EDGE_PREFIX + code);
    return hit ? ((await hit.json()) as LinkTarget) : null;
  } catch (err) {
    console.error('link cache read failed', err);
    return null;
  }
}

async function toEdge(code: string, target: LinkTarget): Promise<void> {
  try {
    await caches.default.put(
      EDGE_PREFIX + code,
      new Response(JSON.stringify(target), { headers: { 'content-type': 'application/json', 'cache-control': `max-age=${EDGE_TTL_S}` } }),
    );
  } catch (err) {
    console.error('link cache write failed', err);
  }
}

/**
 * The link behind `code`, or null when no such link exists.
 * Throws UNAVAILABLE (503, `Retry-After`) only when no cache has it and D1 cannot answer.
 */
export async function lookupLink(
  db: Db,
  code: string,
  waitUntil: (p: Promise<unknown>) => void,
  primary: (() => Db) | null = null,
  now = Date.now(),
): Promise<LinkTarget | null> {
  const kept = memory.get(code);
  if (kept && kept.until > now) return kept.target;
  const cached = await fromEdge(code);
  if (cached) {
    remember(code, cached, now);
    return cached;
  }
  let target: LinkTarget | null;
  try {
    target = await findLinkTarget(db, code);
    // `db` may read a replica that has not yet seen a link made a second ago (a member shares, the
    // network's preview bot follows at once): a link unknown there is asked of the primary before 404.
    if (!target && primary) target = await findLinkTarget(primary(), code);
  } catch (err) {
    console.error('link lookup failed and no cache holds the link', err);
    throw new AppError('UNAVAILABLE', 'This link cannot be looked up right now; try again shortly', { retryAfter: 30, cause: err });
  }
  // Unknown codes are not cached: a miss costs one indexed read, and nothing stale can linger.
  if (target) {
    remember(code, target, now);
    waitUntil(toEdge(code, target));
  }
  return target;
}
