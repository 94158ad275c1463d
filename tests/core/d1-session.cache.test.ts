import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { insertStory } from '../share/fixtures';
import { bookmarkLine, bookmarkOf, call, currentBookmark, recordingEnv, withBookmark } from './d1-session-helpers';

// The anonymous read cache (workers/stories/cache.ts) and the bookmark cookie must never meet:
// a page stored for everyone must not hand one reader's bookmark to the next.

/** Ask `path` until the anonymous cache answers it (it is written after the response). */
async function untilHit(testEnv: Env, path: string, headers: Record<string, string>): Promise<Response[]> {
  const answers: Response[] = [];
  for (let i = 0; i < 50; i++) {
    const res = await call(testEnv, path, { headers });
    answers.push(res);
    if (res.headers.get('x-cache') === 'HIT') return answers;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${path} never came from the cache`);
}

describe('the bookmark cookie and the anonymous read cache', () => {
  it('a browser signed out but still holding a bookmark resumes from it, and neither the made nor the cached answer sets the cookie', async () => {
    await insertStory({ title: 'Đọc sau khi đăng xuất', provinceCode: 'TNH' });
    const bookmark = await currentBookmark();
    const { env, starts } = recordingEnv();
    const answers = await untilHit(env, '/api/stories?province=TNH', { cookie: withBookmark(bookmark) });
    expect(answers[0]?.headers.get('x-cache')).toBe('MISS');
    expect(answers.at(-1)?.headers.get('x-cache')).toBe('HIT');
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(bookmarkLine(res)).toBeUndefined();
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect(starts.every((s) => s === bookmark)).toBe(true);
  });

  it('a signed-in reader of a cached page gets a fresh page with a bookmark; the cached copy others get carries none', async () => {
    await insertStory({ title: 'Trang chung, cookie riêng', provinceCode: 'HTH' });
    const { env } = recordingEnv();
    const anonymous = await untilHit(env, '/?province=HTH', { accept: 'text/html' });
    const member = await signedInAs('member', { provinceCode: 'HTH' });
    const mine = await call(env, '/?province=HTH', { headers: { ...member.headers, accept: 'text/html' } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('x-cache')).toBeNull();
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(bookmarkOf(mine)).toMatch(/^[0-9a-f-]+$/);
    const again = await call(env, '/?province=HTH', { headers: { accept: 'text/html' } });
    expect(again.headers.get('x-cache')).toBe('HIT');
    for (const res of [...anonymous, again]) expect(res.headers.get('set-cookie')).toBeNull();
  });
});
