import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { act, createStory, submitted, type Problem } from './story-helpers';

describe('four-eyes: nobody approves what they wrote', () => {
  it('refuses an editor approving their own story', async () => {
    const editor = await signedInAs('editor');
    const story = await submitted(editor);
    const res = await act(editor, story.id, 'approve', { revision: story.revision });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('four-eyes');
  });

  it('refuses an admin too, and another editor may approve it', async () => {
    const admin = await signedInAs('admin');
    const other = await signedInAs('editor');
    const story = await submitted(admin);
    expect((await act(admin, story.id, 'approve', { revision: story.revision })).status).toBe(403);
    expect((await act(other, story.id, 'approve', { revision: story.revision })).status).toBe(200);
  });
});

describe('who may touch whose story', () => {
  it("refuses a contributor editing someone else's story", async () => {
    const owner = await signedInAs('contributor');
    const other = await signedInAs('contributor');
    const story = await createStory(owner);
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: 1, title: 'Chiếm quyền sửa bài' }, other.headers);
    expect(res.status).toBe(403);
    expect((await act(other, story.id, 'submit')).status).toBe(403);
    expect((await fetchApp(`/api/editor/stories/${story.id}`, { headers: other.headers })).status).toBe(403);
  });

  it('refuses the author editing a story once it is submitted, naming the state', async () => {
    const author = await signedInAs('contributor');
    const story = await submitted(author);
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, title: 'Sửa sau khi gửi' }, author.headers);
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(409);
    expect(body.currentState).toBe('submitted');
  });

  it('lets an editor edit any story in any state', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, title: 'Biên tập viên sửa tiêu đề' }, editor.headers);
    expect(res.status).toBe(200);
  });

  it('refuses contributors the editor actions and members everything', async () => {
    const author = await signedInAs('contributor');
    const member = await signedInAs('member');
    const story = await submitted(author);
    for (const action of ['approve', 'reject', 'archive']) expect((await act(author, story.id, action, { reason: 'tự duyệt', revision: story.revision })).status).toBe(403);
    const res = await sendJson('POST', '/api/stories', { title: 'Thành viên viết bài', categoryCode: 'role_model', provinceCode: 'HNI' }, member.headers);
    expect(res.status).toBe(403);
  });

  it('lets the author open their own draft, and an editor any draft', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await createStory(author);
    expect((await fetchApp(`/api/editor/stories/${story.id}`, { headers: author.headers })).status).toBe(200);
    expect((await fetchApp(`/api/editor/stories/${story.id}`, { headers: editor.headers })).status).toBe(200);
  });

  it('escapes raw HTML in the body: only the safe Markdown subset is rendered', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author, { body: 'Xin chào <script>alert(1)</script> [x](javascript:alert(1))' });
    expect(story.bodyHtml).not.toContain('<script>');
    // The refused link stays visible as text, so the writer sees it in the preview; it is never an href.
    expect(story.bodyHtml).not.toMatch(/href="\s*javascript:/i);
    expect(story.bodyHtml).not.toContain('<a');
    expect(story.bodyHtml).toContain('&lt;script&gt;');
  });
});
