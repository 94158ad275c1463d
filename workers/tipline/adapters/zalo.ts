// Zalo Bot Platform: webhook events in, sendMessage/sendPhoto out.
//
// What the payload looks like, and where that comes from (checked 2026-11-30; the platform is young
// and third-party notes disagree in places, so parse() accepts every shape below):
// - Official docs (menu of 19 pages, "Webhook" last updated 6/8/2025): https://bot.zaloplatforms.com/docs/webhook/,
//   https://bot.zaloplatforms.com/docs/apis/setWebhook/ (url + secret_token 8–256 chars, echoed in the
//   `X-Bot-Api-Secret-Token` header), …/apis/getWebhookInfo/, …/apis/deleteWebhook/, …/apis/getMe/,
//   …/apis/sendMessage/ (chat_id, text 1–2000 chars), …/apis/sendPhoto/ (chat_id, photo = image URL,
//   caption 1–2000 chars), https://bot.zaloplatforms.com/docs/build-bot-interaction-with-group/ (groups are an
//   internal beta; the bot only hears a group when mentioned or replied to), …/docs/error-code/ (429 = quota).
//   Read through offline digests of those pages: github.com/XuanNguyenNB/QuanLyThuChi_Bot_Telegram_Zalom
//   docs/ZALO_BOT_API.md and a 2026-04-09 "Sổ tay kỹ thuật offline" digest found by the search tool.
// - Webhook body per the docs: `{ ok: true, result: { event_name, message: { from: { id, display_name, is_bot },
//   chat: { id, chat_type: PRIVATE | GROUP }, text?, photo?, caption?, sticker?, url?, message_id, date } } }`,
//   event_name one of message.text.received, message.image.received, message.sticker.received,
//   message.unsupported.received (the last is what arrives from protected users: children and others whose
//   content Zalo withholds by law). Some notes add message.voice.received.
// - OpenClaw's Zalo channel (docs.openclaw.ai/channels/zalo, extensions/zalo/src/monitor.ts) says the live
//   webhook sends the BARE event `{ event_name, message }`, and unwraps `result` only when `ok` is true.
// - The image's URL is `message.photo` in the docs and in OpenClaw; python-zalo-bot's Message calls it
//   `photo_url`. We read either.
// Zalo has no update id: the message_id is the idempotency key (a redelivery repeats it). It sends no
// language either, so answers are Vietnamese unless a `language_code` on the sender says English.
import * as v from 'valibot';
import { reportedUrlProblem } from '../../reports/url-safety';
import { cutText } from '../cut-text';
import type { InboundUpdate, TiplineAdapter } from '../tipline.types';
import { callBotApi, readCapped, secretHeaderMatches } from './platform-api';

/** Zalo refuses text and captions longer than this (sendMessage/sendPhoto docs). */
export const ZALO_TEXT_LIMIT = 2000;
/** Redirects followed when fetching a photo (each one checked like the first URL). */
const MAX_REDIRECTS = 3;
/** A photo download that takes longer than this is given up (the webhook must answer quickly). */
const PHOTO_TIMEOUT_MS = 10_000;

const id = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))]),
  v.minLength(1),
  v.maxLength(128),
);
const optionalText = v.optional(v.nullable(v.string()));

const zaloMessage = v.object({
  message_id: id,
  from: v.object({
    id,
    display_name: optionalText,
    is_bot: v.optional(v.nullable(v.boolean())),
    language_code: optionalText,
  }),
  chat: v.object({ id, chat_type: optionalText }),
  text: optionalText,
  photo: optionalText,
  photo_url: optionalText,
  caption: optionalText,
});
type ZaloMessage = v.InferOutput<typeof zaloMessage>;

const zaloEvent = v.object({ event_name: v.string(), message: v.optional(v.unknown()) });

/** The event itself, whether it came wrapped in `{ ok, result }` (the docs) or bare (seen live by OpenClaw). */
function unwrap(body: unknown): unknown {
  if (body && typeof body === 'object' && 'result' in body && !('event_name' in body)) {
    const { ok, result } = body as { ok?: unknown; result?: unknown };
    return ok === false ? null : result;
  }
  return body;
}

const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();

function toUpdate(message: ZaloMessage, text: string, photo: string | null): InboundUpdate {
  return {
    platform: 'zalo',
    updateId: message.message_id,
    chatId: message.chat.id,
    messageId: message.message_id,
    lang: /^en\b/i.test(message.from.language_code ?? '') ? 'en' : 'vi',
    text,
    photo,
    // Zalo marks neither forwards nor edits.
    forwarded: false,
    edited: false,
  };
}

/** The part of parse() that reads one event; exported for the tests' table of recorded shapes. */
export function parseZaloEvent(body: unknown): InboundUpdate | null {
  const event = v.safeParse(zaloEvent, unwrap(body));
  if (!event.success) return null;
  const parsed = v.safeParse(zaloMessage, event.output.message);
  if (!parsed.success) return null;
  const message = parsed.output;
  // Private chats only: a receipt or refusal posted into the group where a rumour spreads helps nobody,
  // and Zalo's group support is a beta that only delivers mentions and replies.
  const chatType = clean(message.chat.chat_type).toUpperCase();
  if (chatType !== '' && chatType !== 'PRIVATE') return null;
  if (message.from.is_bot) return null;
  switch (event.output.event_name) {
    case 'message.text.received': {
      const text = clean(message.text);
      return text === '' ? null : toUpdate(message, text, null);
    }
    case 'message.image.received': {
      const photo = clean(message.photo) || clean(message.photo_url);
      return photo === '' ? null : toUpdate(message, clean(message.caption ?? message.text), photo);
    }
    default:
      // message.sticker.received, message.unsupported.received, voice and whatever comes next: ignored (200).
      return null;
  }
}

/** Why a photo URL may not be fetched, or null. The operator's own API base (the local fake) is trusted. */
function photoUrlProblem(url: URL, apiBase: string): string | null {
  try {
    if (url.origin === new URL(apiBase).origin) return null;
  } catch {
    // an unparsable API base trusts nothing
  }
  if (url.protocol !== 'https:') return 'not https';
  return reportedUrlProblem(url.href);
}

/**
 * The photo behind a Zalo image URL. The URL arrives in a webhook whose secret we checked, but it is still
 * someone else's data: https only, no private or loopback hosts, redirects followed by hand and checked the
 * same way, at most `maxBytes` read. Null on any refusal or failure (the intake answers with a polite refusal).
 */
async function fetchZaloPhoto(env: Env, ref: string, maxBytes: number): Promise<Uint8Array | null> {
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    return null;
  }
  const signal = AbortSignal.timeout(PHOTO_TIMEOUT_MS);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (photoUrlProblem(url, env.ZALO_API_BASE) !== null) return null;
      const response = await fetch(url.href, { redirect: 'manual', signal, headers: { accept: 'image/*' } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return null;
        url = new URL(location, url);
        continue;
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        return null;
      }
      const type = (response.headers.get('content-type') ?? '').toLowerCase();
      if (type !== '' && !type.startsWith('image/') && !type.startsWith('application/octet-stream')) {
        await response.body?.cancel();
        return null;
      }
      return await readCapped(response, maxBytes);
    }
    return null;
  } catch {
    return null;
  }
}

export const zaloAdapter: TiplineAdapter = {
  platform: 'zalo',
  configured: (env) => Boolean(env.ZALO_BOT_TOKEN && env.ZALO_WEBHOOK_SECRET),
  verify: (request, env) => secretHeaderMatches(request, 'x-bot-api-secret-token', env.ZALO_WEBHOOK_SECRET),
  parse: parseZaloEvent,
  send(env, message) {
    const token = env.ZALO_BOT_TOKEN ?? '';
    // Zalo has no reply-to parameter; replyTo is dropped. Text and captions are capped at its 2,000 characters.
    const text = cutText(message.text, ZALO_TEXT_LIMIT);
    if (message.photoUrl) {
      return callBotApi(env.ZALO_API_BASE, token, 'sendPhoto', {
        chat_id: message.chatId,
        photo: message.photoUrl,
        ...(text.trim() !== '' ? { caption: text } : {}),
      });
    }
    return callBotApi(env.ZALO_API_BASE, token, 'sendMessage', { chat_id: message.chatId, text });
  },
  fetchPhoto: fetchZaloPhoto,
};
