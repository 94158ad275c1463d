import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryStatus } from '../../schema';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { act, createStory, published, submitted, type Problem } from './story-helpers';

let author: TestUser;
let editor: TestUser;

beforeAll(async () => {
  author = await signedInAs('contributor');
  editor = await signedInAs('editor');
});

/** A story by `author` in the given state, made through the API where possible. */
async function storyIn(state: StoryStatus): Promise<number> {
  if (state === 'draft') return (await createStory(author)).id;
  if (state === 'submitted') return (await submitted(author)).id;
  if (state === 'published') return (await published(author, editor)).id;
  const story = await submitted(author);
  if (state === 'rejected') await act(editor, story.id, 'reject', { reason: 'Chưa đạt' });
  if (state === 'scheduled') await act(editor, story.id, 'approve', { revision: story.revision, publishAt: new Date(Date.now() + 86_400_000).toISOString() });
  if (state === 'archived') {
    await act(editor, story.id, 'approve', { revision: story.revision });
    await act(editor, story.id, 'archive', { reason: 'Hết thời sự' });
  }
  return story.id;
}

// Every story here is at revision 1: approval names the revision it approves.
const bodies: Record<string, unknown> = { submit: {}, approve: { revision: 1 }, reject: { reason: 'Lý do trả lại' }, archive: { reason: 'Lý do gỡ bài' } };
const allowed: Record<string, StoryStatus[]> = {
  submit: ['draft', 'rejected'],
  approve: ['submitted'],
  reject: ['submitted'],
  archive: ['published'],
};
const states: StoryStatus[] = ['draft', 'submitted', 'scheduled', 'published', 'rejected', 'archived'];
const refused = Object.entries(allowed).flatMap(([action, from]) => states.filter((s) => !from.includes(s)).map((state) => ({ action, state })));

describe('transitions the lifecycle does not allow', () => {
  it.each(refused)('refuses to $action a $state story with 409 naming the state', async ({ action, state }) => {
    const id = await storyIn(state);
    // The editor is not the author, so four-eyes never hides the real reason.
    const res = await act(editor, id, action, bodies[action]);
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe('CONFLICT');
    expect(res.body.currentState).toBe(state);
    expect(res.body.detail).toContain(state);
  });
});

describe('transitions the lifecycle allows', () => {
  const expected: Record<string, StoryStatus> = { submit: 'submitted', approve: 'published', reject: 'rejected', archive: 'archived' };
  const cases = Object.entries(allowed).flatMap(([action, from]) => from.map((state) => ({ action, state, to: expected[action] })));
  it.each(cases)('lets an editor $action a $state story (→ $to)', async ({ action, state, to }) => {
    const id = await storyIn(state);
    const res = await act(editor, id, action, bodies[action]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.story.status).toBe(to);
  });
});

describe('what approval and submission require', () => {
  it('refuses approval until source and consent are recorded, naming each missing field', async () => {
    const story = await submitted(author, { sourceType: null, sourceDetail: null, consent: false });
    const res = await act(editor, story.id, 'approve', { revision: story.revision });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors?.map((e) => e.path)).toEqual(['sourceType', 'sourceDetail', 'consent']);
  });

  it('refuses to submit a story without a summary or body', async () => {
    const story = await createStory(author, { summary: '', body: '' });
    const res = await act(author, story.id, 'submit');
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path)).toEqual(['summary', 'body']);
  });

  it('refuses a rejection or archive without a reason', async () => {
    const story = await submitted(author);
    const res = await act(editor, story.id, 'reject', { reason: ' ' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('reason');
  });

  it('refuses approval when the text changed since the editor reviewed it', async () => {
    const story = await submitted(author);
    const res = await act(editor, story.id, 'approve', { revision: story.revision + 5 });
    expect(res.status).toBe(409);
    expect(res.body.currentRevision).toBe(story.revision);
  });

  it('answers 404 for a story that does not exist', async () => {
    const res = await act(editor, 999_999, 'approve', { revision: 1 });
    expect(res.status).toBe(404);
  });
});

describe('invalid story input', () => {
  it('names unknown provinces and categories and bad fields', async () => {
    let res = await sendJson('POST', '/api/stories', { title: 'Tiêu đề hợp lệ', categoryCode: 'role_model', provinceCode: 'XXX' }, author.headers);
    let body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.errors).toEqual([{ path: 'provinceCode', message: expect.stringContaining('XXX') }]);
    res = await sendJson('POST', '/api/stories', { title: 'Tiêu đề hợp lệ', categoryCode: 'nope', provinceCode: 'HNI' }, author.headers);
    body = await readJson<Problem>(res);
    expect(body.errors?.[0]?.path).toBe('categoryCode');
    res = await sendJson('POST', '/api/stories', { title: 'x', categoryCode: 'role_model', provinceCode: 'HNI', captions: ['a', 'b', 'c', 'd'] }, author.headers);
    body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['captions', 'title']);
  });

  it('answers malformed JSON with a 400 naming the body, never a 500', async () => {
    const res = await fetchApp('/api/stories', { method: 'POST', headers: { ...author.headers, 'content-type': 'application/json' }, body: '{"title":' });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('body');
  });

  it('stores nothing when a create is refused', async () => {
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM stories').first<{ n: number }>();
    await sendJson('POST', '/api/stories', { title: 'Không lưu được', categoryCode: 'role_model', provinceCode: 'ZZZ' }, author.headers);
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM stories').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});
