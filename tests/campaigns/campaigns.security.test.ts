import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, sendJson } from '../helpers/http';
import { dayFromToday, insertCampaign, insertStory } from './fixtures';

let campaignId: number;
let storyId: number;
let member: TestUser;
let contributor: TestUser;
let editor: TestUser;

beforeAll(async () => {
  storyId = await insertStory();
  campaignId = await insertCampaign({ status: 'draft' });
  member = await signedInAs('member');
  contributor = await signedInAs('contributor');
  editor = await signedInAs('editor');
});

/** Every editor-only route of the campaigns domain, with a body that would otherwise be valid. */
const editorRoutes = () =>
  [
    ['GET', '/api/editor/campaigns', undefined],
    ['GET', `/api/editor/campaigns/${campaignId}`, undefined],
    ['POST', '/api/campaigns', { title: 'Không được phép', startsOn: dayFromToday(0), endsOn: dayFromToday(3) }],
    ['PATCH', `/api/campaigns/${campaignId}`, { title: 'Không được phép' }],
    ['PUT', `/api/campaigns/${campaignId}/stories`, { stories: [storyId] }],
    ['PUT', `/api/campaigns/${campaignId}/provinces`, { provinces: ['HNI'] }],
    ['DELETE', `/api/campaigns/${campaignId}`, undefined],
    ['POST', `/api/stories/${storyId}/pin`, { until: new Date(Date.now() + 86_400_000).toISOString() }],
    ['DELETE', `/api/stories/${storyId}/pin`, undefined],
  ] as const;

function call(method: string, path: string, body: unknown, headers: Record<string, string>) {
  return body === undefined ? fetchApp(path, { method, headers }) : sendJson(method, path, body, headers);
}

describe('editor routes of campaigns and pins', () => {
  it('answer 401 to anonymous callers', async () => {
    for (const [method, path, body] of editorRoutes()) {
      const res = await call(method, path, body, {});
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('answer 403 to members and contributors', async () => {
    for (const user of [member, contributor]) {
      for (const [method, path, body] of editorRoutes()) {
        const res = await call(method, path, body, user.headers);
        expect(res.status, `${user.role} ${method} ${path}`).toBe(403);
      }
    }
  });

  it('refuse a cross-site request even with an editor session', async () => {
    const res = await sendJson('PATCH', `/api/campaigns/${campaignId}`, { title: 'Tấn công CSRF' }, { ...editor.headers, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('escape campaign text on public pages', async () => {
    const id = await insertCampaign({ title: '<script>alert(1)</script> Chiến dịch', description: '<img src=x onerror=alert(1)>' });
    const html = await (await fetchApp('/campaigns')).text();
    expect(id).toBeGreaterThan(0);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Chiến dịch');
  });
});
