// What other domains add to the story page (see story-slots.ts for the slots).
// Each needs no D1 query except ClaimReview, which only rebuttals pay for.
import { ClaimReviewJsonLd } from '../../web/components/claim-review-jsonld';
import { ShareKit } from '../../web/components/share-kit';
import { cardMetaFor } from '../cards/card-meta';
import { categoryOf } from '../geo/reference';
import { claimReviewForStory } from '../reports/claim-review';
import type { CardContent } from '../cards/card-design';
import type { StoryDetail } from './present';
import type { StoryImageProvider, StorySlot } from './story-slots';

/** The card drawn for a published story, from the page's own data (same fields as `loadCardContent`). */
export function cardContentOf(story: StoryDetail): CardContent {
  const category = categoryOf(story.category);
  return {
    storyId: story.id,
    title: story.title,
    summary: story.summary,
    categoryName: category.nameVi,
    categoryColor: category.color,
    provinceName: story.province.name,
    coverKey: story.cover?.key ?? null,
  };
}

/** og:image / twitter:image: the story's 1200×630 card. */
export const storyCardImage: StoryImageProvider = async ({ story, origin, lang }) =>
  (await cardMetaFor(cardContentOf(story), origin, lang)).og;

/** ClaimReview JSON-LD on published rebuttals linked from a decided case. */
export const claimReviewHead: StorySlot = async ({ story, db, origin, lang }) =>
  story.category === 'rebuttal' ? <ClaimReviewJsonLd data={await claimReviewForStory(db, story.id, origin, lang)} /> : null;

/** The share kit under the story, open, with the share bar fixed to the bottom of the screen. */
export const shareKitAside: StorySlot = async ({ story, origin, lang, env }) => (
  <ShareKit lang={lang} story={story} card={await cardMetaFor(cardContentOf(story), origin, lang)} zaloOaId={env.ZALO_OA_ID} bar />
);
