// Extension points of the story page, so other domains add to it with one line
// here and no change to the page itself:
// - storyImageProviders: the link-preview image (share branch: the story card) → og:image, twitter:image, JSON-LD image;
// - storyHeadSlots: more <head> elements (reports branch: ClaimReview JSON-LD on rebuttals;
//   saved branch: the saved-copy data /js/saved.js reads);
// - storyAsideSlots: blocks beside the story (share branch: the share kit);
// - storyScripts: client scripts under /js those blocks need (progressive enhancement only).
// Slots render for anonymous readers too, whose pages are cached for up to a minute.
import type { Child } from 'hono/jsx';
import type { StoryImage } from '../../web/components/story-head';
import type { Lang } from '../../web/i18n';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';
import type { StoryDetail } from './present';
import { correctionNotesSlot } from '../notices/story-slot';
import { claimReviewHead, shareKitAside, storyCardImage } from './story-extensions';
import { savedStoryHead } from '../saved/story-slot';

export type StorySlotContext = {
  story: StoryDetail;
  lang: Lang;
  /** Site origin, e.g. `https://lantoa.vn`. */
  origin: string;
  user: SessionUser | null;
  db: Db;
  env: Env;
};

export type StorySlot = (ctx: StorySlotContext) => Child | Promise<Child>;
export type StoryImageProvider = (ctx: StorySlotContext) => StoryImage | null | Promise<StoryImage | null>;

/** The first provider that returns an image wins. */
export const storyImageProviders: StoryImageProvider[] = [storyCardImage];
export const storyHeadSlots: StorySlot[] = [claimReviewHead, savedStoryHead];
// Corrections first: a reader should see what changed before the invitation to share.
export const storyAsideSlots: StorySlot[] = [correctionNotesSlot, shareKitAside];
export const storyScripts: string[] = ['/js/share-kit.js', '/js/saved.js'];

/** Everything the slots add for one story. */
export async function renderStorySlots(ctx: StorySlotContext) {
  let image: StoryImage | null = null;
  for (const provide of storyImageProviders) {
    image = await provide(ctx);
    if (image) break;
  }
  const [head, aside] = await Promise.all([
    Promise.all(storyHeadSlots.map((slot) => slot(ctx))),
    Promise.all(storyAsideSlots.map((slot) => slot(ctx))),
  ]);
  return { image, head, aside };
}
