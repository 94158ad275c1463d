// The words a chat gets when its case is decided or its rebuttal is published. Plain text: the
// bots send no markup, so nothing a person wrote can turn into formatting or a hidden link.
import type { CaseStatus } from '../../schema';
import { t } from '../../web/i18n';
import { term } from '../../web/i18n/glossary';
import { LOOKUP_PATH } from '../../web/pages/reports/lookup-page';
import { captionWithHashtags, suggestedCaptions } from '../share/share-links';
import { storyUrl } from '../stories/present';
import { replyWithLink } from '../editorial/replies';
import { cutText } from './cut-text';
import type { TiplineLang } from './tipline.types';

/** Telegram's limit for a photo's caption (Zalo's is larger); the text of a photo message must fit it. */
export const CAPTION_LIMIT = 1024;

export type RebuttalStory = {
  slug: string;
  title: string;
  summary: string;
  captions: string[];
  hashtags: string[];
  /** The reply kit: the first reply goes to the chat, to paste under the false post. */
  replies: string[];
  cardUrl: string | null;
  /** The card described in the chat's language (for a platform that takes an image description). */
  cardAlt: string | null;
};

/**
 * "Bạn có thể trả lời bài sai bằng:" and the rebuttal's first reply with the story's link, or
 * nothing when it has no reply kit. One reply only: a chat message is read, not browsed.
 */
export function replyBlock(lang: TiplineLang, origin: string, story: Pick<RebuttalStory, 'slug' | 'replies'> | null): string {
  const reply = story?.replies.find((r) => r.trim() !== '');
  if (!story || !reply) return '';
  return `${t(lang, 'replies.tipline.intro')}\n${replyWithLink(reply, storyUrl(origin, story.slug))}`;
}

/** "Verdict given: False", what the editors wrote, a reply to paste (with a rebuttal), and where to read more. */
export function verdictText(
  lang: TiplineLang,
  origin: string,
  c: { status: CaseStatus; verdictSummary: string | null },
  rebuttal: RebuttalStory | null,
): string {
  const more = rebuttal
    ? t(lang, 'tipline.out.verdict.rebuttal', { url: storyUrl(origin, rebuttal.slug) })
    : t(lang, 'tipline.out.verdict.lookup', { url: `${origin}${LOOKUP_PATH}${lang === 'en' ? '?lang=en' : ''}` });
  const text = [
    t(lang, 'report.receipt.heading.verdict', { verdict: term(lang, 'caseStatus', c.status) }),
    t(lang, 'tipline.out.verdict.intro'),
    c.verdictSummary?.trim() ?? '',
    replyBlock(lang, origin, rebuttal),
    more,
  ]
    .filter(Boolean)
    .join('\n\n');
  return cutText(text, 4096);
}

/**
 * The card's caption: what to do with it, then the story's first suggested caption with its
 * hashtags (as the share kit offers it) and the story's link, cut to fit the platform's limit.
 * `withReply`: the first reply too, when the chat's verdict message did not already carry it
 * (the verdict came before the rebuttal was published).
 */
export function rebuttalCaption(lang: TiplineLang, origin: string, story: RebuttalStory, withReply = false): string {
  const intro = t(lang, 'tipline.out.rebuttal.intro');
  const link = storyUrl(origin, story.slug);
  const reply = withReply ? replyBlock(lang, origin, story) : '';
  const suggested = captionWithHashtags(suggestedCaptions(story)[0] ?? story.title, story.hashtags);
  const room = CAPTION_LIMIT - intro.length - link.length - 4 - (reply ? reply.length + 2 : 0);
  const body = suggested.length > room ? `${cutText(suggested, Math.max(0, room - 1)).trimEnd()}…` : suggested;
  return [intro, body, reply, link].filter(Boolean).join('\n\n');
}
