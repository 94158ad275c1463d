import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { insertLesson, lessonContent } from './helpers';

let lessonId: number;
let member: TestUser;
let contributor: TestUser;
let national: TestUser;
let national2: TestUser;
let provincial: TestUser;

beforeAll(async () => {
  lessonId = await insertLesson({ status: 'submitted' });
  member = await signedInAs('member');
  contributor = await signedInAs('contributor');
  national = await signedInAs('editor', { provinceCode: null });
  national2 = await signedInAs('admin');
  provincial = await signedInAs('editor', { provinceCode: 'HCM' });
});

const routes = () =>
  [
    ['GET', '/api/lessons', undefined],
    ['POST', '/api/lessons', lessonContent()],
    ['GET', `/api/lessons/${lessonId}`, undefined],
    ['PATCH', `/api/lessons/${lessonId}`, { revision: 1, title: 'Không được phép' }],
    ['POST', `/api/lessons/${lessonId}/submit`, {}],
    ['POST', `/api/lessons/${lessonId}/approve`, { revision: 1 }],
    ['POST', `/api/lessons/${lessonId}/reject`, { reason: 'Không được phép' }],
    ['POST', `/api/lessons/${lessonId}/archive`, {}],
  ] as const;

const call = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
  body === undefined ? fetchApp(path, { method, headers }) : sendJson(method, path, body, headers);

describe('only editors and admins reach the lessons API and desk', () => {
  it('anonymous callers get 401; a browser asking for a desk page is sent to sign in', async () => {
    for (const [method, path, body] of routes()) expect((await call(method, path, body, {})).status, `${method} ${path}`).toBe(401);
    const page = await fetchApp('/editor/lessons', { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Feditor%2Flessons');
  });

  it('members and contributors get 403, on the API and the pages', async () => {
    for (const user of [member, contributor]) {
      for (const [method, path, body] of routes()) expect((await call(method, path, body, user.headers)).status, `${user.role} ${method} ${path}`).toBe(403);
      expect((await fetchApp('/editor/lessons', { headers: { ...user.headers, accept: 'text/html' } })).status).toBe(403);
      const form = new URLSearchParams({ title: 'Không được phép', body: 'x' });
      expect((await fetchApp('/editor/lessons', { method: 'POST', headers: user.headers, body: form })).status).toBe(403);
    }
  });
});

describe('four-eyes and the national rule', () => {
  it('whoever last changed the content cannot approve it; a second editor can', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', lessonContent(), national.headers));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, national.headers);
    const own = await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, national.headers);
    expect(own.status).toBe(403);
    // The second editor edits it while it waits: now they are the last editor, and the first one may approve.
    await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, summary: 'Sửa khi chờ duyệt' }, national2.headers);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 2 }, national2.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 2 }, national.headers)).status).toBe(200);
  });

  it('the editor of a pending edit cannot approve that edit', async () => {
    const lesson = await readJson<{ id: number }>(await sendJson('POST', '/api/lessons', lessonContent(), national.headers));
    await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, national.headers);
    await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, national2.headers);
    // national2 approved the original, then edits it: their own edit waits for someone else.
    await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, title: 'Tiêu đề mới của bài' }, national2.headers);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 2 }, national2.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 2 }, national.headers)).status).toBe(200);
  });

  it('provincial editors write and submit, but only national editors and admins approve, reject or archive', async () => {
    const created = await sendJson('POST', '/api/lessons', lessonContent(), provincial.headers);
    expect(created.status).toBe(201);
    const lesson = await readJson<{ id: number }>(created);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, provincial.headers)).status).toBe(200);
    const otherProvincial = await signedInAs('editor', { provinceCode: 'DNG' });
    for (const [path, body] of [
      ['approve', { revision: 1 }],
      ['reject', { reason: 'Không đủ quyền' }],
      ['archive', {}],
    ] as const) {
      expect((await sendJson('POST', `/api/lessons/${lesson.id}/${path}`, body, otherProvincial.headers)).status, path).toBe(403);
    }
    const provincialAdmin = await signedInAs('admin', { provinceCode: 'DNG' });
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, provincialAdmin.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, national.headers)).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cross-site form post and a cookie post without Origin or Sec-Fetch-Site', async () => {
    const form = new URLSearchParams({ title: 'Bài học giả', body: 'x' });
    const foreign = await fetchApp('/editor/lessons', { method: 'POST', headers: { ...national.headers, origin: 'https://evil.example' }, body: form });
    expect(foreign.status).toBe(403);
    const { origin: _o, ...cookieOnly } = national.headers;
    const bare = await fetchApp(`/editor/lessons/${lessonId}/approve`, { method: 'POST', headers: cookieOnly, body: new URLSearchParams({ revision: '1' }) });
    expect(bare.status).toBe(403);
    const api = await fetchApp(`/api/lessons/${lessonId}/archive`, { method: 'POST', headers: { ...national.headers, origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(403);
    expect(ORIGIN).toBe('https://lantoa.test');
  });
});
