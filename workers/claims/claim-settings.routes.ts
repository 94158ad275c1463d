// The matching thresholds as a setting: read by every editor, changed by national editors and
// admins (API and desk page), validated with one schema, audited, stored in `settings`.
import { Hono, type Context } from 'hono';
import { ClaimSettingsPage } from '../../web/pages/reports/claim-settings-page';
import { currentUser, requireRole } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { claimThresholds, type ClaimThresholds } from './claim-settings';
import { canChangeClaimSettings, saveClaimThresholds, thresholdsUpdatedAt } from './claim-settings.queries';
import { claimSettingsBody } from './claim-settings.schemas';

function refuseUnlessNational(c: Context<AppEnv>) {
  if (!canChangeClaimSettings(currentUser(c))) {
    throw new AppError('FORBIDDEN', 'Only admins and national editors change the matching thresholds; this account works on one province');
  }
}

const semanticOn = (env: Env) => Boolean(env.AI && env.VECTORIZE);

async function settingsJson(c: Context<AppEnv>, thresholds: ClaimThresholds) {
  const updatedAt = await thresholdsUpdatedAt(c.var.db);
  return {
    ...thresholds,
    semanticEnabled: semanticOn(c.env),
    canChange: canChangeClaimSettings(currentUser(c)),
    updatedAt: updatedAt === null ? null : new Date(updatedAt).toISOString(),
  };
}

/** A typed number: a comma or a point as the decimal mark; anything else stays text, for the schema to refuse by name. */
function formNumber(raw: string | undefined): number | string | undefined {
  if (raw === undefined) return undefined;
  const s = raw.trim().replace(',', '.');
  return /^\d{0,3}(\.\d{1,6})?$/.test(s) && s !== '' && s !== '.' ? Number(s) : raw;
}

async function renderPage(c: Context<AppEnv>, extra: { saved?: boolean; values?: Record<string, string>; error?: AppError } = {}) {
  const [thresholds, updatedAt] = await Promise.all([claimThresholds(c.var.db), thresholdsUpdatedAt(c.var.db)]);
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    ClaimSettingsPage({
      lang: c.var.lang,
      user: currentUser(c),
      thresholds,
      canChange: canChangeClaimSettings(currentUser(c)),
      semanticOn: semanticOn(c.env),
      updatedAt,
      saved: extra.saved,
      values: extra.values,
      errors: extra.error?.errors,
    }),
    extra.error?.status ?? 200,
  );
}

export const claimSettingsRoutes = new Hono<AppEnv>()
  .get('/api/settings/claims', requireRole('editor'), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await settingsJson(c, await claimThresholds(c.var.db)));
  })
  .put('/api/settings/claims', requireRole('editor'), validate('json', claimSettingsBody), async (c) => {
    refuseUnlessNational(c);
    const saved = await saveClaimThresholds(c.var.db, c.req.valid('json'), currentUser(c));
    return c.json(await settingsJson(c, saved));
  })
  .get('/editor/settings/claims', requirePage('editor'), async (c) => renderPage(c, { saved: c.req.query('saved') === '1' }))
  .post('/editor/settings/claims', requirePage('editor'), async (c) => {
    refuseUnlessNational(c);
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(await c.req.parseBody())) if (typeof v === 'string') values[k] = v;
    const body = {
      lexical: { candidate: formNumber(values['lexical.candidate']), high: formNumber(values['lexical.high']) },
      semantic: { candidate: formNumber(values['semantic.candidate']), high: formNumber(values['semantic.high']) },
    };
    try {
      await saveClaimThresholds(c.var.db, parseOrThrow(claimSettingsBody, body, 'body'), currentUser(c));
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED') return renderPage(c, { values, error: err });
      throw err;
    }
    return c.redirect('/editor/settings/claims?saved=1', 303);
  });
