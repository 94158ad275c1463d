// Telegram webhook calls as the Bot API makes them, against the whole app in this isolate,
// with TIPLINE_QUEUE captured (what the bot would say) and the Bot API faked at https://telegram.fake.
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import { capturingQueue } from '../helpers/outage';
import { appFetch } from '../reports/helpers';

export const TELEGRAM_SECRET = 'test-telegram-webhook-secret';
export const TELEGRAM_TOKEN = '123456:test-telegram-token';

let counter = 900_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
/** A fresh update id (and chat id, message id): tests in a file share one D1. */
export const nextId = () => ++counter;

type Sender = { chatId?: number; chatType?: 'private' | 'group' | 'supergroup' | 'channel'; lang?: string; messageId?: number };

/** A `message` as Telegram sends it from a private chat (recorded shape, Bot API 7+). */
export function messageUpdate(fields: Record<string, unknown>, s: Sender = {}, updateId = nextId(), kind: 'message' | 'edited_message' | 'channel_post' = 'message') {
  const chatId = s.chatId ?? nextId();
  const chatType = s.chatType ?? 'private';
  return {
    update_id: updateId,
    [kind]: {
      message_id: s.messageId ?? 17,
      from: { id: chatId, is_bot: false, first_name: 'Lan', language_code: s.lang ?? 'vi' },
      chat: chatType === 'private' ? { id: chatId, first_name: 'Lan', type: 'private' } : { id: -chatId, title: 'Nhóm khu phố 3', type: chatType },
      date: 1764460800,
      ...(kind === 'edited_message' ? { edit_date: 1764460900 } : {}),
      ...fields,
    },
  };
}

export type Captured = ReturnType<typeof capturingQueue>;

/** POST the update to /hooks/telegram with the right secret (or `headers` instead); the queue is captured. */
export async function postTelegram(
  update: unknown,
  opts: { headers?: Record<string, string>; env?: Partial<Env>; queue?: Captured } = {},
): Promise<{ res: Response; sent: Record<string, unknown>[] }> {
  const queue = opts.queue ?? capturingQueue();
  const res = await appFetch(
    '/hooks/telegram',
    {
      method: 'POST',
      headers: opts.headers ?? { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
      body: typeof update === 'string' || update instanceof ReadableStream ? update : JSON.stringify(update),
    },
    { TIPLINE_QUEUE: queue.queue, ...opts.env },
  );
  return { res, sent: queue.sent as Record<string, unknown>[] };
}

/** Reports a chat filed, through its tipline link. */
export async function reportsOfChat(chatId: number | string) {
  const { results } = await env.DB.prepare(
    `SELECT r.id, r.url, r.platform, r.category, r.description, r.screenshot_key AS screenshotKey, tr.message_id AS messageId, c.lang
     FROM tipline_reports tr JOIN tipline_chats c ON c.id = tr.chat_ref JOIN reports r ON r.id = tr.report_id
     WHERE c.platform = 'telegram' AND c.chat_id = ?`,
  )
    .bind(String(chatId))
    .all<{ id: number; url: string; platform: string; category: string; description: string; screenshotKey: string | null; messageId: string; lang: string }>();
  return results;
}

export async function updateHandled(updateId: number): Promise<boolean> {
  const row = await env.DB.prepare(`SELECT 1 AS one FROM tipline_updates WHERE platform = 'telegram' AND update_id = ?`).bind(String(updateId)).first();
  return row !== null;
}

export async function countRows(table: 'reports' | 'tipline_chats' | 'tipline_reports' | 'tipline_updates'): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}

type FakeFile = { bytes: Uint8Array; declaredSize?: number; status?: number };

/**
 * The Bot API's file endpoints faked: `getFile` answers the path, `/file/bot<token>/<path>` the bytes.
 * Every other URL goes to the real fetch. Returns the calls seen.
 */
export function fakeTelegramFiles(files: Record<string, FakeFile>) {
  const realFetch = globalThis.fetch;
  const calls: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('https://telegram.fake/')) return realFetch(input, init);
    calls.push(url);
    if (url === `https://telegram.fake/bot${TELEGRAM_TOKEN}/getFile`) {
      const { file_id: fileId } = JSON.parse(String(init?.body)) as { file_id: string };
      const file = files[fileId];
      if (!file) return Response.json({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' }, { status: 400 });
      return Response.json({ ok: true, result: { file_id: fileId, file_unique_id: `u${fileId}`, file_size: file.declaredSize ?? file.bytes.byteLength, file_path: `photos/${fileId}.jpg` } });
    }
    const m = new RegExp(`^https://telegram\\.fake/file/bot${TELEGRAM_TOKEN.replace(':', '\\:')}/photos/(.+)\\.jpg$`).exec(url);
    const file = m?.[1] ? files[m[1]] : undefined;
    if (!file) return new Response('Not Found', { status: 404 });
    return new Response(file.bytes, { status: file.status ?? 200, headers: { 'content-type': 'image/jpeg' } });
  });
  return calls;
}
