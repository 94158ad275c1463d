import * as v from 'valibot';
import { provinceCode } from '../campaigns/campaigns.schemas';
import { provinceCodes } from '../geo/reference';

const knownProvince = v.pipe(
  provinceCode,
  v.check((code) => (provinceCodes as string[]).includes(code), 'Unknown province code'),
);

/** `GET /api/units/leaderboard?province=`: optional for members and provincial editors (their own), required nationwide. */
export const leaderboardQuery = v.object({
  province: v.optional(v.union([v.pipe(v.literal(''), v.transform(() => undefined)), knownProvince])),
});
