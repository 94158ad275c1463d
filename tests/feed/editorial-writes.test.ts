import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { findPublishedStory, listFeed } from '../../workers/stories/feed.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { act, createStory, published, type EditorStory } from '../editorial/story-helpers';

// The editorial workflow writes `stories` and nothing else; the SQL triggers keep
// search and story_tags in step. Read back through the feed's own queries (no cache).
const db = createDb(env.DB);
const search = async (q: string) => (await listFeed(db, { q, limit: 50 }, Date.now())).items.map((i) => i.id);
const tagged = async (tag: string) => (await listFeed(db, { tag, limit: 50 }, Date.now())).items.map((i) => i.id);
let author: TestUser;
let editor: TestUser;

beforeAll(async () => {
  author = await signedInAs('contributor');
  editor = await signedInAs('editor');
});

describe('stories written through the editorial workflow', () => {
  it('reach the feed, search and tag pages when approved, and not before', async () => {
    const draft = await createStory(author, { title: 'Đội thuyền cứu hộ làng Vạn Phúc', tags: ['Cứu hộ'] });
    expect(await search('thuyen cuu ho van phuc')).toEqual([]);
    expect((await act(author, draft.id, 'submit')).status).toBe(200);
    expect(await search('thuyen cuu ho van phuc')).toEqual([]);
    expect((await act(editor, draft.id, 'approve', { revision: draft.revision })).status).toBe(200);
    expect(await search('thuyen cuu ho van phuc')).toEqual([draft.id]);
    expect(await search('Vạn Phúc')).toEqual([draft.id]);
    expect(await tagged('cuu-ho')).toEqual([draft.id]);
    const story = await findPublishedStory(db, draft.slug);
    expect(story?.bodyHtml).toContain('<strong>Lan</strong>');
  });

  it('follow an edit of a published story, and leave every public listing when archived', async () => {
    const story: EditorStory = await published(author, editor, { title: 'Hội thi bơi chải trên sông Lam', tags: ['the-thao'] });
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, title: 'Hội đua thuyền truyền thống trên sông Lam', tags: ['van-hoa'] }, editor.headers);
    expect(res.status, JSON.stringify(await readJson(res.clone()))).toBe(200);
    // Pending until a second editor approves it: search and tags still show the live text.
    expect(await search('dua thuyen song lam')).toEqual([]);
    expect(await tagged('the-thao')).toEqual([story.id]);
    const approver = await signedInAs('editor');
    expect((await act(approver, story.id, 'approve', { revision: story.revision + 1 })).status).toBe(200);
    expect(await search('boi chai')).toEqual([]);
    expect(await search('dua thuyen song lam')).toEqual([story.id]);
    expect(await tagged('the-thao')).toEqual([]);
    expect(await tagged('van-hoa')).toEqual([story.id]);
    expect((await act(editor, story.id, 'archive', { reason: 'Nhân vật đề nghị gỡ bài.' })).status).toBe(200);
    expect(await search('dua thuyen song lam')).toEqual([]);
    expect(await tagged('van-hoa')).toEqual([]);
    expect(await findPublishedStory(db, story.slug)).toBeNull();
  });
});
