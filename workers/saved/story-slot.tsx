// The story page's part of "Lưu để chia sẻ sau": what a saved copy holds (title, summary,
// link, captions with hashtags, card), as JSON for /js/saved.js, which puts the button into
// the page's `[data-save-slot]`. Same for every reader, so it may be cached with the page.
import { SavedData, savedScriptData } from '../../web/components/saved-data';
import { cardMetaFor } from '../cards/card-meta';
import { captionWithHashtags, suggestedCaptions } from '../share/share-links';
import { cardContentOf } from '../stories/story-extensions';
import type { StorySlot } from '../stories/story-slots';

export const savedStoryHead: StorySlot = async ({ story, origin, lang }) => {
  const card = await cardMetaFor(cardContentOf(story), origin, lang);
  const captions = suggestedCaptions(story).map((caption) => captionWithHashtags(caption, story.hashtags));
  return (
    <SavedData
      data={{
        ...savedScriptData(lang),
        story: {
          id: story.id,
          slug: story.slug,
          path: `/stories/${story.slug}`,
          url: story.url,
          title: story.title,
          summary: story.summary,
          province: story.province.name,
          captions,
          hashtags: story.hashtags,
          card: card.square.url,
          cardAlt: card.square.alt,
        },
      }}
    />
  );
};
