import { createDb } from '../core/db';
import type { StoryEvent } from '../stories/events';
import { loadCardContent } from './card-content';
import { syncStoredCards } from './card-store';
import { ensureStoryThumb } from '../media/thumbs';

/**
 * Story-event handler: render both cards when a story is published or edited
 * (so the first preview fetcher gets a stored PNG), and drop the cards of
 * content that no longer exists (old titles, archived stories); then the list thumbnail
 * of what the story now shows (if this fails, the cron backfill makes it later).
 */
export async function syncCardsOnStoryEvent(event: StoryEvent, env: Env): Promise<void> {
  const content = event.kind === 'archived' ? null : await loadCardContent(createDb(env.DB), event.storyId);
  await syncStoredCards(env, event.storyId, content);
  // After the cards: a story without a cover gets its thumbnail from the OG card just stored.
  if (content) await ensureStoryThumb(env, event.storyId);
}
