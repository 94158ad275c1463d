import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { createStory, type EditorStory, type Problem } from './story-helpers';

type RevisionList = { current: number; revisions: { revision: number; editorId: string; editorName: string; createdAt: string }[] };
type Diff = { changes: { field: string; before: unknown; after: unknown; lines?: { op: string; text: string }[] }[] };

async function patch(id: number, headers: Record<string, string>, body: Record<string, unknown>) {
  const res = await sendJson('PATCH', `/api/stories/${id}`, body, headers);
  return { status: res.status, body: await readJson<{ story: EditorStory } & Problem>(res) };
}

describe('revisions', () => {
  it('records who saved each revision with the full content', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await createStory(author);
    await patch(story.id, author.headers, { revision: 1, summary: 'Bản tóm tắt thứ hai' });
    const res = await fetchApp(`/api/stories/${story.id}/revisions`, { headers: editor.headers });
    const list = await readJson<RevisionList>(res);
    expect(res.status).toBe(200);
    expect(list.current).toBe(2);
    expect(list.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(list.revisions.every((r) => r.editorId === author.id)).toBe(true);
    const one = await readJson<{ content: { summary: string; title: string } }>(await fetchApp(`/api/stories/${story.id}/revisions/1`, { headers: editor.headers }));
    expect(one.content.summary).toBe(story.summary);
    expect(one.content.title).toBe(story.title);
  });

  it('shows the difference between two revisions, line by line for the body', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await createStory(author, { body: 'Dòng một\nDòng hai\nDòng ba' });
    await patch(story.id, author.headers, { revision: 1, body: 'Dòng một\nDòng hai đã sửa\nDòng ba', title: 'Tiêu đề mới hơn' });
    const res = await fetchApp(`/api/stories/${story.id}/revisions/diff?from=1&to=2`, { headers: editor.headers });
    const diff = await readJson<Diff>(res);
    expect(res.status).toBe(200);
    expect(diff.changes.map((c) => c.field)).toEqual(['title', 'body']);
    expect(diff.changes[1]?.lines).toEqual([
      { op: 'same', text: 'Dòng một' },
      { op: 'remove', text: 'Dòng hai' },
      { op: 'add', text: 'Dòng hai đã sửa' },
      { op: 'same', text: 'Dòng ba' },
    ]);
  });

  it('names a revision that does not exist in a diff request', async () => {
    const editor = await signedInAs('editor');
    const story = await createStory(editor);
    const res = await fetchApp(`/api/stories/${story.id}/revisions/diff?from=1&to=9`, { headers: editor.headers });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('to');
  });

  it('restores an old revision as a new revision, keeping the history', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await createStory(author, { title: 'Tiêu đề gốc của bài' });
    await patch(story.id, author.headers, { revision: 1, title: 'Tiêu đề bị sửa nhầm', body: 'Nội dung sai' });
    const res = await sendJson('POST', `/api/stories/${story.id}/revisions/1/restore`, { revision: 2 }, editor.headers);
    const restored = (await readJson<{ story: EditorStory }>(res)).story;
    expect(res.status).toBe(200);
    expect(restored.revision).toBe(3);
    expect(restored.title).toBe('Tiêu đề gốc của bài');
    expect(restored.body).toBe(story.body);
    expect(restored.bodyHtml).toBe(story.bodyHtml);
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM story_revisions WHERE story_id = ?').bind(story.id).first<{ n: number }>();
    expect(count?.n).toBe(3);
  });
});

describe('conflicting edits', () => {
  it('refuses the second of two saves made from the same revision, and keeps the first', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await createStory(author);
    const first = await patch(story.id, editor.headers, { revision: 1, title: 'Sửa của biên tập viên' });
    const second = await patch(story.id, author.headers, { revision: 1, title: 'Sửa của tác giả' });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.currentRevision).toBe(2);
    const now = await readJson<{ story: EditorStory }>(await fetchApp(`/api/editor/stories/${story.id}`, { headers: author.headers }));
    expect(now.story.title).toBe('Sửa của biên tập viên');
    const revisions = await env.DB.prepare('SELECT COUNT(*) AS n FROM story_revisions WHERE story_id = ?').bind(story.id).first<{ n: number }>();
    expect(revisions?.n).toBe(2);
  });

  it('requires the revision a PATCH started from', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author);
    const res = await patch(story.id, author.headers, { title: 'Không có số phiên bản' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('revision');
  });
});
