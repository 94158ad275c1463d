// What the story picker shows for each result: the JSON API and the page render the same rows.
import { vnDateTime } from '../../web/pages/reports/format';
import type { Db } from '../core/db';
import { isoTime } from '../core/time';
import { storyIdsOf } from './campaigns.queries';
import { searchPublishedTitles } from './story-picker';

export type PickerResult = {
  id: number;
  slug: string;
  title: string;
  provinceCode: string;
  provinceName: string;
  publishedAt: string | null;
  /** `29/11/2026 22:55`, Vietnam time: what a person reads. */
  publishedLabel: string;
  inCampaign: boolean;
};

/** Published stories whose title matches `q`, each marked when the campaign already has it. */
export async function pickerResults(db: Db, campaignId: number, q: string): Promise<PickerResult[]> {
  if (q.trim() === '') return [];
  const [found, ids] = await Promise.all([searchPublishedTitles(db, q), storyIdsOf(db, campaignId)]);
  const have = new Set(ids);
  return found.map((s) => ({
    id: s.id,
    slug: s.slug,
    title: s.title,
    provinceCode: s.provinceCode,
    provinceName: s.provinceName,
    publishedAt: isoTime(s.publishedAt),
    publishedLabel: vnDateTime(s.publishedAt),
    inCampaign: have.has(s.id),
  }));
}
