import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { authenticate, csrfProtect } from './auth/middleware';
import { AppError } from './core/errors';
import { formBodyErrors } from './core/form-body';
import { respondWithError } from './core/problem';
import { privateResponses } from './core/private-responses';
import { requestContext } from './core/request-context';
import { securityHeaders } from './core/security-headers';
import type { AppEnv } from './core/types';
import { versionedAssetRoutes } from './assets/versioned.routes';
import { campaignRoutes } from './campaigns/campaigns.routes';
import { lessonRoutes } from './lessons/lessons.routes';
import { deadLetterRoutes } from './dead-letters/dead-letters.routes';
import { editorialDomain } from './editorial/mount';
import { geoRoutes } from './geo/geo.routes';
import { healthRoutes } from './health/health.routes';
import { impactRoutes } from './impact/impact.routes';
import { noticeRoutes } from './notices/notices.routes';
import { statsRoutes } from './stats/stats.routes';
import { cardRoutes } from './cards/cards.routes';
import { shareRoutes } from './share/share.routes';
import { feedApiRoutes } from './stories/feed.routes';
import { feedPageRoutes } from './stories/feed-pages.routes';
import { casesRoutes } from './cases/cases.routes';
import { checkRoutes } from './check/check.routes';
import { candidateRoutes } from './claims/candidates.routes';
import { claimSettingsRoutes } from './claims/claim-settings.routes';
import { toneSettingsRoutes } from './check/tone-settings.routes';
import { reportsRoutes } from './reports/reports.routes';
import { savedRoutes } from './saved/saved.routes';
import { learnRoutes } from './learn/learn.routes';
import { unitsDomain } from './units/mount';
import { privacyPageRoutes } from './privacy/privacy-pages.routes';
import { privacyRoutes } from './privacy/privacy.routes';
import { invitesPageRoutes } from './invites/invites-pages.routes';
import { invitesRoutes } from './invites/invites.routes';
import { pushRoutes } from './push/push.routes';
import { openApiRoutes } from './openapi/openapi.routes';
import { tiplineRoutes } from './tipline/tipline.routes';

/**
 * The whole app: request id, security headers, per-request services, private
 * (no-store) answers for signed-in requests and account pages, auth,
 * CSRF, every domain's routes, and the one error handler. Tests use it too.
 */
export function createApp() {
  const app = new Hono<AppEnv>();

  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(securityHeaders());
  // Versioned static files are the same for everyone: answered before sessions, the DB and the
  // private no-store rule, exactly as the assets binding answers plain /css and /js URLs.
  app.route('/', versionedAssetRoutes);
  app.use(requestContext());
  app.use(formBodyErrors());
  app.use(privateResponses());
  // Bot webhooks carry no cookie or Origin, only their secret header: answered before sessions
  // (no session lookup per update) and CSRF (which would have nothing to check).
  app.route('/', tiplineRoutes);
  app.use(authenticate());
  app.use(csrfProtect());

  app.route('/', healthRoutes);
  app.route('/', editorialDomain);
  app.route('/', cardRoutes);
  app.route('/', shareRoutes);
  app.route('/', reportsRoutes);
  app.route('/', casesRoutes);
  app.route('/', checkRoutes);
  app.route('/', candidateRoutes);
  app.route('/', claimSettingsRoutes);
  app.route('/', toneSettingsRoutes);
  app.route('/', geoRoutes);
  app.route('/', feedApiRoutes);
  app.route('/', feedPageRoutes);
  app.route('/', campaignRoutes);
  app.route('/', lessonRoutes);
  // Before the units domain: its `/api/units/:id` would take `/api/units/leaderboard` for an id.
  app.route('/', impactRoutes);
  app.route('/', statsRoutes);
  app.route('/', noticeRoutes);
  app.route('/', deadLetterRoutes);
  app.route('/', savedRoutes);
  app.route('/', learnRoutes);
  app.route('/', unitsDomain);
  app.route('/', privacyRoutes);
  app.route('/', privacyPageRoutes);
  app.route('/', invitesRoutes);
  app.route('/', invitesPageRoutes);
  app.route('/', pushRoutes);
  // The OpenAPI document of this very app (every route above, these two included) and its reference page.
  app.route('/', openApiRoutes(() => app));

  app.notFound((c) => respondWithError(new AppError('NOT_FOUND', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`), c));
  app.onError((err, c) => respondWithError(err, c));
  return app;
}

export type App = ReturnType<typeof createApp>;
