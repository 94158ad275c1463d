// "Hiện tên tôi là tác giả" is the writer's own consent: an editor may edit the story, but
// may not put the writer's name on the public page for them, neither by ticking the box
// nor by restoring a revision from before the writer took their consent back.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { createStory, edit, type Problem } from './story-helpers';

const showAuthor = async (id: number) => (await env.DB.prepare('SELECT show_author AS v FROM stories WHERE id = ?').bind(id).first<{ v: number }>())?.v;

describe('show_author: only the writer agrees to show their name', () => {
  it('refuses an editor who ticks it on someone else’s story, naming the field', async () => {
    const writer = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const draft = await createStory(writer);
    const res = await sendJson('PATCH', `/api/stories/${draft.id}`, { revision: draft.revision, showAuthor: true }, editor.headers);
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path)).toEqual(['showAuthor']);
    expect(await showAuthor(draft.id)).toBe(0);
  });

  it('lets the writer tick it, and an editor edit the rest of the story without touching it', async () => {
    const writer = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const draft = await edit(writer, await createStory(writer), { showAuthor: true });
    expect(await showAuthor(draft.id)).toBe(1);
    await edit(editor, draft, { summary: 'Một câu tóm tắt khác.' });
    expect(await showAuthor(draft.id)).toBe(1);
  });

  it('keeps the writer’s current choice when an editor restores a revision from before they withdrew it', async () => {
    const writer = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const first = await createStory(writer, { showAuthor: true });
    const withdrawn = await edit(writer, first, { showAuthor: false });
    expect(await showAuthor(first.id)).toBe(0);
    const res = await sendJson('POST', `/api/stories/${first.id}/revisions/1/restore`, { revision: withdrawn.revision }, editor.headers);
    expect(res.status).toBe(200);
    expect(await showAuthor(first.id)).toBe(0);
  });
});
