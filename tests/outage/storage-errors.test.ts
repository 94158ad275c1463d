// Which failures count as an outage (503, retry later) and which stay what they are.
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { stories } from '../../schema';
import { createDb } from '../../workers/core/db';
import { respondWithError } from '../../workers/core/problem';
import { isStorageOutage } from '../../workers/core/storage-errors';
import type { AppEnv } from '../../workers/core/types';
import { insertStory } from '../share/fixtures';

/** The error a real D1 statement throws, as drizzle hands it over. */
async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('expected the statement to fail');
}

describe('a storage outage', () => {
  it('is what D1 throws when it cannot answer, bare or wrapped by drizzle', () => {
    for (const message of [
      'D1_ERROR: Network connection lost.',
      'D1_ERROR: D1 DB is overloaded. Requests queued for too long.',
      'D1_ERROR: Internal error while starting up D1 DB storage caused object to be reset.',
      'D1_ERROR: D1 DB reset because its code was updated.',
      'D1_ERROR: Cannot resolve D1 DB due to transient issue on remote node.',
      'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
      'D1_ERROR: database is locked: SQLITE_BUSY',
      'D1_ERROR: Failed to parse body as JSON, got: upstream connect error',
      'Network connection lost.',
    ]) {
      const d1 = new Error(message);
      expect(isStorageOutage(d1), message).toBe(true);
      const wrapped = Object.assign(new Error('Failed query: select 1\nparams: '), { cause: d1 });
      expect(isStorageOutage(wrapped), `wrapped ${message}`).toBe(true);
    }
  });

  it('is an R2 failure that a retry can cure', () => {
    expect(isStorageOutage(new Error('get: We encountered an internal error. Please try again. (10001)'))).toBe(true);
    expect(isStorageOutage(new Error('put: Reduce your concurrent request rate for the same object. (10058)'))).toBe(true);
    expect(isStorageOutage(new Error('head: Service Unavailable (10043)'))).toBe(true);
  });
});

describe('not an outage', () => {
  it('is a real UNIQUE violation from D1, even wrapped by drizzle', async () => {
    const story = await insertStory();
    const err = await thrownBy(() => createDb(env.DB).insert(stories).values({ slug: story.slug, title: 'trùng', categoryCode: 'role_model', provinceCode: 'HNI' }));
    expect(String((err as Error).cause ?? err)).toMatch(/UNIQUE constraint failed/);
    expect(isStorageOutage(err)).toBe(false);
  });

  it('is a programming error: a missing table or column, bad SQL, a wrong bind type', async () => {
    expect(isStorageOutage(await thrownBy(() => env.DB.prepare('SELECT * FROM no_such_table').all()))).toBe(false);
    expect(isStorageOutage(await thrownBy(() => env.DB.prepare('SELECT no_such_column FROM stories').all()))).toBe(false);
    expect(isStorageOutage(await thrownBy(() => env.DB.prepare('SELEC 1').all()))).toBe(false);
    expect(isStorageOutage(await thrownBy(async () => env.DB.prepare('SELECT ?').bind(undefined).all()))).toBe(false);
    expect(isStorageOutage(new Error('D1_ERROR: LIKE or GLOB pattern too complex: SQLITE_ERROR'))).toBe(false);
    expect(isStorageOutage(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
  });

  it('is an R2 refusal of the request itself (bad key, too large)', () => {
    expect(isStorageOutage(new Error('put: The specified object name is not valid. (10020)'))).toBe(false);
    expect(isStorageOutage(new Error('put: Your metadata headers exceed the maximum allowed metadata size. (10012)'))).toBe(false);
  });

  it('is a user’s text that happens to read like one, carried in drizzle’s query parameters', () => {
    const cause = new Error('D1_ERROR: UNIQUE constraint failed: stories.slug: SQLITE_CONSTRAINT');
    const wrapped = Object.assign(new Error('Failed query: insert into stories\nparams: Network connection lost.'), { cause });
    expect(isStorageOutage(wrapped)).toBe(false);
  });
});

describe('the error responder', () => {
  const app = new Hono<AppEnv>()
    .get('/outage', () => {
      throw new Error('D1_ERROR: Network connection lost.');
    })
    .get('/constraint', async () => {
      const story = await insertStory();
      await createDb(env.DB).insert(stories).values({ slug: story.slug, title: 'trùng', categoryCode: 'role_model', provinceCode: 'HNI' });
      return new Response('unreachable');
    });
  app.onError((err, c) => respondWithError(err, c));
  vi.spyOn(console, 'error').mockImplementation(() => {});

  it('answers an outage 503 with Retry-After, and a constraint violation 500 without it', async () => {
    const outage = await app.request('/outage', {}, env);
    expect(outage.status).toBe(503);
    expect(outage.headers.get('retry-after')).toBe('30');
    const constraint = await app.request('/constraint', {}, env);
    expect(constraint.status).toBe(500);
    expect(constraint.headers.get('retry-after')).toBeNull();
    expect(await constraint.text()).not.toContain('UNIQUE');
  });
});
