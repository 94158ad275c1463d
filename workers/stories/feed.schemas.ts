import * as v from 'valibot';
import { campaignRef } from '../campaigns/campaign-ref';
import { categoryCodes, provinceCodes } from '../geo/reference';
import { decodeCursor, MAX_CURSOR_LENGTH, type Cursor } from './cursor';
import { MAX_QUERY_LENGTH, searchTerms } from './search';
import { nfc, normaliseTag } from './text';

/** Query parameters that change a feed answer (the cache key keeps only these). */
export const FEED_PARAMS = ['province', 'category', 'tag', 'q', 'limit', 'cursor', 'campaign'] as const;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

/** Query-string values: trimmed, and an empty value (an untouched form field) counts as absent. */
const blankIsAbsent = v.pipe(
  v.optional(v.string()),
  v.transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim())),
);

const cursor = v.pipe(
  v.string(),
  v.maxLength(MAX_CURSOR_LENGTH, 'Cursor is too long'),
  v.rawTransform<string, Cursor>(({ dataset, addIssue, NEVER }) => {
    const decoded = decodeCursor(dataset.value);
    if (!decoded) {
      addIssue({ message: 'Not a cursor from this feed; use nextCursor as given' });
      return NEVER;
    }
    return decoded;
  }),
);

/** `GET /api/stories` and the feed page. Unknown parameters are ignored. */
export const feedQuerySchema = v.pipe(
  v.object({
    province: v.pipe(blankIsAbsent, v.optional(v.picklist(provinceCodes, 'Unknown province code (see /api/provinces)'))),
    category: v.pipe(blankIsAbsent, v.optional(v.picklist(categoryCodes, 'Unknown category code (see /api/categories)'))),
    /** A campaign's slug or number: only the stories of that (public) campaign. */
    campaign: v.pipe(blankIsAbsent, v.optional(campaignRef)),
    tag: v.pipe(
      blankIsAbsent,
      v.optional(
        v.pipe(
          v.string(),
          v.maxLength(40, 'Tag is longer than 40 characters'),
          v.regex(/^#?[\p{L}\p{N} _-]+$/u, 'Tags are letters, digits, spaces and hyphens'),
          v.transform(normaliseTag),
        ),
      ),
    ),
    q: v.pipe(
      blankIsAbsent,
      v.optional(
        v.pipe(
          v.string(),
          v.maxLength(MAX_QUERY_LENGTH, `Search text is longer than ${MAX_QUERY_LENGTH} characters`),
          v.transform(nfc),
          v.check((text) => searchTerms(text) !== null, 'Search text needs at least one letter or digit'),
        ),
      ),
    ),
    limit: v.optional(
      v.pipe(
        v.string(),
        v.transform((s) => s.trim() || String(DEFAULT_LIMIT)),
        v.regex(/^\d{1,4}$/, `Limit must be a whole number from 1 to ${MAX_LIMIT}`),
        v.transform(Number),
        v.minValue(1, `Limit must be a whole number from 1 to ${MAX_LIMIT}`),
        v.maxValue(MAX_LIMIT, `Limit must be a whole number from 1 to ${MAX_LIMIT}`),
      ),
      String(DEFAULT_LIMIT),
    ),
    cursor: v.pipe(blankIsAbsent, v.optional(cursor)),
  }),
  // A search walk and a plain walk sort differently, so their cursors do not mix.
  v.forward(
    v.check(
      (input) => input.cursor === undefined || (input.cursor.kind === 'search') === (input.q !== undefined),
      'This cursor belongs to a different listing (search and feed cursors do not mix)',
    ),
    ['cursor'],
  ),
);

export type FeedQuery = v.InferOutput<typeof feedQuerySchema>;

export const slugParamSchema = v.object({
  slug: v.pipe(
    v.string(),
    v.maxLength(120, 'Slug is longer than 120 characters'),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A story slug is lower-case ASCII words joined by hyphens'),
  ),
});
