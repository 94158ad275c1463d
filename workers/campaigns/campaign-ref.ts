// One name, one meaning: wherever a query string, form or JSON body names a campaign
// (`campaign=`), it takes the campaign's slug (`thang-thanh-nien`) or its number (`3`), and
// an unknown one is refused the same way everywhere: 400 naming `campaign`, in words.
import * as v from 'valibot';
import { AppError } from '../core/errors';
import type { Db } from '../core/db';
import { campaignById, campaignBySlug, type CampaignRow } from './campaigns.queries';

export const CAMPAIGN_REF_MESSAGE = 'Enter a campaign slug (like tet-2026) or its number (see /api/campaigns)';
export const UNKNOWN_CAMPAIGN_MESSAGE = 'No campaign has this slug or number (see /api/campaigns)';

/** A campaign's slug, or its number: digits alone are the number (`id`), anything else a slug. */
export type CampaignRef = number | string;

/** `campaign=` in a query string or form: a slug or a number, read as text. */
export const campaignRef = v.pipe(
  v.string(CAMPAIGN_REF_MESSAGE),
  v.trim(),
  v.maxLength(80, CAMPAIGN_REF_MESSAGE),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, CAMPAIGN_REF_MESSAGE),
  v.transform((text): CampaignRef => (/^\d+$/.test(text) ? Number(text) : text)),
);

/** `campaign` in a JSON body: the number as a JSON number, or the slug (or number) as a string. */
export const campaignRefJson = v.union(
  [v.pipe(v.number(CAMPAIGN_REF_MESSAGE), v.integer(CAMPAIGN_REF_MESSAGE), v.minValue(1, CAMPAIGN_REF_MESSAGE)), campaignRef],
  CAMPAIGN_REF_MESSAGE,
);

/** The campaign a reference names, or null. */
export function campaignByRef(db: Db, ref: CampaignRef): Promise<CampaignRow | null> {
  return typeof ref === 'number' ? campaignById(db, ref) : campaignBySlug(db, ref);
}

/**
 * The campaign a reference names, or a 400 on the `campaign` field. `publicOnly`: a draft
 * answers exactly like an unknown campaign, so public routes never reveal that it exists.
 */
export async function knownCampaign(db: Db, ref: CampaignRef, options: { publicOnly?: boolean } = {}): Promise<CampaignRow> {
  const row = await campaignByRef(db, ref);
  if (!row || (options.publicOnly && row.status === 'draft')) throw AppError.field('campaign', UNKNOWN_CAMPAIGN_MESSAGE);
  return row;
}
