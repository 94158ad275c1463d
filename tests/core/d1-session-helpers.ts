import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../workers/app';
import { BOOKMARK_COOKIE } from '../../workers/core/d1-session';
import { ORIGIN } from '../helpers/http';

const app = createApp();

/**
 * The app's env with `DB` behind a recorder: every `withSession()` argument is kept (in order),
 * then the real binding opens the session. `route` may send a session elsewhere (a lagging replica).
 */
export function recordingEnv(extra: Partial<Env> = {}, route: (arg: string | undefined) => D1Database = () => env.DB) {
  const starts: (string | undefined)[] = [];
  const DB = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'withSession') {
        return (arg?: string) => {
          starts.push(arg);
          return route(arg).withSession(arg);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { env: { ...env, ...extra, DB } as Env, starts };
}

/** One request through `createApp()` with `testEnv`, background work included. */
export async function call(testEnv: Env, path: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.request(new URL(path, ORIGIN).toString(), { redirect: 'manual', ...init }, testEnv, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** The Set-Cookie line that hands over a D1 bookmark, if the answer has one. */
export function bookmarkLine(res: Response): string | undefined {
  return res.headers.getAll('set-cookie').find((line) => line.startsWith(`${BOOKMARK_COOKIE}=`));
}

/** The bookmark an answer hands over (throws when it hands none). */
export function bookmarkOf(res: Response): string {
  const line = bookmarkLine(res);
  if (!line) throw new Error(`no ${BOOKMARK_COOKIE} cookie in: ${res.headers.getAll('set-cookie').join(' | ')}`);
  return decodeURIComponent(line.slice(BOOKMARK_COOKIE.length + 1).split(';')[0] ?? '');
}

/** Where the database is now, as a bookmark (a read on the primary). */
export async function currentBookmark(): Promise<string> {
  const session = env.DB.withSession('first-primary');
  await session.prepare('SELECT 1').first();
  const bookmark = session.getBookmark();
  if (!bookmark) throw new Error('D1 gave no bookmark');
  return bookmark;
}

/** A Cookie header value with the bookmark cookie added to `cookie` (a session cookie, or nothing). */
export function withBookmark(bookmark: string, cookie?: string): string {
  return [cookie, `${BOOKMARK_COOKIE}=${encodeURIComponent(bookmark)}`].filter(Boolean).join('; ');
}
