import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { act, approveEdit, captureEvents, createStory, edit, published, submitted, type EditorStory } from './story-helpers';

describe('a story from draft to the public', () => {
  it('is created as a draft with an ASCII slug, rendered body, normalised tags and NFC text', async () => {
    const author = await signedInAs('contributor');
    // "Gương sáng" typed in decomposed form (NFD), as some keyboards send it.
    const story = await createStory(author, { title: 'Gương sáng Đà Nẵng'.normalize('NFD'), tags: ['Tình nguyện', '#tình nguyện', ' '] });
    expect(story.status).toBe('draft');
    expect(story.revision).toBe(1);
    expect(story.title).toBe('Gương sáng Đà Nẵng'.normalize('NFC'));
    expect(story.slug).toBe('guong-sang-da-nang');
    expect(story.tags).toEqual(['tinh-nguyen']);
    expect(story.hashtags).toEqual(['LanToa', 'GiaoDuc']);
    expect(story.bodyHtml).toContain('<strong>Lan</strong>');
    expect(story.authorId).toBe(author.id);
  });

  it('gets a suffixed slug when the title is already taken', async () => {
    const author = await signedInAs('contributor');
    const first = await createStory(author, { title: 'Trùng tên bài viết' });
    const second = await createStory(author, { title: 'Trùng tên bài viết' });
    expect(first.slug).toBe('trung-ten-bai-viet');
    expect(second.slug).toBe('trung-ten-bai-viet-2');
  });

  it('is submitted by its author and published by an editor, who is recorded as publisher', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    expect(story.status).toBe('submitted');
    const events = await captureEvents(async () => {
      const res = await act(editor, story.id, 'approve', { revision: story.revision });
      expect(res.status).toBe(200);
      expect(res.body.story.status).toBe('published');
      expect(res.body.story.publishedAt).not.toBeNull();
    });
    expect(events).toEqual([{ kind: 'published', storyId: story.id, actorId: editor.id }]);
    const row = await env.DB.prepare('SELECT published_by FROM stories WHERE id = ?').bind(story.id).first<{ published_by: string }>();
    expect(row?.published_by).toBe(editor.id);
  });

  it('is scheduled when approved for a later time', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const res = await act(editor, story.id, 'approve', { revision: story.revision, publishAt: at });
    expect(res.status).toBe(200);
    expect(res.body.story.status).toBe('scheduled');
    expect(res.body.story.scheduledAt).toBe(at);
    expect(res.body.story.publishedAt).toBeNull();
  });

  it('goes back to its author with a reason when rejected, and can be edited and resubmitted', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    const rejected = await act(editor, story.id, 'reject', { reason: 'Cần thêm nguồn xác minh' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.story.status).toBe('rejected');
    expect(rejected.body.story.rejectionReason).toBe('Cần thêm nguồn xác minh');

    const saved = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, summary: 'Tóm tắt mới có nguồn' }, author.headers);
    expect(saved.status).toBe(200);
    const resubmitted = await act(author, story.id, 'submit');
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.story.status).toBe('submitted');
  });

  it('is archived from the public site with a reason, and the event says why', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await published(author, editor);
    const events = await captureEvents(async () => {
      const res = await act(editor, story.id, 'archive', { reason: 'Thông tin đã cũ' });
      expect(res.status).toBe(200);
      expect(res.body.story.status).toBe('archived');
      expect(res.body.story.archiveReason).toBe('Thông tin đã cũ');
    });
    expect(events).toEqual([{ kind: 'archived', storyId: story.id, actorId: editor.id, reason: 'Thông tin đã cũ' }]);
  });

  it('announces an edit of a published story when it is approved, substantive only when the text changed', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const second = await signedInAs('editor');
    let story: EditorStory = await published(author, editor);
    const onEdit = await captureEvents(async () => {
      story = await edit(editor, story, { tags: ['giáo dục'] });
    });
    expect(onEdit, 'an edit awaiting approval changes nothing readers see').toEqual([]);
    const events = await captureEvents(async () => {
      story = await approveEdit(second, story);
      story = await approveEdit(second, await edit(editor, story, { body: 'Nội dung đã đính chính.' }));
    });
    expect(events).toEqual([
      { kind: 'edited', storyId: story.id, actorId: second.id, substantive: false },
      { kind: 'edited', storyId: story.id, actorId: second.id, substantive: true },
    ]);
  });

  it('keeps the slug of a published story when its title changes', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await published(author, editor, { title: 'Tiêu đề ban đầu của bài' });
    const pending = await edit(editor, story, { title: 'Tiêu đề đã sửa' });
    expect(pending.pending?.content.title).toBe('Tiêu đề đã sửa');
    const after = await approveEdit(await signedInAs('editor'), pending);
    expect(after.title).toBe('Tiêu đề đã sửa');
    expect(after.slug).toBe('tieu-de-ban-dau-cua-bai');
  });
});
