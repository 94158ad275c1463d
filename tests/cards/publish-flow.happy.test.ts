import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { cardMetaForStory } from '../../workers/cards/card-meta';
import { createDb } from '../../workers/core/db';
import { published } from '../editorial/story-helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, sendJson } from '../helpers/http';

/** Card keys in R2 for a story, once the publish/edit handlers (run after the response) have finished. */
async function storedCardsEventually(storyId: number, expected: (keys: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const keys = (await env.MEDIA.list({ prefix: `cards/${storyId}-` })).objects.map((o) => o.key).sort();
    if (expected(keys) || Date.now() > deadline) return keys;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function currentCardKeys(storyId: number): Promise<string[]> {
  const meta = await cardMetaForStory(createDb(env.DB), storyId, ORIGIN);
  if (!meta) throw new Error('not published');
  return [meta.og.url, meta.square.url].map((url) => new URL(url).pathname.slice(1)).sort();
}

describe('cards through the editorial workflow', () => {
  it('are rendered when an editor publishes a story, and re-rendered when its title is edited', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await published(author, editor, { title: 'Cô giáo vùng cao Lào Cai 20 năm bám bản' });

    const first = await currentCardKeys(story.id);
    expect(await storedCardsEventually(story.id, (keys) => keys.join() === first.join())).toEqual(first);

    const edit = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, title: 'Cô giáo Lào Cai: hai mươi năm bám bản' }, editor.headers);
    expect(edit.status, await edit.clone().text()).toBe(200);
    expect(await currentCardKeys(story.id), 'a pending edit keeps the live card').toEqual(first);
    const approval = await sendJson('POST', `/api/stories/${story.id}/approve`, { revision: story.revision + 1 }, (await signedInAs('editor')).headers);
    expect(approval.status, await approval.clone().text()).toBe(200);
    const second = await currentCardKeys(story.id);
    expect(second).not.toEqual(first);
    expect(await storedCardsEventually(story.id, (keys) => keys.join() === second.join()), 'new cards stored, old ones removed').toEqual(second);

    const old = await fetchApp(`/${first[0]}`, { redirect: 'manual' });
    expect(old.status).toBe(302);
  });
});
