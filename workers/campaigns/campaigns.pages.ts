import { Hono } from 'hono';
import { CampaignPage } from '../../web/pages/campaigns/campaign-page';
import { CampaignsPage } from '../../web/pages/campaigns/campaigns-page';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { AppEnv, SessionUser } from '../core/types';
import { validate } from '../core/validate';
import { unseenNoticesFor } from '../notices/notices.queries';
import { provinceOptions } from '../stats/stats.queries';
import { today } from '../stats/days';
import { campaignBySlug, listPublicCampaigns, publishedStoriesOf } from './campaigns.queries';
import { campaignSlugParam } from './campaigns.schemas';
import { campaignStoryView, viewsOf } from './campaigns.view';

async function pageContext(db: Db, user: SessionUser | null) {
  const [notices, provinces] = await Promise.all([user ? unseenNoticesFor(db, user.id) : [], provinceOptions(db)]);
  return { notices, provinceNames: new Map(provinces.map((p) => [p.code, p.name])) };
}

/** `/campaigns` and `/campaigns/:slug`, server-rendered. */
export const campaignPages = new Hono<AppEnv>()
  .get('/campaigns', async (c) => {
    const now = Date.now();
    const db = c.var.db;
    const rows = await listPublicCampaigns(db, today(now), 50);
    const ids = rows.map((r) => r.id);
    const [campaigns, context] = await Promise.all([viewsOf(db, rows, now), pageContext(db, c.var.user)]);
    return c.html(CampaignsPage({ lang: c.var.lang, path: '/campaigns', user: c.var.user, campaigns, ...context }));
  })
  .get('/campaigns/:slug', validate('param', campaignSlugParam), async (c) => {
    const now = Date.now();
    const db = c.var.db;
    const row = await campaignBySlug(db, c.req.valid('param').slug);
    if (!row || row.status === 'draft') throw new AppError('NOT_FOUND', 'No such campaign');
    const [[campaign], stories, context] = await Promise.all([viewsOf(db, [row], now), publishedStoriesOf(db, row.id), pageContext(db, c.var.user)]);
    if (!campaign) throw new AppError('NOT_FOUND', 'No such campaign');
    const path = `/campaigns/${row.slug}`;
    return c.html(
      CampaignPage({
        lang: c.var.lang,
        path,
        canonical: new URL(path, c.req.url).toString(),
        user: c.var.user,
        campaign,
        stories: stories.map((s, i) => campaignStoryView(s, i + 1)),
        ...context,
      }),
    );
  });
