import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { SESSION_COOKIE } from '../../workers/auth/session-store';
import { signedInAs } from '../helpers/auth';
import { ORIGIN, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { insertStory } from '../share/fixtures';
import { bookmarkLine, bookmarkOf, call, currentBookmark, recordingEnv, withBookmark } from './d1-session-helpers';

// Where each request's D1 reads start (workers/core/d1-session.ts). Locally replication is off, so
// what is checked is the constraint or bookmark the app opens its session with, and the bookmark
// cookie it hands back; tests/core/d1-session.replica.test.ts plays a lagging replica.

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
  body: JSON.stringify(body),
});

let slug = '';
beforeAll(async () => {
  await seedDemo();
  slug = (await insertStory({ title: 'Bài đọc gần người đọc', provinceCode: 'KHA' })).slug;
});

describe('anonymous readers', () => {
  it.each(['/', '/api/stories', '/api/stories?province=KHA', `/?q=${encodeURIComponent('đọc gần')}`, '/api/stories?q=doc', '/stories/SLUG', '/api/stories/SLUG'])(
    'GET %s starts on the nearest replica (first-unconstrained) and gets no bookmark',
    async (template) => {
      // FEED_CACHE_TTL=0: the page is made each time, so the session is really read through.
      const { env, starts } = recordingEnv({ FEED_CACHE_TTL: '0' });
      const res = await call(env, template.replace('SLUG', slug), { headers: { accept: template.startsWith('/api') ? 'application/json' : 'text/html' } });
      expect(res.status).toBe(200);
      expect(starts).toEqual(['first-unconstrained']);
      expect(bookmarkLine(res)).toBeUndefined();
    },
  );
});

describe('signed-in browsers read their own writes', () => {
  it('signing in hands over the bookmark of the sign-in itself (HttpOnly, Secure, SameSite=Lax, Path=/), and the next request resumes from it', async () => {
    const before = await currentBookmark();
    const { env, starts } = recordingEnv();
    const res = await call(env, '/api/auth/login', json({ email: 'member@lantoa.local', password: DEMO_PASSWORD }, { 'cf-connecting-ip': '203.0.113.71' }));
    expect(res.status).toBe(200);
    expect(starts).toEqual(['first-primary']);
    const line = bookmarkLine(res) ?? '';
    expect(line).toMatch(/^__Host-lantoa_d1=[0-9a-f-]+;/);
    expect(line).toContain('HttpOnly');
    expect(line).toContain('Secure');
    expect(line).toContain('SameSite=Lax');
    expect(line).toContain('Path=/');
    expect(line).not.toMatch(/Domain=/i);
    const bookmark = bookmarkOf(res);
    // Bookmarks sort oldest to newest: this one is past the session row the sign-in wrote.
    expect(bookmark.localeCompare(before)).toBeGreaterThan(0);

    const session = (res.headers.getAll('set-cookie').find((l) => l.startsWith(`${SESSION_COOKIE}=`)) ?? '').split(';')[0] ?? '';
    const next = recordingEnv();
    const me = await call(next.env, '/api/me', { headers: { cookie: withBookmark(bookmark, session) } });
    expect(me.status).toBe(200);
    expect((await readJson<{ user: { email: string } }>(me)).user.email).toBe('member@lantoa.local');
    expect(next.starts).toEqual([bookmark]);
  });

  it('a signed-in request without a bookmark starts on the primary and is handed one', async () => {
    const member = await signedInAs('member', { provinceCode: 'KHA' });
    const { env, starts } = recordingEnv();
    const res = await call(env, '/api/me', { headers: member.headers });
    expect(res.status).toBe(200);
    expect(starts).toEqual(['first-primary']);
    expect(bookmarkOf(res)).toMatch(/^[0-9a-f-]+$/);
  });

  it('a write starts on the primary even with a bookmark, answers with a newer bookmark, and a GET with it reads the write', async () => {
    const member = await signedInAs('member', { provinceCode: 'KHA' });
    const story = await insertStory({ title: 'Chia sẻ rồi đọc lại ngay', provinceCode: 'KHA' });
    const old = await currentBookmark();
    const write = recordingEnv();
    const shared = await call(write.env, '/api/shares', json({ story: story.id, channel: 'zalo' }, { cookie: withBookmark(old, member.headers.cookie) }));
    expect(shared.status).toBe(201);
    expect(write.starts).toEqual(['first-primary']);
    const after = bookmarkOf(shared);
    expect(after.localeCompare(old)).toBeGreaterThan(0);

    // /api/me/impact is one D1 batch (d1Batch) on the resumed session.
    const read = recordingEnv();
    const impact = await call(read.env, '/api/me/impact', { headers: { cookie: withBookmark(after, member.headers.cookie) } });
    expect(impact.status).toBe(200);
    expect(read.starts).toEqual([after]);
    const body = await readJson<{ totals: { allTime: { shares: number } }; shares: { storyId: number }[] }>(impact);
    expect(body.totals.allTime.shares).toBe(1);
  });

  it('a bookmark cookie is never handed to a request that signs nobody in', async () => {
    const { env } = recordingEnv();
    const wrong = await call(env, '/api/auth/login', json({ email: 'member@lantoa.local', password: 'not-the-password' }, { 'cf-connecting-ip': '203.0.113.72' }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const story = await insertStory({ provinceCode: 'KHA' });
    const anonymousWrite = await call(env, '/api/shares', json({ story: story.id, channel: 'facebook' }));
    expect(anonymousWrite.status).toBe(201);
    expect(bookmarkLine(anonymousWrite)).toBeUndefined();
  });
});

describe('the primary', () => {
  it.each(['/editor', '/editor/cases', '/editor/users', '/api/editor/queue', '/api/cases', '/api/audit', '/api/stats/overview', '/api/units', '/api/settings/claims'])(
    'the desk (GET %s) reads the primary, even for an editor carrying a bookmark',
    async (path) => {
      const editor = await signedInAs('editor', { provinceCode: null });
      const { env, starts } = recordingEnv();
      const res = await call(env, path, { headers: { ...editor.headers, cookie: withBookmark(await currentBookmark(), editor.headers.cookie), accept: path.startsWith('/api') ? 'application/json' : 'text/html' } });
      expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBeLessThan(500);
      expect(starts).toEqual(['first-primary']);
    },
  );

  it('an anonymous visit to the desk reads the primary too (and is sent to sign in)', async () => {
    const { env, starts } = recordingEnv();
    const res = await call(env, '/editor', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(starts).toEqual(['first-primary']);
  });

  it('every write reads the primary, signed in or not', async () => {
    const story = await insertStory({ provinceCode: 'KHA' });
    const { env, starts } = recordingEnv();
    expect((await call(env, '/api/shares', json({ story: story.id, channel: 'facebook' }))).status).toBe(201);
    expect(starts).toEqual(['first-primary']);
  });

  it('a token client reads the primary and is handed no cookie', async () => {
    const { env, starts } = recordingEnv();
    const res = await call(env, '/api/stories', { headers: { authorization: 'Bearer not-a-real-token' } });
    expect(res.status).toBe(401);
    expect(starts).toEqual(['first-primary']);
    expect(bookmarkLine(res)).toBeUndefined();
  });

  it('a report receipt reads the primary: the reporter lands on it the moment the report is written', async () => {
    const { env, starts } = recordingEnv();
    await call(env, '/report/LT-0000-0000-0000-0000', { headers: { accept: 'text/html' } });
    await call(env, '/api/reports/abc', { headers: { accept: 'application/json' } });
    expect(starts).toEqual(['first-primary', 'first-primary']);
  });
});

// Set by the browser's owner, or by anyone who can write a cookie for the site: never trusted as is.
const GARBAGE = ['garbage', 'first-primary', "'; DROP TABLE sessions; --", '0'.repeat(200), '00000001-00000002\r\nX-Evil: 1', encodeURIComponent('Đà Nẵng'), '%ZZ', ''];

describe('a bookmark cookie that is not a bookmark', () => {
  it.each(GARBAGE)('%j is ignored: a signed-in reader starts on the primary and gets a real bookmark, never a 500', async (value) => {
    const member = await signedInAs('member', { provinceCode: 'KHA' });
    const { env, starts } = recordingEnv();
    const res = await call(env, '/api/me', { headers: { cookie: `${member.headers.cookie}; __Host-lantoa_d1=${value.replace(/[\r\n]/g, '')}` } });
    expect(res.status).toBe(200);
    expect(starts).toEqual(['first-primary']);
    expect(bookmarkOf(res)).toMatch(/^[0-9a-f]{1,64}(?:-[0-9a-f]{1,64})+$/);
  });

  it.each(GARBAGE)('%j is ignored for an anonymous reader: the nearest replica, no cookie', async (value) => {
    const { env, starts } = recordingEnv({ FEED_CACHE_TTL: '0' });
    const res = await call(env, '/api/stories?province=KHA', { headers: { cookie: `__Host-lantoa_d1=${value.replace(/[\r\n]/g, '')}` } });
    expect(res.status).toBe(200);
    expect(starts).toEqual(['first-unconstrained']);
    expect(bookmarkLine(res)).toBeUndefined();
  });
});
