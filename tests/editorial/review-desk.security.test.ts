// Who may see the text under review: editors of the story's province only. The card
// preview is drawn for them and stored nowhere, so unapproved text never gets a
// public, content-addressed card URL.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardHash, cardPath } from '../../workers/cards/card-address';
import { previewCardContent } from '../../workers/editorial/card-preview';
import { createDb } from '../../workers/core/db';
import { snapshot } from '../../workers/editorial/story-content';
import { loadStory } from '../../workers/editorial/workflow';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { nationalEditor, page, postForm } from './review-helpers';
import { edit, published, storyStatus, submitted, type EditorStory } from './story-helpers';

let author: TestUser;
let editor: TestUser;
let story: EditorStory;

beforeAll(async () => {
  author = await signedInAs('contributor');
  editor = await nationalEditor();
  // Lào Cai (LCI): test editors without `provinceCode: null` work on Hà Nội only.
  story = await submitted(author, { title: 'Tiêu đề chưa được duyệt' });
});

const preview = (id: number, user?: TestUser) => page(`/editor/stories/${id}/card.png`, user, 'image/*');

describe('the card preview', () => {
  it('is for editors: a contributor (even the author) is refused, an anonymous request too', async () => {
    expect((await preview(story.id, editor)).status).toBe(200);
    expect((await preview(story.id, author)).status).toBe(403);
    expect((await preview(story.id)).status).toBe(401);
  });

  it('refuses an editor of another province, and serves one of the story’s province', async () => {
    expect((await preview(story.id, await signedInAs('editor', { provinceCode: 'HNI' }))).status).toBe(403);
    expect((await preview(story.id, await signedInAs('editor', { provinceCode: 'LCI' }))).status).toBe(200);
  });

  it('names a revision the story does not have (404) and a malformed one (400)', async () => {
    expect((await page(`/editor/stories/${story.id}/card.png?revision=99`, editor, 'image/*')).status).toBe(404);
    const bad = await page(`/editor/stories/${story.id}/card.png?revision=abc`, editor, 'application/json');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('revision');
  });

  it('stores nothing, and the public card URL of the unapproved text is 404', async () => {
    expect((await preview(story.id, editor)).status).toBe(200);
    expect((await env.MEDIA.list({ prefix: `cards/${story.id}-` })).objects).toHaveLength(0);
    const db = createDb(env.DB);
    const full = await loadStory(db, story.id);
    const hash = await cardHash(await previewCardContent(db, full, snapshot(full)));
    expect((await fetchApp(cardPath(story.id, hash, 'og'))).status).toBe(404);
  });

  it('never puts a pending edit’s title on the public card: that URL redirects to the live card', async () => {
    const live = await published(await signedInAs('contributor'), editor);
    const pending = await edit(await nationalEditor(), live, { title: 'Tiêu đề sửa chưa được duyệt' });
    const db = createDb(env.DB);
    const full = await loadStory(db, live.id);
    const editedHash = await cardHash(await previewCardContent(db, full, { ...snapshot(full), title: pending.pending?.content.title ?? '' }));
    const res = await fetchApp(cardPath(live.id, editedHash, 'og'), { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).not.toContain(editedHash);
    expect((await env.MEDIA.list({ prefix: `cards/${live.id}-${editedHash}` })).objects).toHaveLength(0);
  });
});

describe('the review screen and the queue', () => {
  it('refuse an editor of another province (403), by id or by ?province=', async () => {
    const hanoi = await signedInAs('editor', { provinceCode: 'HNI' });
    expect((await page(`/editor/stories/${story.id}/review`, hanoi)).status).toBe(403);
    expect((await page('/editor?province=LCI', hanoi)).status).toBe(403);
    const queue = await (await page('/editor', hanoi)).text();
    expect(queue).not.toContain('Tiêu đề chưa được duyệt');
    expect(queue).toContain('Bạn phụ trách Hà Nội');
    expect(queue).not.toContain('id="q-province"');
  });

  it('refuse contributors', async () => {
    expect((await page(`/editor/stories/${story.id}/review`, author)).status).toBe(403);
  });
});

describe('the desk’s decisions', () => {
  it('refuse an editor of another province (403) and change nothing', async () => {
    const hanoi = await signedInAs('editor', { provinceCode: 'HNI' });
    const target = await submitted(author, { title: 'Bài Lào Cai chờ duyệt' });
    for (const [action, fields] of [
      ['approve', { mode: 'now', revision: String(target.revision) }],
      ['reject', { reason: 'Không thuộc tỉnh của tôi' }],
    ] as const) {
      const res = await postForm(`/editor/stories/${target.id}/${action}`, hanoi, fields);
      expect(res.status, action).toBe(403);
    }
    expect(await storyStatus(target.id)).toBe('submitted');
  });
});
