import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { forgetLinksInMemory } from '../../workers/share/link-cache';
import { readJson, sendJson } from '../helpers/http';
import { BROWSER } from '../share/click-harness';
import { insertStory } from '../share/fixtures';
import { call, recordingEnv } from './d1-session-helpers';

// A read replica that lags: the second, empty D1 of the test setup, migrated but without the rows
// written since. Sessions that may start anywhere (`first-unconstrained`) are sent to it; sessions on
// the primary, and the binding itself, reach the real database.
const toReplica = (arg: string | undefined) => (arg === 'first-unconstrained' ? env.MIGRATION_DB : env.DB);

const quietQueue = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue;

beforeAll(async () => {
  await applyD1Migrations(env.MIGRATION_DB, env.TEST_MIGRATIONS);
});

describe('a replica a little behind the primary', () => {
  it('anonymous feed reads may be behind: a story published a moment ago is not there yet', async () => {
    const story = await insertStory({ title: 'Vừa đăng, bản sao chưa có', provinceCode: 'QTI' });
    const { env: lagging, starts } = recordingEnv({ FEED_CACHE_TTL: '0' }, toReplica);
    const res = await call(lagging, '/api/stories?province=QTI');
    expect(res.status).toBe(200);
    expect(starts).toEqual(['first-unconstrained']);
    expect((await readJson<{ items: { id: number }[] }>(res)).items.map((i) => i.id)).not.toContain(story.id);
  });

  it('a tracked link made a moment ago still redirects: unknown on the replica, it is asked of the primary before any 404', async () => {
    const story = await insertStory({ provinceCode: 'QTI' });
    const made = await sendJson('POST', '/api/shares', { story: story.id, channel: 'facebook' });
    expect(made.status).toBe(201);
    const { code } = await readJson<{ code: string }>(made);
    forgetLinksInMemory();
    const { env: lagging, starts } = recordingEnv({ CLICKS_QUEUE: quietQueue }, toReplica);
    const res = await call(lagging, `/l/${code}`, { headers: { 'user-agent': BROWSER } });
    expect(starts).toEqual(['first-unconstrained']);
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') ?? '').pathname).toBe(`/stories/${story.slug}`);
  });

  it('a code nobody issued is still 404 after asking both', async () => {
    const { env: lagging } = recordingEnv({ CLICKS_QUEUE: quietQueue }, toReplica);
    const res = await call(lagging, '/l/khongco1', { headers: { 'user-agent': BROWSER, accept: 'application/json' } });
    expect(res.status).toBe(404);
  });
});
