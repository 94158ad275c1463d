import * as v from 'valibot';
import { provinceCodes } from '../geo/reference';

const known = new Set<string>(provinceCodes);

/**
 * `GET /api/units/leaderboard?province=`: optional for members and provincial editors (their own),
 * required nationwide. An empty value (a form's "all") counts as absent. One issue per bad value.
 */
export const leaderboardQuery = v.object({
  province: v.optional(
    v.pipe(
      v.string(),
      v.check((code) => code === '' || known.has(code), 'One of the 34 province codes, such as HNI, HCM or DNG'),
      v.transform((code) => (code === '' ? undefined : code)),
    ),
  ),
});
