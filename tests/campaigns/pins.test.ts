import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, stories } from '../../schema';
import { pinnedFirstOrder } from '../../workers/campaigns/pins';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, insertStory } from './fixtures';

const HOUR = 3_600_000;
let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor');
});

const pinnedUntil = async (id: number) =>
  (await db().select({ pinnedUntil: stories.pinnedUntil }).from(stories).where(eq(stories.id, id)))[0]?.pinnedUntil;

describe('pinning a story', () => {
  it('sets pinned_until, answers it as ISO time, and is audited', async () => {
    const id = await insertStory();
    const until = new Date(Date.now() + 48 * HOUR);
    const res = await sendJson('POST', `/api/stories/${id}/pin`, { until: until.toISOString() }, editor.headers);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ id, pinnedUntil: until.toISOString() });
    expect(await pinnedUntil(id)).toBe(until.getTime());
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.target, `story:${id}`)).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'story.pinned', actorId: editor.id, after: { pinnedUntil: until.getTime() } });
  });

  it('accepts a time with the Vietnam offset', async () => {
    const id = await insertStory();
    const local = new Date(Date.now() + 5 * HOUR);
    const vn = new Date(local.getTime() + 7 * HOUR).toISOString().replace('Z', '+07:00');
    const res = await sendJson('POST', `/api/stories/${id}/pin`, { until: vn }, editor.headers);
    expect(res.status).toBe(200);
    expect(await pinnedUntil(id)).toBe(local.getTime());
  });

  it('clears the pin on DELETE', async () => {
    const id = await insertStory({ pinnedUntil: Date.now() + HOUR });
    const res = await fetchApp(`/api/stories/${id}/pin`, { method: 'DELETE', headers: editor.headers });
    expect(await readJson(res)).toEqual({ id, pinnedUntil: null });
    expect(await pinnedUntil(id)).toBeNull();
  });

  it('refuses a time in the past or beyond 90 days, and a time without a zone', async () => {
    const id = await insertStory();
    for (const until of [new Date(Date.now() - HOUR).toISOString(), new Date(Date.now() + 91 * 24 * HOUR).toISOString(), '2026-07-01T10:00', 'ngày mai']) {
      const res = await sendJson('POST', `/api/stories/${id}/pin`, { until }, editor.headers);
      expect(res.status, until).toBe(400);
      expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('until');
    }
  });

  it('refuses to pin a story that is not published (409 with its state) or does not exist (404)', async () => {
    const draft = await insertStory({ status: 'draft', publishedAt: null });
    const res = await sendJson('POST', `/api/stories/${draft}/pin`, { until: new Date(Date.now() + HOUR).toISOString() }, editor.headers);
    expect(res.status).toBe(409);
    expect(await readJson(res)).toMatchObject({ currentState: 'draft' });
    const missing = await sendJson('POST', '/api/stories/999999/pin', { until: new Date(Date.now() + HOUR).toISOString() }, editor.headers);
    expect(missing.status).toBe(404);
  });
});

describe('feed order with pins', () => {
  it('puts stories pinned now first, then the newest; expired pins count as unpinned', async () => {
    const now = Date.now();
    const old = await insertStory({ title: 'Cũ nhưng được ghim', publishedAt: now - 10 * 24 * HOUR, pinnedUntil: now + HOUR });
    const newest = await insertStory({ title: 'Mới nhất', publishedAt: now - HOUR });
    const expired = await insertStory({ title: 'Ghim đã hết hạn', publishedAt: now - 2 * HOUR, pinnedUntil: now - 1 });
    const middle = await insertStory({ title: 'Ở giữa', publishedAt: now - 3 * HOUR });
    const ids = [old, newest, expired, middle];
    const rows = await db().select({ id: stories.id }).from(stories).where(eq(stories.status, 'published')).orderBy(...pinnedFirstOrder(now));
    expect(rows.map((r) => r.id).filter((id) => ids.includes(id))).toEqual([old, newest, expired, middle]);
  });
});
