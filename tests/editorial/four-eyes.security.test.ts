import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { act, approveEdit, edit, published, submitted, type EditorStory } from './story-helpers';

async function liveTitle(id: number): Promise<string | undefined> {
  return (await env.DB.prepare('SELECT title FROM stories WHERE id = ?').bind(id).first<{ title: string }>())?.title;
}

describe('four-eyes: nobody approves text they wrote or edited', () => {
  it("refuses an editor who rewrote a contributor's submitted story approving it alone", async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    const rewritten = await edit(editor, story, { body: 'Biên tập viên viết lại toàn bộ nội dung bài.' });
    const res = await act(editor, story.id, 'approve', { revision: rewritten.revision });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.detail).toContain('four-eyes');
    expect(res.body.detail).toContain('edited');
    expect((await act(await signedInAs('editor'), story.id, 'approve', { revision: rewritten.revision })).status).toBe(200);
  });

  it('refuses self-approval of an own pending edit of a published story, which stays unpublished', async () => {
    const editor = await signedInAs('editor');
    const story = await published(await signedInAs('contributor'), editor, { title: 'Tiêu đề đã được duyệt' });
    const pending = await edit(editor, story, { title: 'Tiêu đề tự sửa rồi tự duyệt' });
    const res = await act(editor, story.id, 'approve', { revision: pending.pendingRevision });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(await liveTitle(story.id)).toBe('Tiêu đề đã được duyệt');
  });

  it('refuses everyone who edited any revision since the live one, and lets a third editor approve', async () => {
    const [first, second, third] = [await signedInAs('editor'), await signedInAs('editor'), await signedInAs('editor')];
    const story = await published(await signedInAs('contributor'), third, { title: 'Bài gốc đã đăng' });
    let pending = await edit(first, story, { title: 'Sửa lần một' });
    pending = await edit(second, pending, { summary: 'Sửa lần hai, trên bản sửa lần một.' });
    for (const editor of [first, second]) {
      expect((await act(editor, story.id, 'approve', { revision: pending.pendingRevision })).status).toBe(403);
    }
    const approved = await approveEdit(third, pending);
    expect(approved.title).toBe('Sửa lần một');
    expect(approved.summary).toBe('Sửa lần hai, trên bản sửa lần một.');
  });

  it("refuses the story's author approving another editor's edit of it", async () => {
    const writer = await signedInAs('editor');
    const editor = await signedInAs('editor');
    const story = await published(writer, editor);
    const pending = await edit(editor, story, { body: 'Đính chính một con số.' });
    expect((await act(writer, story.id, 'approve', { revision: pending.pendingRevision })).status).toBe(403);
  });

  it('refuses a contributor approving or rejecting a pending edit', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const pending = await edit(editor, await published(author, await signedInAs('editor')), { title: 'Sửa chờ duyệt' });
    expect((await act(author, pending.id, 'approve', { revision: pending.pendingRevision })).status).toBe(403);
    expect((await act(author, pending.id, 'reject', { reason: 'Tác giả không đồng ý' })).status).toBe(403);
  });

  it('requires approval to name the revision it approves', async () => {
    const story = await submitted(await signedInAs('contributor'));
    const res = await act(await signedInAs('editor'), story.id, 'approve', {});
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.path)).toEqual(['revision']);
  });

  it('does not publish a pending edit through a stale approval of the live revision', async () => {
    const editor = await signedInAs('editor');
    const approver = await signedInAs('editor');
    const story = await published(await signedInAs('contributor'), approver, { title: 'Tiêu đề đang đăng' });
    const pending: EditorStory = await edit(editor, story, { title: 'Tiêu đề chưa ai duyệt' });
    const res = await act(approver, story.id, 'approve', { revision: story.revision });
    expect(res.status).toBe(409);
    expect(res.body.currentRevision).toBe(pending.revision);
    expect(await liveTitle(story.id)).toBe('Tiêu đề đang đăng');
    const view = await readJson<{ story: EditorStory }>(await fetchApp(`/api/editor/stories/${story.id}`, { headers: approver.headers }));
    expect(view.story.pending?.content.title).toBe('Tiêu đề chưa ai duyệt');
  });
});
