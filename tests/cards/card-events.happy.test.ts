import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { cardMetaForStory } from '../../workers/cards/card-meta';
import { cardRenderCount } from '../../workers/cards/card-engine';
import { createDb } from '../../workers/core/db';
import { emitStoryEvent } from '../../workers/stories/events';
import { fetchApp, ORIGIN } from '../helpers/http';
import { insertStory, updateStory } from '../share/fixtures';

async function storedCardKeys(storyId: number): Promise<string[]> {
  const listed = await env.MEDIA.list({ prefix: `cards/${storyId}-` });
  return listed.objects.map((o) => o.key).sort();
}

async function emit(event: Parameters<typeof emitStoryEvent>[0]) {
  const ctx = createExecutionContext();
  emitStoryEvent(event, env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('cards and story events', () => {
  it('pre-renders both cards when a story is published, so the first preview fetch does not render', async () => {
    const story = await insertStory();
    await emit({ kind: 'published', storyId: story.id, actorId: null });
    const meta = await cardMetaForStory(createDb(env.DB), story.id, ORIGIN);
    const ogPath = new URL(meta?.og.url ?? '').pathname;
    const squarePath = new URL(meta?.square.url ?? '').pathname;
    expect(await storedCardKeys(story.id)).toEqual([ogPath.slice(1), squarePath.slice(1)].sort());

    const before = cardRenderCount();
    const res = await fetchApp(ogPath);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(cardRenderCount()).toBe(before);
  });

  it('replaces the stored cards when the title is edited', async () => {
    const story = await insertStory({ title: 'Trước khi sửa' });
    await emit({ kind: 'published', storyId: story.id, actorId: null });
    const before = await storedCardKeys(story.id);
    await updateStory(story.id, { title: 'Sau khi sửa' });
    await emit({ kind: 'edited', storyId: story.id, actorId: null, substantive: true });
    const after = await storedCardKeys(story.id);
    expect(after).toHaveLength(2);
    expect(after.some((key) => before.includes(key)), 'old cards are gone').toBe(false);
  });

  it('removes the cards of an archived story', async () => {
    const story = await insertStory();
    await emit({ kind: 'published', storyId: story.id, actorId: null });
    await updateStory(story.id, { status: 'archived' });
    await emit({ kind: 'archived', storyId: story.id, actorId: null, reason: 'test' });
    expect(await storedCardKeys(story.id)).toEqual([]);
  });
});
