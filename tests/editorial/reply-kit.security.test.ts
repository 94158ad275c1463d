// Who may let a reply kit go live: the four-eyes rule covers replies like every field, and no
// reply that trips the tone rules is approved. workers/check/tone.ts is the check-engine's
// (a stub in this branch): its two exports are replaced here with the contract's behaviour
// (rules = the editors' settings row `check.tone.extra`, a finding per rule word in the text) so
// this file proves the desk's wiring; the real module answers the same way once merged.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../workers/app';
import type { TextFinding, ToneRule } from '../../workers/check/check.types';
import * as tone from '../../workers/check/tone';
import { signedInAs } from '../helpers/auth';
import type { TestUser } from '../helpers/auth';
import { ORIGIN, readJson, sendJson } from '../helpers/http';
import { linkAsRebuttal, rebuttalDraft, REPLIES } from './reply-kit-helpers';
import { act, edit, published, storyStatus } from './story-helpers';

// vi.mock is not applied in this pool (workerd); spying on the module's exports is.
beforeEach(() => {
  vi.spyOn(tone, 'loadToneRules').mockImplementation(async (): Promise<ToneRule[]> => {
    const row = await env.DB.prepare("SELECT value FROM settings WHERE key = 'check.tone.extra'").first<{ value: string }>();
    return row ? (JSON.parse(row.value) as ToneRule[]) : [];
  });
  vi.spyOn(tone, 'toneFindings').mockImplementation((text: string, rules: readonly ToneRule[]): TextFinding[] =>
    rules
      // Whole words only ("ngu" is not in "nguồn").
      .filter((rule) => new RegExp(`(?<!\\p{L})${rule.word}(?!\\p{L})`, 'iu').test(text))
      .map((rule) => ({ kind: 'tone', signal: 'insult', matches: [rule.word], suggestions: [rule.calmer] })),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function toneRule(word: string, calmer: string) {
  await env.DB.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ('check.tone.extra', ?, ?)")
    .bind(JSON.stringify([{ word, calmer }]), Date.now())
    .run();
}

/**
 * The app in this test's own module graph (where the mock above applies): `SELF` runs the Worker's
 * own copy of the modules, which vi.mock does not reach.
 */
async function inApp(path: string, user: TestUser, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const headers = { ...user.headers, ...(init.headers as Record<string, string> | undefined) };
  const res = await createApp().fetch(new Request(new URL(path, ORIGIN), { redirect: 'manual', ...init, headers }), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}
const approveIn = async (user: TestUser, id: number, revision: number | null) =>
  inApp(`/api/stories/${id}/approve`, user, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ revision }) });
const pageIn = async (path: string, user: TestUser) => (await inApp(path, user, { headers: { accept: 'text/html' } })).text();

const HARSH = 'Đồ ngu, tin này sai bét, đọc bài kiểm chứng đi.';

describe('four-eyes on replies', () => {
  it('the editor who wrote a reply change cannot approve it; another editor can', async () => {
    const story = await published(await signedInAs('contributor'), await signedInAs('editor'), { replies: [REPLIES[0]] });
    const writer = await signedInAs('editor');
    const pending = await edit(writer, story, { replies: [REPLIES[0], REPLIES[1]] });
    const own = await act(writer, story.id, 'approve', { revision: pending.pendingRevision });
    expect(own.status, JSON.stringify(own.body)).toBe(403);
    expect(own.body.detail).toContain('four-eyes');
    expect((await act(await signedInAs('editor'), story.id, 'approve', { revision: pending.pendingRevision })).status).toBe(200);
  });

  it('a contributor cannot approve a rebuttal, replies or not', async () => {
    const writer = await signedInAs('editor');
    const draft = await rebuttalDraft(writer, { replies: [...REPLIES] });
    await linkAsRebuttal(draft.id);
    await act(writer, draft.id, 'submit');
    expect((await act(await signedInAs('contributor'), draft.id, 'approve', { revision: draft.revision })).status).toBe(403);
    expect(await storyStatus(draft.id)).toBe('submitted');
  });

  it('a member cannot write replies into someone’s story', async () => {
    const story = await rebuttalDraft(await signedInAs('editor'), { replies: [...REPLIES] });
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, replies: ['Tin giả!'] }, (await signedInAs('member')).headers);
    expect(res.status).toBe(403);
  });
});

describe('the tone rules at approval', () => {
  it('refuses a reply that trips them (400 naming the reply), then approves once it is reworded', async () => {
    await toneRule('ngu', 'chưa hiểu đúng');
    const writer = await signedInAs('editor');
    const draft = await rebuttalDraft(writer, { replies: [REPLIES[0], HARSH] });
    await act(writer, draft.id, 'submit');
    const approver = await signedInAs('editor');
    const refused = await approveIn(approver, draft.id, draft.revision);
    const problem = await readJson<{ errors?: { path: string; message: string }[] }>(refused.clone());
    expect(refused.status, JSON.stringify(problem)).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(problem.errors).toEqual([{ path: 'replies.1', message: expect.stringContaining('"ngu" (try "chưa hiểu đúng")') }]);
    expect(await storyStatus(draft.id)).toBe('submitted');

    const reworded = await edit(writer, { ...draft, status: 'submitted' }, { replies: [REPLIES[0], REPLIES[1]] });
    expect((await approveIn(approver, draft.id, reworded.revision)).status).toBe(200);
  });

  it('shows the editor the words and the calmer wording on the form and the review page, and explains a refused approval', async () => {
    await toneRule('ngu', 'chưa hiểu đúng');
    const writer = await signedInAs('editor', { provinceCode: 'HNI' });
    const draft = await rebuttalDraft(writer, { replies: [REPLIES[0], HARSH], provinceCode: 'HNI' });
    const said = 'Câu trả lời 2 có từ ngữ gay gắt, dễ gây tranh cãi: “ngu” (nên viết: “chưa hiểu đúng”).';
    expect(await pageIn(`/editor/stories/${draft.id}`, writer)).toContain(said);
    await act(writer, draft.id, 'submit');
    const approver = await signedInAs('editor', { provinceCode: 'HNI' });
    expect(await pageIn(`/editor/stories/${draft.id}/review`, approver)).toContain(said);
    const form = new FormData();
    form.append('revision', String(draft.revision));
    form.append('mode', 'now');
    const res = await inApp(`/editor/stories/${draft.id}/approve`, approver, { method: 'POST', headers: { accept: 'text/html' }, body: form });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain(said);
    expect(await storyStatus(draft.id)).toBe('submitted');
  });

  it('an edit of a published story that makes a reply harsh is not approved; readers keep the calm one', async () => {
    await toneRule('bịa đặt trắng trợn', 'chưa đúng sự thật');
    const story = await published(await signedInAs('contributor'), await signedInAs('editor'), { replies: [REPLIES[0]] });
    const pending = await edit(await signedInAs('editor'), story, { replies: ['Bài này bịa đặt trắng trợn!'] });
    const approver = await signedInAs('editor');
    const res = await approveIn(approver, story.id, pending.pendingRevision);
    expect(res.status).toBe(400);
    expect((await readJson<{ errors?: { path: string }[] }>(res)).errors?.[0]?.path).toBe('replies.0');
    const live = await readJson<{ replies: string[] }>(await inApp(`/api/stories/${story.slug}`, approver));
    expect(live.replies).toEqual([REPLIES[0]]);
  });
});
