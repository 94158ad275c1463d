import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';

describe('share routes and cross-site requests', () => {
  it('refuses a share posted from another site', async () => {
    const story = await insertStory();
    const member = await signedInAs('member');
    const res = await sendJson('POST', '/api/shares', { story: story.id, channel: 'copy' }, { ...member.headers, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses the no-JS share form posted from another site', async () => {
    const story = await insertStory();
    const res = await fetchApp('/share', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ story: String(story.id), channel: 'facebook' }),
    });
    expect(res.status).toBe(403);
  });

  it('never echoes the caption into the hand-off page unescaped', async () => {
    const story = await insertStory();
    const res = await fetchApp('/share', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://lantoa.test', accept: 'text/html' },
      body: new URLSearchParams({ story: String(story.id), channel: 'copy', caption: '<script>alert(1)</script>' }),
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('GET /api/stories/:slug/stats guard', () => {
  it('asks anonymous callers to sign in (401)', async () => {
    const story = await insertStory();
    const res = await fetchApp(`/api/stories/${story.slug}/stats`);
    expect(res.status).toBe(401);
    expect((await readJson<{ code: string }>(res)).code).toBe('UNAUTHENTICATED');
  });

  it.each(['member', 'contributor'] as const)('refuses a %s (403)', async (role) => {
    const story = await insertStory();
    const user = await signedInAs(role);
    const res = await fetchApp(`/api/stories/${story.slug}/stats`, { headers: user.headers });
    expect(res.status).toBe(403);
  });

  it.each(['editor', 'admin'] as const)('lets an %s in', async (role) => {
    const story = await insertStory();
    const user = await signedInAs(role);
    const res = await fetchApp(`/api/stories/${story.slug}/stats`, { headers: user.headers });
    expect(res.status).toBe(200);
  });
});
