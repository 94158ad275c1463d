import * as v from 'valibot';
import { shareChannels } from '../../schema';
import { campaignRef, campaignRefJson } from '../campaigns/campaign-ref';

const storyRef = v.union(
  [
    v.pipe(v.number(), v.integer(), v.minValue(1)),
    v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120), v.regex(/^[a-z0-9-]+$/, 'Use a story id or slug')),
  ],
  'Use a story id or slug',
);

/** `POST /api/shares`: which story, on which channel; optional edited caption and campaign. */
export const createShareBody = v.object({
  story: storyRef,
  channel: v.picklist(shareChannels, `Use one of: ${shareChannels.join(', ')}`),
  /** The caption the member chose or edited; used as the text of X and Telegram links. */
  text: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  /** The campaign the share is for: its number, or its slug. */
  campaign: v.optional(campaignRefJson),
});
export type CreateShareBody = v.InferOutput<typeof createShareBody>;

/** The share kit's no-JS form (`POST /share`): every textarea is named `caption`, the radio `use` picks one. */
export const shareFormBody = v.object({
  story: v.pipe(v.string(), v.regex(/^\d{1,10}$/, 'Use a story id'), v.transform(Number)),
  channel: v.picklist(shareChannels, `Use one of: ${shareChannels.join(', ')}`),
  use: v.optional(v.pipe(v.string(), v.regex(/^[0-2]$/, 'Use 0, 1 or 2'), v.transform(Number)), '0'),
  /** Set by the kit on a campaign's share page: the share is credited to that campaign. */
  campaign: v.optional(campaignRef),
  caption: v.optional(
    v.union([v.pipe(v.string(), v.maxLength(2000)), v.pipe(v.array(v.pipe(v.string(), v.maxLength(2000))), v.maxLength(3))]),
  ),
});

/** `/l/:code`: base64url, as made by `randomToken`. */
export const linkCodeParam = v.object({ code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,32}$/, 'Use the link’s code as it was shared (6 to 32 letters, digits, - or _)')) });

const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD'));
/** `province`: narrow to the shares of one province's members (an editor with a province always is). */
export const statsQuery = v.object({
  from: v.optional(day),
  to: v.optional(day),
  province: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'A province code has three capital letters, e.g. HNI'))),
});
/** `/share/:slug?campaign=<slug or number>`: share from a campaign (ignored unless it is running and lists the story). */
export const sharePageQuery = v.object({ campaign: v.optional(campaignRef) });
export const slugParam = v.object({ slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,120}$/, 'Not a story slug')) });
