import type { StoryThumbnail } from '../../workers/stories/present';

/**
 * A feed item's picture: the stored thumbnail at 1× and 2× with its size, so the list never
 * shifts as images arrive; lazy below the fold. Without one, an empty box of the same shape.
 */
export function StoryThumb(props: { thumb: StoryThumbnail | null; eager?: boolean }) {
  const { thumb } = props;
  if (!thumb) return <span class="story-thumb story-thumb-empty" aria-hidden="true" />;
  return (
    <img
      class="story-thumb"
      src={thumb.src}
      srcset={`${thumb.src} 1x, ${thumb.src2x} 2x`}
      width={thumb.width}
      height={thumb.height}
      alt=""
      loading={props.eager ? 'eager' : 'lazy'}
      decoding="async"
      {...(props.eager ? { fetchpriority: 'high' } : {})}
    />
  );
}
