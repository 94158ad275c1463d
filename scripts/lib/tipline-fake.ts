// A stand-in for Telegram's Bot API and Zalo's Bot Platform on 127.0.0.1, so `npm start` users can try the
// tiplines without a real bot: the hub's bots call it (TELEGRAM_API_BASE=http://127.0.0.1:8790,
// ZALO_API_BASE=http://127.0.0.1:8790/zalo), it records what they send, serves a sample photo through
// Telegram's getFile/file download and a Zalo photo URL, and builds updates for the hub's webhooks.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { ROOT, type Platform } from './tipline-settings';

export const FAKE_PORT = 8790;
/** A real PNG from the repository, sent as "the screenshot" of a rumour. */
export const SAMPLE_IMAGE = join(ROOT, 'web', 'public', 'icons', 'icon-192.png');
export const SAMPLE_FILE_ID = 'fake-sample-photo';
export const SAMPLE_FILE_PATH = 'photos/sample.png';
/** Zalo sends the photo as a URL; this one is on the fake (the adapter trusts its own API base's origin). */
export const ZALO_SAMPLE_PATH = '/zalo/photos/sample.png';

/** What the fake saw a bot send; one JSON line each in the log. */
export type SentRecord = {
  at: string;
  platform: Platform;
  method: string;
  chatId: string;
  text: string;
  photo?: string;
};

type WebhookSetting = { url: string; secret?: string; allowedUpdates?: string[]; dropPending: boolean; updatedAt: number };
/** The next `times` calls to `method` answer with this error (to see the outbound queue wait and retry). */
type Failure = { platform: Platform; method: string; status: number; retryAfter?: number; times: number };

export type FakeMessengerOptions = {
  /** JSON lines of every send; default .tmp/tipline-fake.log. Null: no log file. */
  logFile?: string | null;
  /** Where the human-readable lines go (default stdout). */
  print?: (line: string) => void;
};

export type FakeMessenger = { server: Server; sent: SentRecord[]; webhooks: Map<string, WebhookSetting> };

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = String(req.headers['content-type'] ?? '');
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://fake').searchParams);
  if (raw === '') return query;
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      return parsed && typeof parsed === 'object' ? { ...query, ...(parsed as Record<string, unknown>) } : query;
    } catch {
      return query;
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) return { ...query, ...Object.fromEntries(new URLSearchParams(raw)) };
  return query;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendImage(res: ServerResponse): void {
  const bytes = readFileSync(SAMPLE_IMAGE);
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(bytes.length) });
  res.end(bytes);
}

/** The bot's display name per platform, as getMe would say it. */
const BOT_NAME: Record<Platform, string> = { telegram: 'Lan Tỏa (fake Telegram)', zalo: 'Bot Lan Tỏa (fake Zalo)' };

export function createFakeMessenger(options: FakeMessengerOptions = {}): FakeMessenger {
  const logFile = options.logFile === undefined ? join(ROOT, '.tmp', 'tipline-fake.log') : options.logFile;
  const print = options.print ?? ((line: string) => console.log(line));
  const sent: SentRecord[] = [];
  const webhooks = new Map<string, WebhookSetting>();
  const failures: Failure[] = [];
  let messageId = 1000;
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });

  function record(entry: SentRecord): void {
    sent.push(entry);
    const photo = entry.photo ? ` [photo ${entry.photo}]` : '';
    print(`→ ${entry.platform} ${entry.method} to chat ${entry.chatId}${photo}\n${entry.text.replace(/^/gm, '    ')}`);
    if (logFile) appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
  }

  function botMethod(platform: Platform, token: string, method: string, body: Record<string, unknown>, res: ServerResponse): void {
    const failure = failures.find((f) => f.platform === platform && f.method === method && f.times > 0);
    if (failure) {
      failure.times -= 1;
      json(res, failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.status === 429 ? 'Too Many Requests: retry later' : 'Internal Server Error',
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
      return;
    }
    const key = `${platform}:${token}`;
    const now = Date.now();
    const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
    switch (method) {
      case 'getMe':
        json(res, 200, {
          ok: true,
          result:
            platform === 'telegram'
              ? { id: 1, is_bot: true, first_name: BOT_NAME.telegram, username: 'lantoa_fake_bot' }
              : { id: '1', account_name: 'bot.lantoafake', account_type: 'BASIC', can_join_groups: false, display_name: BOT_NAME.zalo },
        });
        return;
      case 'setWebhook': {
        const url = str(body.url);
        const allowed = Array.isArray(body.allowed_updates) ? body.allowed_updates.map(String) : undefined;
        webhooks.set(key, { url, secret: str(body.secret_token) || undefined, allowedUpdates: allowed, dropPending: body.drop_pending_updates === true || body.drop_pending_updates === 'true', updatedAt: now });
        print(`✓ ${platform} webhook set to ${url || '(none)'}`);
        json(res, 200, platform === 'telegram' ? { ok: true, result: true, description: 'Webhook was set' } : { ok: true, result: { url, updated_at: now } });
        return;
      }
      case 'deleteWebhook':
        webhooks.delete(key);
        json(res, 200, platform === 'telegram' ? { ok: true, result: true, description: 'Webhook was deleted' } : { ok: true, result: { url: '', updated_at: now } });
        return;
      case 'getWebhookInfo': {
        const hook = webhooks.get(key);
        json(res, 200, {
          ok: true,
          result:
            platform === 'telegram'
              ? { url: hook?.url ?? '', has_custom_certificate: false, pending_update_count: 0, max_connections: 40, ...(hook?.allowedUpdates ? { allowed_updates: hook.allowedUpdates } : {}) }
              : { url: hook?.url ?? '', updated_at: hook?.updatedAt ?? now },
        });
        return;
      }
      case 'sendMessage':
      case 'sendPhoto': {
        const chatId = str(body.chat_id);
        const text = method === 'sendPhoto' ? str(body.caption) : str(body.text);
        if (chatId === '' || (method === 'sendMessage' && text === '') || (method === 'sendPhoto' && str(body.photo) === '')) {
          json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: chat_id and text (or photo) are required' });
          return;
        }
        record({ at: new Date(now).toISOString(), platform, method, chatId, text, ...(method === 'sendPhoto' ? { photo: str(body.photo) } : {}) });
        messageId += 1;
        json(res, 200, { ok: true, result: platform === 'telegram' ? { message_id: messageId, date: Math.floor(now / 1000), chat: { id: Number(chatId) || chatId } } : { message_id: String(messageId), date: now } });
        return;
      }
      case 'getFile':
        if (platform === 'telegram' && str(body.file_id) === SAMPLE_FILE_ID) {
          const size = readFileSync(SAMPLE_IMAGE).length;
          json(res, 200, { ok: true, result: { file_id: SAMPLE_FILE_ID, file_unique_id: 'fake-unique', file_size: size, file_path: SAMPLE_FILE_PATH } });
        } else {
          json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        }
        return;
      default:
        json(res, 404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    // Telegram: /bot<token>/<method>; Zalo: the same under /zalo.
    const call = path.match(/^(\/zalo)?\/bot([^/]+)\/([A-Za-z]+)$/);
    if (call) {
      botMethod(call[1] ? 'zalo' : 'telegram', decodeURIComponent(call[2] ?? ''), call[3] ?? '', await readBody(req), res);
      return;
    }
    if (req.method === 'GET' && (/^\/file\/bot[^/]+\/photos\/sample\.png$/.test(path) || path === ZALO_SAMPLE_PATH)) {
      sendImage(res);
      return;
    }
    if (path === '/fake/sent' && req.method === 'GET') {
      json(res, 200, sent);
      return;
    }
    if (path === '/fake/fail' && req.method === 'POST') {
      const body = await readBody(req);
      const platform: Platform = body.platform === 'zalo' ? 'zalo' : 'telegram';
      const failure: Failure = {
        platform,
        method: String(body.method ?? 'sendMessage'),
        status: Number(body.status ?? 429),
        retryAfter: body.retry_after === undefined ? undefined : Number(body.retry_after),
        times: Number(body.times ?? 1),
      };
      failures.push(failure);
      print(`! the next ${failure.times} ${platform} ${failure.method} call(s) answer ${failure.status}`);
      json(res, 200, { ok: true });
      return;
    }
    if (path === '/' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Fake messenger for Lan Tỏa: ${sent.length} message(s) sent by the bots so far. GET /fake/sent for the list.\n`);
      return;
    }
    json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => json(res, 500, { ok: false, error_code: 500, description: err instanceof Error ? err.message : 'error' }));
  });
  return { server, sent, webhooks };
}

let nextUpdateId = Math.floor(Date.now() / 1000) % 1_000_000_000;

/** A Telegram update as the Bot API posts it: a private message from a Vietnamese-speaking user. */
export function telegramUpdate(text: string, opts: { photo?: boolean; chatId?: number; lang?: string } = {}): Record<string, unknown> {
  nextUpdateId += 1;
  const chatId = opts.chatId ?? 777000111;
  const from = { id: chatId, is_bot: false, first_name: 'Người thử', language_code: opts.lang ?? 'vi' };
  const base = { message_id: nextUpdateId % 100_000, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Người thử' }, from };
  const message = opts.photo
    ? { ...base, photo: [{ file_id: SAMPLE_FILE_ID, file_unique_id: 'fake-unique', width: 192, height: 192, file_size: readFileSync(SAMPLE_IMAGE).length }], ...(text ? { caption: text } : {}) }
    : { ...base, text };
  return { update_id: nextUpdateId, message };
}

/** A Zalo event as the docs show it (`{ ok, result }`), from a private chat; photos point at the fake. */
export function zaloUpdate(text: string, opts: { photo?: boolean; chatId?: string; fakeOrigin?: string } = {}): Record<string, unknown> {
  nextUpdateId += 1;
  const chatId = opts.chatId ?? 'fa4e0c1b2d3e4f5a6b7c';
  const messageId = `${nextUpdateId.toString(16)}${Math.random().toString(16).slice(2, 10)}`;
  const base = { from: { id: chatId, display_name: 'Người thử', is_bot: false }, chat: { id: chatId, chat_type: 'PRIVATE' }, message_id: messageId, date: Date.now() };
  const origin = opts.fakeOrigin ?? `http://127.0.0.1:${FAKE_PORT}`;
  return opts.photo
    ? { ok: true, result: { event_name: 'message.image.received', message: { ...base, photo: `${origin}${ZALO_SAMPLE_PATH}`, ...(text ? { caption: text } : {}) } } }
    : { ok: true, result: { event_name: 'message.text.received', message: { ...base, text } } };
}
