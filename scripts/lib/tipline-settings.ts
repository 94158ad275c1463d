// Where the Node-side tipline scripts (register, the fake messenger, `npm start`) find a bot's token,
// webhook secret and API base: the environment first, then the .dev.vars file `wrangler dev` reads too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TIPLINE_PLATFORMS = ['telegram', 'zalo'] as const;
export type Platform = (typeof TIPLINE_PLATFORMS)[number];

/** The real APIs (wrangler.toml has the same defaults). */
export const DEFAULT_API_BASE: Record<Platform, string> = {
  telegram: 'https://api.telegram.org',
  zalo: 'https://bot-api.zaloplatforms.com',
};

/** Every variable the tiplines read, for passing through to `wrangler dev`. */
export const TIPLINE_VARS = [
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'TELEGRAM_API_BASE',
  'ZALO_BOT_TOKEN',
  'ZALO_WEBHOOK_SECRET',
  'ZALO_API_BASE',
] as const;

/** The checkout's root (not imported from local-dev.ts, which loads the whole seed). */
export const ROOT = new URL('../..', import.meta.url).pathname;
export const DEV_VARS_FILE = join(ROOT, '.dev.vars');

/**
 * A dotenv-style file as a map: `KEY=value` lines, `#` comments, optional `export ` and quotes.
 *
 * @example
 * parseDevVars('# local\nTELEGRAM_BOT_TOKEN="1:abc"\n') // { TELEGRAM_BOT_TOKEN: '1:abc' }
 */
export function parseDevVars(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^export\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    vars[key] = value;
  }
  return vars;
}

export function readDevVars(file = DEV_VARS_FILE): Record<string, string> {
  return existsSync(file) ? parseDevVars(readFileSync(file, 'utf8')) : {};
}

export type BotSettings = { platform: Platform; token: string | undefined; secret: string | undefined; apiBase: string };

/** One bot's settings; a variable set in the environment wins over the file. */
export function botSettings(platform: Platform, env: Record<string, string | undefined> = process.env, devVars = readDevVars()): BotSettings {
  const prefix = platform === 'telegram' ? 'TELEGRAM' : 'ZALO';
  const pick = (name: string) => {
    const value = env[`${prefix}_${name}`] || devVars[`${prefix}_${name}`];
    return value ? value : undefined;
  };
  return {
    platform,
    token: pick('BOT_TOKEN'),
    secret: pick('WEBHOOK_SECRET'),
    apiBase: (pick('API_BASE') ?? DEFAULT_API_BASE[platform]).replace(/\/+$/, ''),
  };
}

/** Text with every occurrence of the secrets blanked, for anything printed (error messages can carry URLs). */
export function redact(text: string, ...secrets: (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('<hidden>');
  return out;
}
