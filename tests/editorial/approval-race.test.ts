// An approval racing an edit of the same revision: whichever lands first, readers
// only ever get text a second editor approved.
import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCachedReads } from '../../workers/stories/cache';
import { storyEventHandlers, type StoryEventHandler } from '../../workers/stories/events';
import { markdownToText } from '../../workers/stories/markdown';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { edit, published, submitted, type EditorStory, type Problem } from './story-helpers';

const ROUNDS = 40;

/** The body (as public plain text) of every revision of the story a second editor approved. */
async function approvedBodies(storyId: number): Promise<string[]> {
  const { results } = await env.DB.prepare('SELECT content FROM story_revisions WHERE story_id = ? AND approved_at IS NOT NULL').bind(storyId).all<{ content: string }>();
  return results.map((r) => markdownToText((JSON.parse(r.content) as { body: string }).body));
}

async function publicBody(slug: string): Promise<string | null> {
  forgetCachedReads();
  const res = await fetchApp(`/api/stories/${slug}`);
  if (res.status === 404) return null;
  return (await readJson<{ bodyText: string }>(res)).bodyText;
}

async function race(approve: () => Promise<Response>, patch: () => Promise<Response>) {
  const [approved, patched] = await Promise.all([approve(), patch()]);
  return {
    approved: { status: approved.status, body: await readJson<Problem & { story?: EditorStory }>(approved) },
    patched: { status: patched.status, body: await readJson<Problem & { story?: EditorStory }>(patched) },
  };
}

describe('approve racing a PATCH of the same revision', () => {
  // The race is about the text; card renders and notices on every approval would only
  // burn CPU here (their own tests cover them). Reads drop the cache themselves.
  let handlers: StoryEventHandler[] = [];
  beforeAll(() => {
    handlers = storyEventHandlers.splice(0);
  });
  afterAll(() => {
    storyEventHandlers.push(...handlers);
  });

  it(`never publishes unreviewed text of a published story (${ROUNDS} rounds)`, async () => {
    const writer = await signedInAs('editor');
    const approver = await signedInAs('editor');
    let story = await published(await signedInAs('contributor'), approver, { body: 'Bản gốc.' });
    let expectedLive = markdownToText('Bản gốc.');
    for (let round = 0; round < ROUNDS; round++) {
      // A pending edit to approve, unless the last round's losing PATCH left one.
      if (story.pendingRevision === null) story = await edit(writer, story, { body: `Bản sửa ${round}.` });
      const target = story.pendingRevision;
      const proposed = markdownToText(story.pending?.content.body ?? '');
      const { approved, patched } = await race(
        () => sendJson('POST', `/api/stories/${story.id}/approve`, { revision: target }, approver.headers),
        () => sendJson('PATCH', `/api/stories/${story.id}`, { revision: target, body: `Bản sửa ${round}, sửa thêm khi đang duyệt.` }, writer.headers),
      );
      expect([200, 409], JSON.stringify(approved.body)).toContain(approved.status);
      expect([200, 409], JSON.stringify(patched.body)).toContain(patched.status);
      if (approved.status === 409) expect(approved.body.currentRevision).toBeGreaterThan(target ?? 0);
      expect(approved.status === 200 || patched.status === 200, 'one of them went through').toBe(true);

      const live = await publicBody(story.slug);
      expect(await approvedBodies(story.id), `round ${round}: public text is an approved revision`).toContain(`${live}`);
      // Exactly the revision the approval named when it went through; the old live text when it was refused.
      if (approved.status === 200) expectedLive = proposed;
      expect(live, `round ${round}`).toBe(expectedLive);
      const res = await fetchApp(`/api/editor/stories/${story.id}`, { headers: writer.headers });
      story = (await readJson<{ story: EditorStory }>(res)).story;
    }
  }, 120_000);

  it(`never publishes an edit made to a submitted story while it was being approved (${ROUNDS / 2} rounds)`, async () => {
    const author = await signedInAs('contributor');
    const writer = await signedInAs('editor');
    const approver = await signedInAs('editor');
    for (let round = 0; round < ROUNDS / 2; round++) {
      const story = await submitted(author, { body: `Bài gửi ${round}.` });
      const { approved, patched } = await race(
        () => sendJson('POST', `/api/stories/${story.id}/approve`, { revision: story.revision }, approver.headers),
        () => sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, body: `Bài gửi ${round}, sửa lúc đang duyệt.` }, writer.headers),
      );
      // Refused approval names the revision that won; a refused edit never half-applies.
      if (approved.status === 409) expect(approved.body.currentRevision).toBe(story.revision + 1);
      else expect(approved.status).toBe(200);
      expect([200, 409]).toContain(patched.status);
      const live = await publicBody(story.slug);
      if (approved.status === 200) expect(live).toBe(markdownToText(`Bài gửi ${round}.`));
      else expect(live).toBeNull();
    }
  }, 120_000);
});
