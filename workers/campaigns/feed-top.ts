// What the feed shows above the stories for a signed-in reader: notices about stories
// they shared that were corrected or withdrawn, and the campaign running for their
// province. Anonymous feed pages are cached and cost one query, so they get neither.
import type { Child } from 'hono/jsx';
import { CampaignHighlight } from '../../web/components/campaign-highlight';
import { CorrectionNoticeBanner } from '../../web/components/correction-notices';
import type { Lang } from '../../web/i18n';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';
import { unseenNoticesFor } from '../notices/notices.queries';
import { activeCampaignFor } from './campaigns.queries';

export async function feedTopFor(db: Db, user: SessionUser | null, lang: Lang, path: string, now: number): Promise<Child> {
  if (!user) return null;
  const [notices, campaign] = await Promise.all([unseenNoticesFor(db, user.id), activeCampaignFor(db, user.provinceCode, now)]);
  return [
    CorrectionNoticeBanner({ lang, notices, back: path }),
    campaign ? CampaignHighlight({ lang, campaign, local: campaign.local, now }) : null,
  ];
}
