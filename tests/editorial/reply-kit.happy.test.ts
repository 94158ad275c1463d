// The reply kit travels with the story: typed in the form or the API, kept in each revision,
// approved with the rest of the text, and served in the story's JSON.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { linkAsRebuttal, postStoryForm, rebuttalDraft, REPLIES, type ReplyStory } from './reply-kit-helpers';
import { act, approveEdit, createStory, edit, published, submitted } from './story-helpers';
import { page, typed } from './writing-helpers';

describe('replies in the story API', () => {
  it('creates and edits replies: NFC, trimmed, blanks dropped, and every revision keeps them', async () => {
    const author = await signedInAs('contributor');
    // "Tin" with a decomposed accent (NFD) and spaces around it; an empty box is dropped.
    const story = (await createStory(author, { replies: ['  Tin nay sai, ba\u0300n nhé.  ', '', REPLIES[0]] })) as ReplyStory;
    expect(story.replies).toEqual(['Tin nay sai, bàn nhé.', REPLIES[0]]);
    const edited = (await edit(author, story, { replies: [REPLIES[1]] })) as ReplyStory;
    expect(edited.replies).toEqual([REPLIES[1]]);
    const editor = await signedInAs('editor');
    const rev1 = await readJson<{ content: { replies: string[] } }>(await fetchApp(`/api/stories/${story.id}/revisions/1`, { headers: editor.headers }));
    expect(rev1.content.replies).toEqual(['Tin nay sai, bàn nhé.', REPLIES[0]]);
    // Editing another field leaves the replies alone.
    const retitled = (await edit(author, edited, { title: 'Một tiêu đề khác hẳn' })) as ReplyStory;
    expect(retitled.replies).toEqual([REPLIES[1]]);
  });

  it('publishes a rebuttal with 2 replies approved by a second editor; the public story JSON carries them', async () => {
    const writer = await signedInAs('editor');
    const draft = await rebuttalDraft(writer, { replies: [...REPLIES] });
    await linkAsRebuttal(draft.id);
    expect((await act(writer, draft.id, 'submit')).status).toBe(200);
    const res = await act(await signedInAs('editor'), draft.id, 'approve', { revision: draft.revision });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const pub = await readJson<{ replies: string[] }>(await fetchApp(`/api/stories/${draft.slug}`));
    expect(pub.replies).toEqual([...REPLIES]);
  });

  it('an edit of a published story’s replies waits for a second editor; readers keep the live replies meanwhile', async () => {
    const story = (await published(await signedInAs('contributor'), await signedInAs('editor'), { replies: [REPLIES[0]] })) as ReplyStory;
    const editor = await signedInAs('editor');
    const pending = await edit(editor, story, { replies: [REPLIES[0], REPLIES[1]] });
    expect(pending.pendingRevision).toBe(story.revision + 1);
    // Signed in, so the answer is never a cached copy.
    const live = async () => (await readJson<{ replies: string[] }>(await fetchApp(`/api/stories/${story.slug}`, { headers: editor.headers }))).replies;
    expect(await live()).toEqual([REPLIES[0]]);
    await approveEdit(await signedInAs('editor'), pending);
    expect(await live()).toEqual([REPLIES[0], REPLIES[1]]);
  });

  it('a revision written before reply kits existed still loads, diffs and restores (the current replies stay)', async () => {
    const author = await signedInAs('contributor');
    const story = (await createStory(author, { replies: [REPLIES[0]] })) as ReplyStory;
    // Revision 1 as an older release stored it: no `replies` key.
    const row = await env.DB.prepare('SELECT content FROM story_revisions WHERE story_id = ? AND revision = 1').bind(story.id).first<{ content: string }>();
    const old = JSON.parse(row?.content ?? '{}') as Record<string, unknown>;
    delete old.replies;
    await env.DB.prepare('UPDATE story_revisions SET content = ? WHERE story_id = ? AND revision = 1').bind(JSON.stringify(old), story.id).run();
    const next = await edit(author, story, { title: 'Tiêu đề mới sau khi nâng cấp' });
    const editor = await signedInAs('editor');
    const diff = await fetchApp(`/api/stories/${story.id}/revisions/diff?from=1&to=${next.revision}`, { headers: editor.headers });
    expect(diff.status, await diff.clone().text()).toBe(200);
    const restored = await sendJson('POST', `/api/stories/${story.id}/revisions/1/restore`, { revision: next.revision }, editor.headers);
    expect(restored.status, await restored.clone().text()).toBe(200);
    expect((await readJson<{ story: ReplyStory }>(restored)).story.replies).toEqual([REPLIES[0]]);
  });
});

describe('replies in the autosave', () => {
  it('the writer’s autosave (what the form’s script sends) keeps the replies typed so far', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author);
    const res = await sendJson('POST', `/api/stories/${story.id}/autosave`, { revision: story.revision, replies: [REPLIES[0], '', ''] }, author.headers);
    expect(res.status, await res.clone().text()).toBe(200);
    const saved = await readJson<{ story: ReplyStory }>(await fetchApp(`/api/editor/stories/${story.id}`, { headers: author.headers }));
    expect(saved.story.replies).toEqual([REPLIES[0]]);
  });
});

describe('replies in the story form', () => {
  it('shows three reply boxes with counters, and saves what was typed (blank boxes dropped)', async () => {
    const contributor = await signedInAs('contributor');
    const story = await createStory(contributor);
    const form = await (await page(`/editor/stories/${story.id}`, contributor)).text();
    for (const i of [0, 1, 2]) {
      expect(form).toContain(`<textarea id="f-reply-${i}" name="replies"`);
      expect(form).toContain(`data-count-for="f-reply-${i}" data-max="300"`);
    }
    expect(form).toContain('Câu trả lời mẫu cho bài sai sự thật (tối đa 3)');
    const res = await postStoryForm(
      `/editor/stories/${story.id}`,
      contributor,
      { ...typed, categoryCode: 'role_model', provinceCode: 'LCI', revision: String(story.revision), intent: 'save' },
      [REPLIES[0], '', REPLIES[1]],
    );
    expect(res.status, await res.clone().text()).toBe(303);
    const saved = await readJson<{ story: ReplyStory }>(await fetchApp(`/api/editor/stories/${story.id}`, { headers: contributor.headers }));
    expect(saved.story.replies).toEqual([REPLIES[0], REPLIES[1]]);
    const again = await (await page(`/editor/stories/${story.id}`, contributor)).text();
    expect(again).toContain(`${REPLIES[0]}</textarea>`);
  });

  it('tells the writer when the story is a case’s rebuttal, and the review page lists the replies', async () => {
    const writer = await signedInAs('editor');
    const draft = await rebuttalDraft(writer, { replies: [...REPLIES], provinceCode: 'HNI' });
    await linkAsRebuttal(draft.id);
    const form = await (await page(`/editor/stories/${draft.id}`, writer)).text();
    expect(form).toContain('Bài này là bài phản bác của một hồ sơ: cần 2 đến 3 câu trả lời');
    await act(writer, draft.id, 'submit');
    const review = await (await page(`/editor/stories/${draft.id}/review`, await signedInAs('editor'))).text();
    expect(review).toContain('id="reply-review"');
    expect(review).toContain(REPLIES[1]);
    expect(review).toContain('Các câu trả lời không có từ ngữ gay gắt.');
  });
});

describe('a submitted non-rebuttal story', () => {
  it('is approved without any replies (the kit is optional outside rebuttals)', async () => {
    const story = await submitted(await signedInAs('contributor'));
    expect((await act(await signedInAs('editor'), story.id, 'approve', { revision: story.revision })).status).toBe(200);
  });
});
