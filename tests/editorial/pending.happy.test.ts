import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardMetaForStory } from '../../workers/cards/card-meta';
import { createDb } from '../../workers/core/db';
import { publishDueStories } from '../../workers/editorial/scheduled-publish';
import { forgetCachedReads } from '../../workers/stories/cache';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { act, approveEdit, captureEvents, edit, published, submitted, type EditorStory } from './story-helpers';

let author: TestUser;
let editor: TestUser;
let second: TestUser;

beforeAll(async () => {
  author = await signedInAs('contributor');
  // The national desk: the review screen is province-scoped, and these stories are in Lào Cai.
  editor = await signedInAs('editor', { provinceCode: null });
  second = await signedInAs('editor', { provinceCode: null });
});

/** What an anonymous reader gets everywhere a story shows (caches dropped first, so D1 answers). */
async function publicView(story: EditorStory) {
  forgetCachedReads();
  const api = await readJson<{ title: string; bodyHtml: string; revision: number }>(await fetchApp(`/api/stories/${story.slug}`));
  const page = await (await fetchApp(`/stories/${story.slug}`)).text();
  const feed = await readJson<{ items: { id: number; title: string }[] }>(await fetchApp('/api/stories?limit=50'));
  const rss = await (await fetchApp('/feed.xml')).text();
  const card = await cardMetaForStory(createDb(env.DB), story.id, ORIGIN);
  return { api, page, feedTitle: feed.items.find((item) => item.id === story.id)?.title, rss, cardUrl: card?.og.url };
}

async function editorView(user: TestUser, id: number): Promise<EditorStory> {
  const res = await fetchApp(`/api/editor/stories/${id}`, { headers: user.headers });
  expect(res.status).toBe(200);
  return (await readJson<{ story: EditorStory }>(res)).story;
}

describe('an edit of a published story waits for a second editor', () => {
  it('keeps serving the live text on the page, API, feed, RSS and card until another editor approves it', async () => {
    const story = await published(author, editor, { title: 'Bếp ăn nghĩa tình phường Bến Thành', body: 'Mỗi ngày 200 suất cơm.' });
    const before = await publicView(story);

    const pending = await edit(editor, story, { title: 'Bếp ăn nghĩa tình phường Bến Thành mở rộng', body: 'Mỗi ngày 350 suất cơm.' });
    expect(pending.title, 'the row keeps the live title').toBe('Bếp ăn nghĩa tình phường Bến Thành');
    expect(pending.pendingRevision).toBe(pending.revision);
    expect(pending.liveRevision).toBe(story.revision);

    const during = await publicView(story);
    expect(during.api.title).toBe('Bếp ăn nghĩa tình phường Bến Thành');
    expect(during.api.bodyHtml).toContain('200 suất');
    expect(during.api.revision).toBe(story.revision);
    expect(during.page).toContain('200 suất');
    expect(during.page).not.toContain('350 suất');
    expect(during.feedTitle).toBe('Bếp ăn nghĩa tình phường Bến Thành');
    expect(during.rss).not.toContain('mở rộng');
    expect(during.cardUrl).toBe(before.cardUrl);

    // Editors see the pending text; so does the author.
    for (const user of [second, author]) expect((await editorView(user, story.id)).pending?.content.body).toBe('Mỗi ngày 350 suất cơm.');
    const queue = await readJson<{ stories: { id: number }[] }>(await fetchApp('/api/editor/queue?limit=100', { headers: second.headers }));
    expect(queue.stories.map((s) => s.id)).toContain(story.id);

    const approved = await approveEdit(second, pending);
    expect(approved.pendingRevision).toBeNull();
    expect(approved.liveRevision).toBe(pending.revision);
    const after = await publicView(story);
    expect(after.api.title).toBe('Bếp ăn nghĩa tình phường Bến Thành mở rộng');
    expect(after.api.revision).toBe(pending.revision);
    expect(after.page).toContain('350 suất');
    expect(after.feedTitle).toBe('Bếp ăn nghĩa tình phường Bến Thành mở rộng');
    expect(after.rss).toContain('mở rộng');
    expect(after.cardUrl).not.toBe(before.cardUrl);
    const row = await env.DB.prepare('SELECT approved_by FROM story_revisions WHERE story_id = ? AND revision = ?')
      .bind(story.id, pending.revision)
      .first<{ approved_by: string }>();
    expect(row?.approved_by).toBe(second.id);
  });

  it('sends the correction note with the approval, not with the edit', async () => {
    const story = await published(author, editor);
    const onEdit = await captureEvents(async () => {
      await edit(editor, story, { body: 'Số hộ được giúp là 120.', correctionNote: 'Sửa số hộ: 120, không phải 210.' });
    });
    expect(onEdit).toEqual([]);
    const current = await editorView(second, story.id);
    expect(current.pending?.correctionNote).toBe('Sửa số hộ: 120, không phải 210.');
    const onApproval = await captureEvents(async () => {
      await approveEdit(second, current);
    });
    expect(onApproval).toEqual([{ kind: 'edited', storyId: story.id, actorId: second.id, substantive: true, note: 'Sửa số hộ: 120, không phải 210.' }]);
  });

  it('builds a further edit on the pending text, not on the live one', async () => {
    const story = await published(author, editor, { title: 'Tiêu đề đang đăng' });
    const first = await edit(editor, story, { title: 'Tiêu đề đã sửa' });
    const next = await edit(editor, first, { summary: 'Tóm tắt sửa thêm.' });
    expect(next.pending?.content).toMatchObject({ title: 'Tiêu đề đã sửa', summary: 'Tóm tắt sửa thêm.' });
    expect(next.title).toBe('Tiêu đề đang đăng');
  });

  it('keeps the live text when the pending edit is rejected, and tells its writers why', async () => {
    const story = await published(author, editor, { title: 'Tiêu đề giữ nguyên' });
    const pending = await edit(editor, story, { title: 'Tiêu đề giật gân' });
    const res = await act(second, story.id, 'reject', { reason: 'Tiêu đề giật gân, giữ bản cũ.', revision: pending.pendingRevision });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.story).toMatchObject({ status: 'published', title: 'Tiêu đề giữ nguyên', pendingRevision: null });
    expect((await publicView(story)).api.title).toBe('Tiêu đề giữ nguyên');
    expect((await editorView(author, story.id)).lastRejection).toMatchObject({ revision: pending.revision, reason: 'Tiêu đề giật gân, giữ bản cũ.' });
    const form = await (await fetchApp(`/editor/stories/${story.id}`, { headers: editor.headers })).text();
    expect(form).toContain('Tiêu đề giật gân, giữ bản cũ.');
    // The turned-down revision can no longer be approved.
    expect((await act(second, story.id, 'approve', { revision: pending.revision })).status).toBe(409);
  });

  it('lets one editor withdraw a story alone, dropping a pending edit with it', async () => {
    const story = await published(author, editor);
    await edit(editor, story, { title: 'Sửa chưa duyệt trước khi gỡ' });
    const res = await act(editor, story.id, 'archive', { reason: 'Nhân vật đề nghị gỡ bài.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.story).toMatchObject({ status: 'archived', pendingRevision: null });
    forgetCachedReads();
    expect((await fetchApp(`/api/stories/${story.slug}`)).status).toBe(404);
    const edited = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: res.body.story.revision, title: 'Sửa bài đã gỡ' }, editor.headers);
    expect(edited.status).toBe(409);
  });

  it('also holds an edit of a scheduled story: it goes live with the approved text', async () => {
    const story = await submitted(author, { title: 'Bài hẹn giờ đã duyệt' });
    const at = Date.now() + 3_600_000;
    expect((await act(second, story.id, 'approve', { revision: story.revision, publishAt: new Date(at).toISOString() })).status).toBe(200);
    const pending = await edit(editor, await editorView(editor, story.id), { title: 'Bài hẹn giờ sửa chưa duyệt' });
    expect(pending).toMatchObject({ status: 'scheduled', title: 'Bài hẹn giờ đã duyệt', pendingRevision: pending.revision });
    expect(await publishDueStories(env, at + 1)).toEqual([story.id]);
    expect((await publicView(pending)).api.title).toBe('Bài hẹn giờ đã duyệt');
  });
});

describe('the review screen for a pending edit', () => {
  it('shows the diff between live and pending and approves through a form naming the revision', async () => {
    const story = await published(author, editor, { body: 'Câu đang đăng.' });
    const pending = await edit(editor, story, { body: 'Câu đã sửa.', correctionNote: 'Sửa câu văn.' });
    const own = await (await fetchApp(`/editor/stories/${story.id}/review`, { headers: editor.headers })).text();
    expect(own).toContain('Bạn đã sửa phiên bản này');
    expect(own).not.toContain(`action="/editor/stories/${story.id}/approve"`);

    const desk = await (await fetchApp('/editor', { headers: second.headers })).text();
    expect(desk).toContain(`href="/editor/stories/${story.id}/review"`);
    expect(desk).toContain('Bản sửa chờ duyệt');
    const html = await (await fetchApp(`/editor/stories/${story.id}/review`, { headers: second.headers })).text();
    expect(html).toContain(`Thay đổi từ phiên bản ${story.revision} đến phiên bản ${pending.revision}`);
    // The rewritten sentence, with the words that changed marked.
    expect(html).toMatch(/class="diff-remove"[^>]*>.*Câu <del>đang đăng<\/del>\./s);
    expect(html).toMatch(/class="diff-add"[^>]*>.*Câu <ins>đã sửa<\/ins>\./s);
    expect(html).toContain(`name="revision" value="${pending.revision}"`);
    expect(html).toContain('Sửa câu văn.');

    const res = await fetchApp(`/editor/stories/${story.id}/approve`, {
      method: 'POST',
      headers: { ...second.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ revision: String(pending.revision), correctionNote: 'Sửa câu văn.' }).toString(),
      redirect: 'manual',
    });
    expect(res.status, await res.clone().text()).toBe(303);
    expect(res.headers.get('location')).toBe(`/editor/stories/${story.id}/review?done=corrected`);
    expect((await publicView(story)).api.bodyHtml).toContain('Câu đã sửa.');
  });
});
