// `npm run tipline:register`: point a bot's webhook at the hub (setWebhook with our secret), then read
// back what the platform now has (getWebhookInfo) and say it in words. The token never leaves this
// process except in the API's own URL; everything printed goes through redact().
import { botSettings, redact, TIPLINE_PLATFORMS, type BotSettings, type Platform } from './tipline-settings';

export class RegisterError extends Error {
  constructor(
    message: string,
    /** 2: the command was wrong (usage, settings); 1: the platform refused or could not be reached. */
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export type RegisterOptions = { platform: Platform; url: string; drop: boolean; allowHttp: boolean; devVars?: string };

export const USAGE = `Usage: npm run tipline:register -- --platform telegram|zalo --url https://<your hub>/hooks/<platform> [--drop] [--allow-http] [--dev-vars <file>]

  --platform    which bot: telegram or zalo
  --url         the hub's webhook address (https; the path is /hooks/telegram or /hooks/zalo)
  --drop        Telegram only: throw away updates that waited while no webhook was set
  --allow-http  accept an http:// address (local testing against the fake messenger only)
  --dev-vars    read settings from this file instead of ./.dev.vars

Reads TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET (or ZALO_BOT_TOKEN and ZALO_WEBHOOK_SECRET) and
TELEGRAM_API_BASE / ZALO_API_BASE from the environment, else from .dev.vars.`;

/** The command line as options; a RegisterError (exit 2) naming what is wrong. */
export function parseRegisterArgs(argv: string[]): RegisterOptions {
  let platform: string | undefined;
  let url: string | undefined;
  let devVars: string | undefined;
  let drop = false;
  let allowHttp = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new RegisterError(`${name} needs a value.\n\n${USAGE}`, 2);
      return v;
    };
    if (name === '--platform') platform = value();
    else if (name === '--url') url = value();
    else if (name === '--dev-vars') devVars = value();
    else if (name === '--drop') drop = true;
    else if (name === '--allow-http') allowHttp = true;
    else if (name === '--help' || name === '-h') throw new RegisterError(USAGE, 2);
    else throw new RegisterError(`Unknown option "${arg}".\n\n${USAGE}`, 2);
  }
  if (!platform || !(TIPLINE_PLATFORMS as readonly string[]).includes(platform)) {
    throw new RegisterError(`Say which bot with --platform telegram or --platform zalo.\n\n${USAGE}`, 2);
  }
  if (!url) throw new RegisterError(`Give the hub's webhook address with --url https://…/hooks/${platform}.\n\n${USAGE}`, 2);
  return { platform: platform as Platform, url, drop, allowHttp, devVars };
}

/** The webhook URL checked: absolute, https (or http with --allow-http), no credentials. Returns warnings. */
export function checkWebhookUrl(options: RegisterOptions): string[] {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new RegisterError(`"${options.url}" is not a web address. Give the full address, like https://lantoa.example/hooks/${options.platform}.`, 2);
  }
  if (url.protocol === 'http:' && !options.allowHttp) {
    throw new RegisterError(
      `The webhook address must start with https:// (${options.platform === 'telegram' ? 'Telegram' : 'Zalo'} only calls https). ` +
        'For a local test against the fake messenger, add --allow-http.',
      2,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RegisterError('The webhook address must start with https://.', 2);
  if (url.username || url.password) throw new RegisterError('The webhook address must not contain a user name or password.', 2);
  const expected = `/hooks/${options.platform}`;
  return url.pathname.replace(/\/+$/, '') === expected ? [] : [`Note: the hub answers ${options.platform} at ${expected}; this address ends in ${url.pathname}.`];
}

/** Token and secret present and in the platform's accepted form. */
export function checkSettings(settings: BotSettings): { token: string; secret: string } {
  const prefix = settings.platform === 'telegram' ? 'TELEGRAM' : 'ZALO';
  const missing = [!settings.token && `${prefix}_BOT_TOKEN`, !settings.secret && `${prefix}_WEBHOOK_SECRET`].filter(Boolean);
  if (missing.length > 0) {
    throw new RegisterError(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. Set ${missing.length > 1 ? 'them' : 'it'} in the environment or in .dev.vars ` +
        `(the same values you gave \`wrangler secret put\`). Make a secret with: openssl rand -hex 32`,
      2,
    );
  }
  const secret = settings.secret ?? '';
  if (settings.platform === 'telegram' && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
    throw new RegisterError('TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and -, at most 256 of them (Telegram’s rule).', 2);
  }
  if (settings.platform === 'zalo' && (secret.length < 8 || secret.length > 256)) {
    throw new RegisterError('ZALO_WEBHOOK_SECRET must be 8 to 256 characters long (Zalo’s rule).', 2);
  }
  return { token: settings.token ?? '', secret };
}

type ApiAnswer = { ok?: boolean; result?: unknown; description?: string; error_code?: number };

async function callApi(settings: BotSettings, token: string, method: string, body: Record<string, unknown>, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(`${settings.apiBase}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
    throw new RegisterError(`Could not reach ${settings.apiBase}: ${err instanceof Error ? err.message : String(err)}${cause}`, 1);
  }
  const answer = (await response.json().catch(() => ({}))) as ApiAnswer;
  if (!response.ok || answer.ok !== true) {
    const code = answer.error_code ?? response.status;
    const hint = code === 401 || code === 404 ? ' The bot token is probably wrong.' : '';
    throw new RegisterError(`${method} was refused (${code}${answer.description ? `: ${answer.description}` : ''}).${hint}`, 1);
  }
  return answer.result;
}

/** `29/11/2026 22:55` in Vietnam's time (UTC+7, no daylight saving). */
export function formatVietnamTime(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

type TelegramInfo = {
  url?: string;
  pending_update_count?: number;
  last_error_date?: number;
  last_error_message?: string;
  allowed_updates?: string[];
  max_connections?: number;
};
type ZaloInfo = { url?: string; updated_at?: number };

/** getWebhookInfo's answer as sentences a person reads. */
export function describeWebhookInfo(platform: Platform, info: unknown): string[] {
  const record = (info && typeof info === 'object' ? info : {}) as TelegramInfo & ZaloInfo;
  const name = platform === 'telegram' ? 'Telegram' : 'Zalo';
  if (!record.url) return [`${name} has no webhook set: the bot receives nothing.`];
  const lines = [`${name} now sends this bot's messages to ${record.url}.`];
  if (platform === 'telegram') {
    const pending = record.pending_update_count ?? 0;
    lines.push(pending === 0 ? 'No messages are waiting to be delivered.' : `${pending} message${pending === 1 ? ' is' : 's are'} waiting to be delivered.`);
    if (record.allowed_updates?.length) lines.push(`It delivers: ${record.allowed_updates.map((u) => u.replace(/_/g, ' ')).join(', ')}.`);
    if (record.last_error_date) {
      lines.push(`Last delivery error, at ${formatVietnamTime(record.last_error_date * 1000)}: ${record.last_error_message ?? 'no reason given'}.`);
    } else {
      lines.push('No delivery errors so far.');
    }
  } else if (typeof record.updated_at === 'number') {
    lines.push(`Webhook last changed at ${formatVietnamTime(record.updated_at)} (Vietnam time).`);
  }
  return lines;
}

/**
 * Telegram: the bot's username from getMe, and where to put it (TELEGRAM_BOT_USERNAME lets the
 * hub ignore group commands addressed to other bots). A failure here does not undo the webhook.
 */
async function usernameLines(settings: BotSettings, token: string, fetchImpl: typeof fetch): Promise<string[]> {
  try {
    const me = (await callApi(settings, token, 'getMe', {}, fetchImpl)) as { username?: unknown } | null;
    const username = typeof me?.username === 'string' ? me.username : '';
    if (!username) return ['Telegram did not say the bot’s username (getMe).'];
    return [
      `The bot is @${username}. Set TELEGRAM_BOT_USERNAME = "${username}" in wrangler.toml [vars] (then deploy),`,
      'so that in groups the hub ignores commands addressed to other bots (/tinmoi@otherbot).',
    ];
  } catch (err) {
    return [`Could not read the bot’s username: ${err instanceof Error ? err.message : String(err)}`];
  }
}

/** Set the webhook and read it back; the lines to print. Throws RegisterError. */
export async function registerWebhook(
  options: RegisterOptions,
  env: Record<string, string | undefined> = process.env,
  devVars?: Record<string, string>,
  fetchImpl: typeof fetch = fetch,
): Promise<string[]> {
  const warnings = checkWebhookUrl(options);
  const settings = devVars ? botSettings(options.platform, env, devVars) : botSettings(options.platform, env);
  const { token, secret } = checkSettings(settings);
  if (options.drop && options.platform === 'zalo') warnings.push('Note: --drop is a Telegram option; Zalo has nothing to drop.');
  const body: Record<string, unknown> =
    options.platform === 'telegram'
      ? { url: options.url, secret_token: secret, allowed_updates: ['message', 'edited_message'], drop_pending_updates: options.drop }
      : { url: options.url, secret_token: secret };
  try {
    await callApi(settings, token, 'setWebhook', body, fetchImpl);
    const info = await callApi(settings, token, 'getWebhookInfo', {}, fetchImpl);
    const dropped = options.drop && options.platform === 'telegram' ? ['Messages that were waiting were dropped.'] : [];
    const username = options.platform === 'telegram' ? await usernameLines(settings, token, fetchImpl) : [];
    return [...warnings, ...dropped, ...describeWebhookInfo(options.platform, info), ...username].map((line) => redact(line, token, secret));
  } catch (err) {
    if (err instanceof RegisterError) throw new RegisterError(redact(err.message, token, secret), err.exitCode);
    throw new RegisterError(redact(err instanceof Error ? err.message : String(err), token, secret), 1);
  }
}
