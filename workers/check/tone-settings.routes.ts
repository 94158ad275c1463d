// The tone list's additions on the desk: editors read and change them (API and a plain form);
// contributors and members are refused. Every change is audited.
import { Hono, type Context } from 'hono';
import { ToneSettingsPage, type ToneFormError } from '../../web/pages/check/tone-settings-page';
import { currentUser, requireRole } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import type { ToneRule } from './check.types';
import { BUILTIN_TONE_RULES } from './tone-words';
import { TONE_EXTRA_MAX, toneSettingsBody } from './tone-settings';
import { readToneExtra, saveToneExtra, type ToneExtra } from './tone-settings.queries';

const json = (extra: ToneExtra) => ({
  words: extra.words,
  builtin: BUILTIN_TONE_RULES,
  updatedAt: extra.updatedAt === null ? null : new Date(extra.updatedAt).toISOString(),
});

/** "từ = cách nói ôn hòa" per line; the first problem per line, in the reader's words. */
export function parseToneLines(raw: string): { words: ToneRule[]; errors: ToneFormError[] } {
  const words: ToneRule[] = [];
  const errors: ToneFormError[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() === '') return;
    const at = text.indexOf('=');
    const line = i + 1;
    if (at < 0) return void errors.push({ key: 'check-findings.tone.error.line', line });
    const word = text.slice(0, at).trim();
    const calmer = text.slice(at + 1).trim();
    if (word.length < 2 || word.length > 60 || !/\p{L}/u.test(word)) return void errors.push({ key: 'check-findings.tone.error.word', line });
    if (calmer.length < 1 || calmer.length > 120) return void errors.push({ key: 'check-findings.tone.error.calmer', line });
    words.push({ word, calmer });
  });
  if (words.length > TONE_EXTRA_MAX) errors.push({ key: 'check-findings.tone.error.tooMany', line: 0 });
  return { words, errors };
}

async function renderPage(c: Context<AppEnv>, extra: { saved?: boolean; typed?: string; errors?: ToneFormError[] } = {}) {
  const stored = await readToneExtra(c.var.db);
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    ToneSettingsPage({
      lang: c.var.lang,
      user: currentUser(c),
      builtin: BUILTIN_TONE_RULES,
      typed: extra.typed ?? stored.words.map((r) => `${r.word} = ${r.calmer}`).join('\n'),
      updatedAt: stored.updatedAt,
      saved: extra.saved,
      errors: extra.errors,
    }),
    extra.errors && extra.errors.length > 0 ? 400 : 200,
  );
}

export const toneSettingsRoutes = new Hono<AppEnv>()
  .get('/api/settings/tone', requireRole('editor'), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(json(await readToneExtra(c.var.db)));
  })
  .put('/api/settings/tone', requireRole('editor'), validate('json', toneSettingsBody), async (c) => {
    return c.json(json(await saveToneExtra(c.var.db, c.req.valid('json').words, currentUser(c))));
  })
  .get('/editor/settings/tone', requirePage('editor'), async (c) => renderPage(c, { saved: c.req.query('saved') === '1' }))
  .post('/editor/settings/tone', requirePage('editor'), async (c) => {
    const body = await c.req.parseBody();
    const typed = typeof body.words === 'string' ? body.words : '';
    const parsed = parseToneLines(typed);
    if (parsed.errors.length > 0) return renderPage(c, { typed, errors: parsed.errors });
    await saveToneExtra(c.var.db, parseOrThrow(toneSettingsBody, { words: parsed.words }, 'body').words, currentUser(c));
    return c.redirect('/editor/settings/tone?saved=1', 303);
  });
