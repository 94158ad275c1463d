// A campaign's cover image, uploaded like a story's: the file is checked and stored by
// the editorial branch's cover code (same R2 key scheme, served at /media/covers/…),
// and its alt text is required. Replacing a cover keeps the old object: keys are
// immutable and cached for a year, and the audit log still names it.
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { parseCoverAlt, storeCoverFile } from '../editorial/covers';
import { campaignById, type CampaignRow } from './campaigns.queries';
import { updateCampaign } from './campaigns.writes';
import { assertEditable } from './lifecycle';

const hasFile = (file: unknown): boolean => file instanceof File && file.size > 0;

/**
 * Sets the cover from a multipart body (`file`, `alt`). Without a file, an existing
 * cover keeps its image and only its alt text changes.
 */
export async function setCampaignCover(db: Db, media: R2Bucket, id: number, body: Record<string, unknown>, actorId: string, now: number): Promise<CampaignRow> {
  const row = await campaignById(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No campaign ${id}`);
  // Refuse before storing anything.
  assertEditable(row.status);
  if (!hasFile(body.file) && !row.coverKey) throw AppError.field('file', 'Choose an image file (JPEG, PNG or WebP)');
  const alt = parseCoverAlt(body.alt);
  const key = hasFile(body.file) ? await storeCoverFile(media, id, body.file) : row.coverKey;
  return updateCampaign(db, id, { coverKey: key, coverAlt: alt }, actorId, now);
}

/** Takes the cover off the campaign. */
export async function removeCampaignCover(db: Db, id: number, actorId: string, now: number): Promise<CampaignRow> {
  return updateCampaign(db, id, { coverKey: null, coverAlt: null }, actorId, now);
}
