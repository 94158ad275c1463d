import { Hono } from 'hono';
import { MePage } from '../../web/pages/me/me-page';
import { currentUser, requireRole } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { isoTime } from '../core/time';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { myImpact, unitLeaderboard } from './impact.queries';
import { leaderboardQuery } from './impact.schemas';
import { leaderboardProvince } from './scope';
import { completionsOf, listPublishedLessons } from '../learn/learn.queries';

/**
 * "My impact" (/me, GET /api/me/impact) for every signed-in person, and the unit leaderboards
 * (GET /api/units/leaderboard). NOTE: mounted before the units domain, whose `/api/units/:id`
 * would otherwise take `leaderboard` for an id.
 */
export const impactRoutes = new Hono<AppEnv>()
  .get('/api/me/impact', requireRole('member'), async (c) => {
    const impact = await myImpact(c.var.db, currentUser(c), Date.now());
    c.header('Cache-Control', 'private, no-store');
    const { month, shares, ...rest } = impact;
    return c.json({
      period: { month: month.month, from: month.from, to: month.to },
      ...rest,
      shares: shares.map((s) => ({ ...s, lastSharedAt: isoTime(s.lastSharedAt) })),
    });
  })
  .get('/api/units/leaderboard', requireRole('member'), validate('query', leaderboardQuery), async (c) => {
    const province = leaderboardProvince(currentUser(c), c.req.valid('query').province);
    c.header('Cache-Control', 'private, no-store');
    return c.json(await unitLeaderboard(c.var.db, province, Date.now()));
  })
  .get('/me', requirePage('member'), async (c) => {
    const user = currentUser(c);
    const [impact, lessons, completions] = await Promise.all([myImpact(c.var.db, user, Date.now()), listPublishedLessons(c.var.db), completionsOf(c.var.db, user.id)]);
    const url = new URL(c.req.url);
    c.header('Cache-Control', 'private, no-store');
    return c.html(MePage({ lang: c.var.lang, user, path: url.pathname + url.search, impact, lessons: { lessons, completions } }));
  });
