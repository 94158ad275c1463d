import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { stories } from '../../schema';
import { createDb, type Db } from '../../workers/core/db';
import { renderMarkdown } from '../../workers/stories/markdown';
import { slugify } from '../../workers/stories/text';
import { fetchApp, readJson } from '../helpers/http';

export type StoryInput = Partial<typeof stories.$inferInsert> & { title: string };

let counter = 0;

/** Insert a story straight into D1 (as the editorial workflow would), published unless told otherwise. */
export async function insertStory(input: StoryInput, db: Db = createDb(env.DB)) {
  counter += 1;
  const now = Date.now();
  const body = input.body ?? `Nội dung thử nghiệm số ${counter}.`;
  const [row] = await db
    .insert(stories)
    .values({
      slug: input.slug ?? `${slugify(input.title, 60)}-t${counter}-${Math.floor(Math.random() * 1e6)}`,
      summary: `Tóm tắt ${input.title}`,
      categoryCode: 'role_model',
      provinceCode: 'HNI',
      status: 'published',
      publishedAt: now,
      consent: true,
      ...input,
      body,
      bodyHtml: input.bodyHtml ?? renderMarkdown(body),
    })
    .returning({ id: stories.id, slug: stories.slug });
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export type FeedJson = {
  items: {
    id: number;
    slug: string;
    title: string;
    summary: string;
    category: string;
    province: { code: string; name: string };
    tags: string[];
    publishedAt: string;
    url: string;
  }[];
  nextCursor: string | null;
  pinned: FeedJson['items'];
};

export type ProblemJson = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: { path: string; message: string }[];
};

/** GET a feed URL and return its JSON, failing with the body when the status is not 200. */
export async function getFeed(path: string, init: RequestInit = {}): Promise<FeedJson> {
  const res = await fetchApp(path, init);
  const body = await readJson<FeedJson>(res);
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

/** Follow nextCursor from `path` to the end; returns every item id in order. */
export async function walkFeed(path: string, init: RequestInit = {}, between?: (page: number) => Promise<void>) {
  const ids: number[] = [];
  let url: string | null = path;
  let pages = 0;
  while (url !== null) {
    const body: FeedJson = await getFeed(url, init);
    ids.push(...body.items.map((i) => i.id));
    pages += 1;
    if (pages > 500) throw new Error('walk did not end');
    if (between) await between(pages);
    const next: string | null = body.nextCursor;
    url = next ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(next)}` : null;
  }
  return { ids, pages };
}

/** A D1 binding that counts the statements sent through it. */
export function countingD1(d1: D1Database) {
  const counter = { statements: 0 };
  // The app reads through a D1 session (workers/core/d1-session.ts): the session it opens is counted too.
  const counting = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (prop === 'prepare' || prop === 'exec') counter.statements += 1;
          const out = (value as (...a: unknown[]) => unknown).apply(target, args);
          return prop === 'withSession' ? counting(out as object) : out;
        };
      },
    });
  return { d1: counting(d1), counter };
}

/** Fetch `path` until the anonymous cache answers it (it is written after the response, through waitUntil). */
export async function untilCached(path: string, init: RequestInit = {}): Promise<Response> {
  for (let i = 0; i < 50; i++) {
    const res = await fetchApp(path, init);
    if (res.headers.get('x-cache') === 'HIT') return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${path} never came from the cache`);
}
