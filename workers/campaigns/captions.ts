// Captions shared from a campaign carry the campaign's hashtags (after the story's own).
import { nfc } from '../stories/text';

/** Story hashtags then campaign hashtags, without `#`, each once (ignoring case). */
export function mergeHashtags(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const tag of lists.flat()) {
    const clean = nfc(tag).replace(/^#+/, '');
    const key = clean.toLocaleLowerCase('vi');
    if (clean && !seen.has(key)) {
      seen.add(key);
      merged.push(clean);
    }
  }
  return merged;
}

/**
 * The caption to share: the text, then every hashtag it does not already contain.
 *
 * @example
 * captionWithHashtags('Gương sáng Ba Đình', ['LanToa', 'ThangThanhNien'])
 * // 'Gương sáng Ba Đình\n\n#LanToa #ThangThanhNien'
 */
export function captionWithHashtags(caption: string, hashtags: readonly string[]): string {
  const text = nfc(caption);
  const present = new Set(
    [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => (m[1] ?? '').toLocaleLowerCase('vi')),
  );
  const missing = mergeHashtags(hashtags).filter((tag) => !present.has(tag.toLocaleLowerCase('vi')));
  if (missing.length === 0) return text;
  const line = missing.map((tag) => `#${tag}`).join(' ');
  return text ? `${text}\n\n${line}` : line;
}

/**
 * The caption a member starts from when sharing a story from a campaign: the
 * story's first suggested caption (or its title), then the story's and the campaign's hashtags.
 */
export function campaignCaption(
  campaignHashtags: readonly string[],
  story: { title: string; captions: readonly string[]; hashtags: readonly string[] },
): string {
  return captionWithHashtags(story.captions[0] ?? story.title, mergeHashtags(story.hashtags, campaignHashtags));
}
