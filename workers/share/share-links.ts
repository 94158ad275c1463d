// Share URLs for each network, all carrying the member's tracked link (`/l/<code>`).
// Pure functions: the API, the no-JS handoff page and the tests share them.

export type NetworkLinks = {
  facebook: string;
  x: string;
  telegram: string;
  /** Zalo's share link when an Official Account is configured, otherwise the Zalo home page (copy link + open Zalo). */
  zalo: string;
  /** Messenger's app link (phones only: desktop browsers have no handler for it). */
  messenger: string;
};

export type ZaloMode = 'widget' | 'copy';

export const ZALO_HOME = 'https://zalo.me/';
/** X counts every URL as 23 characters. */
const X_URL_LENGTH = 23;
const X_LIMIT = 280;

/** `#tag` words already typed into the text, lower-cased, without `#`. */
function hashtagsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => (m[1] ?? '').toLowerCase()));
}

/** Cut `text` to `max` characters (whole graphemes, at a word boundary when possible) with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(0, max - 1)).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).trimEnd()}…`;
}

/** The X intent: text (clipped so text + URL + hashtags fit 280), url, and the story's hashtags not already in the text. */
export function xIntentUrl(url: string, text: string, hashtags: readonly string[]): string {
  const present = hashtagsIn(text);
  const tags = hashtags.filter((tag) => !present.has(tag.toLowerCase()));
  const tagsLength = tags.reduce((n, tag) => n + tag.length + 2, 0);
  const room = X_LIMIT - X_URL_LENGTH - 1 - tagsLength;
  const params = new URLSearchParams({ text: clip(text, Math.max(40, room)), url });
  if (tags.length > 0) params.set('hashtags', tags.join(','));
  return `https://twitter.com/intent/tweet?${params}`;
}

/** Base64 of UTF-8 JSON, as Zalo's share link expects in `d`. */
function zaloPayload(url: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(JSON.stringify({ url }))) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * Zalo's share link (what the official share widget opens), used instead of loading
 * Zalo's SDK script: our CSP allows no third-party script.
 */
export function zaloShareUrl(url: string, oaId: string): string {
  const params = new URLSearchParams({ layout: '1', color: 'blue', customize: 'false', url, d: zaloPayload(url), shareType: '0', oaid: oaId });
  return `https://button-share.zalo.me/share_external?${params}`;
}

export function zaloModeFor(oaId: string | undefined): ZaloMode {
  return oaId && oaId.trim() !== '' ? 'widget' : 'copy';
}

/**
 * Facebook: the Share Dialog when the site has a Facebook app (`FB_APP_ID`), which can carry one
 * hashtag (the campaign's, else the story's first); `sharer.php` otherwise, which needs no app.
 */
export function facebookShareUrl(url: string, appId?: string, hashtag?: string): string {
  const app = appId?.trim() ?? '';
  if (!app) return `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}`;
  const params = new URLSearchParams({ app_id: app, display: 'page', href: url });
  const tag = hashtag?.replace(/^#/, '').trim();
  if (tag) params.set('hashtag', `#${tag}`);
  return `https://www.facebook.com/dialog/share?${params}`;
}

/** Messenger's share link, opened by the app on a phone. */
export function messengerShareUrl(url: string, appId?: string): string {
  const params = new URLSearchParams({ link: url });
  const app = appId?.trim();
  if (app) params.set('app_id', app);
  return `fb-messenger://share?${params}`;
}

/**
 * Every network's share URL for one tracked link.
 *
 * @example
 * networkLinks({ url: 'https://lantoa.vn/l/Ab3dE9xY', text: 'Gương sáng…', hashtags: ['LanTỏa'] })
 */
export function networkLinks(input: {
  url: string;
  text: string;
  hashtags: readonly string[];
  zaloOaId?: string;
  /** `env.FB_APP_ID`: the Share Dialog instead of sharer.php. */
  fbAppId?: string;
  /** The one hashtag Facebook's dialog takes: the campaign's first, else the story's first (defaults to `hashtags[0]`). */
  fbHashtag?: string;
}): NetworkLinks {
  const { url, text, hashtags } = input;
  const oa = input.zaloOaId?.trim() ?? '';
  return {
    facebook: facebookShareUrl(url, input.fbAppId, input.fbHashtag ?? hashtags[0]),
    messenger: messengerShareUrl(url, input.fbAppId),
    x: xIntentUrl(url, text, hashtags),
    telegram: `https://t.me/share/url?${new URLSearchParams({ url, text })}`,
    zalo: oa ? zaloShareUrl(url, oa) : ZALO_HOME,
  };
}

/** A suggested caption with the story's hashtags on a last line (what the member edits and copies). */
export function captionWithHashtags(caption: string, hashtags: readonly string[]): string {
  const present = hashtagsIn(caption);
  const tags = hashtags.filter((tag) => !present.has(tag.toLowerCase())).map((tag) => `#${tag}`);
  return tags.length > 0 ? `${caption.trim()}\n\n${tags.join(' ')}` : caption.trim();
}

/** The story's own captions, or its summary/title when it has none (at most three). */
export function suggestedCaptions(story: { title: string; summary: string; captions: readonly string[] }): string[] {
  const own = story.captions.map((c) => c.trim()).filter(Boolean).slice(0, 3);
  if (own.length > 0) return own;
  return [story.summary.trim() || story.title.trim()];
}
