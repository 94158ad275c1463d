// Refusals of the reply kit: bad input names the field; a rebuttal cannot go live (or be linked
// while public) without 2–3 replies; the form keeps every typed value and says why beside the box.
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { linkAsRebuttal, postStoryForm, rebuttalDraft, REPLIES } from './reply-kit-helpers';
import { act, createStory, edit, published, storyStatus, type Problem } from './story-helpers';
import { typed } from './writing-helpers';

const tooLong = `${'Thông tin này chưa đúng, mời bạn đọc bài kiểm chứng. '.repeat(7)}`.slice(0, 301);

describe('replies in the API: bad input', () => {
  it.each([
    ['four replies', { replies: ['Một', 'Hai', 'Ba', 'Bốn'] }, 'replies'],
    ['a reply of 301 characters', { replies: ['Câu ngắn.', tooLong] }, 'replies.1'],
    ['a reply that is not text', { replies: ['Câu ngắn.', 7] }, 'replies.1'],
    ['replies that are not a list', { replies: 'Một câu' }, 'replies'],
  ])('refuses %s with problem+json naming the field', async (_name, body, path) => {
    const author = await signedInAs('contributor');
    const res = await sendJson('POST', '/api/stories', { title: 'Một bài viết thử', categoryCode: 'rebuttal', provinceCode: 'HNI', ...body }, author.headers);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await readJson<Problem>(res);
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it('counts 300 characters after trimming and NFC (a decomposed accent is one character)', async () => {
    const author = await signedInAs('contributor');
    const exactly = `  ${'a\u0300'.repeat(300)}  `; // 600 UTF-16 units typed, 300 once composed and trimmed
    const story = (await createStory(author, { replies: [exactly] })) as unknown as { replies: string[] };
    expect(story.replies[0]).toBe('à'.repeat(300));
  });
});

describe('a rebuttal without its replies', () => {
  it.each([[[]], [[REPLIES[0]]]])('is not approved with %j (400 naming replies); it stays submitted', async (replies) => {
    const writer = await signedInAs('editor');
    const draft = await rebuttalDraft(writer, { replies });
    await linkAsRebuttal(draft.id);
    await act(writer, draft.id, 'submit');
    const res = await act(await signedInAs('editor'), draft.id, 'approve', { revision: draft.revision });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('replies');
    expect(await storyStatus(draft.id)).toBe('submitted');
  });

  it('a pending edit that drops a published rebuttal’s replies is not approved (400 naming replies)', async () => {
    const writer = await signedInAs('editor');
    const draft = await rebuttalDraft(writer, { replies: [...REPLIES] });
    await linkAsRebuttal(draft.id);
    await act(writer, draft.id, 'submit');
    const live = (await act(await signedInAs('editor'), draft.id, 'approve', { revision: draft.revision })).body.story;
    const pending = await edit(await signedInAs('editor'), live, { replies: [REPLIES[0]] });
    const res = await act(await signedInAs('editor'), draft.id, 'approve', { revision: pending.pendingRevision });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('replies');
  });

  it('a published rebuttal-category story without replies cannot be linked as a case’s rebuttal; with two it can', async () => {
    const editor = await signedInAs('editor', { provinceCode: null });
    const bare = await published(await signedInAs('contributor'), await signedInAs('editor'), { categoryCode: 'rebuttal' });
    const caseId = await linkAsRebuttal(bare.id).then(async (id) => {
      // A fresh case to link: the helper's own link is not what is tested here.
      await sendJson('PATCH', `/api/cases/${id}`, { rebuttalStoryId: null }, editor.headers);
      return id;
    });
    const refused = await sendJson('PATCH', `/api/cases/${caseId}`, { rebuttalStoryId: bare.id }, editor.headers);
    expect(refused.status, await refused.clone().text()).toBe(400);
    expect((await readJson<Problem>(refused)).errors?.map((e) => e.path)).toContain('replies');

    const kitted = await published(await signedInAs('contributor'), await signedInAs('editor'), { categoryCode: 'rebuttal', replies: [...REPLIES] });
    const linked = await sendJson('PATCH', `/api/cases/${caseId}`, { rebuttalStoryId: kitted.id }, editor.headers);
    expect(linked.status, await linked.clone().text()).toBe(200);
  });
});

describe('the story form refused', () => {
  it('re-renders with the reason beside the reply box, in Vietnamese, and keeps every typed value', async () => {
    const contributor = await signedInAs('contributor');
    const story = await createStory(contributor);
    const res = await postStoryForm(
      `/editor/stories/${story.id}`,
      contributor,
      { ...typed, title: 'Tiêu đề vừa gõ lại', categoryCode: 'role_model', provinceCode: 'LCI', revision: String(story.revision), intent: 'save' },
      [REPLIES[0], tooLong, ''],
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<p class="field-error" id="f-reply-1-error">Câu trả lời 2 dài 301 ký tự: hãy rút gọn còn tối đa 300 ký tự.</p>');
    expect(html).toContain('aria-describedby="f-reply-1-error f-reply-1-count" aria-invalid="true"');
    expect(html).toContain(`${REPLIES[0]}</textarea>`);
    expect(html).toContain(`${tooLong}</textarea>`);
    expect(html).toContain('value="Tiêu đề vừa gõ lại"');
    expect(html).toContain('href="#f-replies"');
  });
});
