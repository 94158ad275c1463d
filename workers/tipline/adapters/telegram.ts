// Telegram Bot API (https://core.telegram.org/bots/api): webhook updates in, sendMessage/sendPhoto out.
import * as v from 'valibot';
import type { InboundUpdate, TiplineAdapter } from '../tipline.types';
import { parseCommand } from '../commands';
import { cutText } from '../cut-text';
import { callBotApi, readCapped, secretHeaderMatches } from './platform-api';
import { telegramFile, telegramMessage, telegramUpdate, type TelegramEntity, type TelegramMessage } from './telegram.schemas';

/** Public usernames: 4–32 letters, digits and underscores (t.me/<username>). */
const PUBLIC_USERNAME = /^[A-Za-z0-9_]{4,32}$/;

/** The first link the message marks: a visible URL, or the address behind linked words. */
function markedLink(text: string, entities: TelegramEntity[] | undefined): string | null {
  for (const e of entities ?? []) {
    // Offsets and lengths count UTF-16 code units, as JS strings do.
    if (e.type === 'url') return text.slice(e.offset, e.offset + e.length);
    // Behind words may also be a `tg://user?id=` mention: only web addresses are reportable links.
    if (e.type === 'text_link' && e.url && /^https?:\/\//i.test(e.url)) return e.url;
  }
  return null;
}

/** A forwarded public channel post's own address, t.me/<channel>/<post>. */
function forwardedPostLink(m: TelegramMessage): string | null {
  const origin = m.forward_origin;
  if (origin?.type === 'channel' && origin.chat?.username && origin.message_id && PUBLIC_USERNAME.test(origin.chat.username)) {
    return `https://t.me/${origin.chat.username}/${origin.message_id}`;
  }
  const legacy = m.forward_from_chat;
  if (legacy?.type === 'channel' && legacy.username && m.forward_from_message_id && PUBLIC_USERNAME.test(legacy.username)) {
    return `https://t.me/${legacy.username}/${m.forward_from_message_id}`;
  }
  return null;
}

/** The largest photo size (Telegram lists them small to large, but the sizes say it for sure). */
function largestPhoto(m: TelegramMessage): string | null {
  const sizes = m.photo ?? [];
  let best: (typeof sizes)[number] | undefined;
  const area = (p: (typeof sizes)[number]) => p.file_size ?? (p.width ?? 0) * (p.height ?? 0);
  for (const p of sizes) if (!best || area(p) >= area(best)) best = p;
  return best?.file_id ?? null;
}

/** TELEGRAM_BOT_USERNAME without its @, lowercased; null when not set. */
function ownUsername(env: Env | undefined): string | null {
  const name = env?.TELEGRAM_BOT_USERNAME?.trim().replace(/^@/, '').toLowerCase();
  return name ? name : null;
}

/**
 * A private chat's message, or a group's command addressed to this bot (`/tinmoi@lantoa_bot`).
 * An ordinary group message is never a report: a bot added to a group must not file
 * everything its members say. In a group, a command addressed to another bot (known once
 * TELEGRAM_BOT_USERNAME is set) and an edited command (answered already when first sent)
 * are ignored. Channel posts (the bot as a channel admin) are ignored.
 */
function parseTelegram(body: unknown, env?: Env): InboundUpdate | null {
  const update = v.safeParse(telegramUpdate, body);
  if (!update.success) return null;
  const edited = update.output.message === undefined && update.output.edited_message !== undefined;
  const parsed = v.safeParse(telegramMessage, edited ? update.output.edited_message : update.output.message);
  if (!parsed.success) return null;
  const m = parsed.output;

  const rawText = m.text ?? m.caption ?? '';
  const entities = m.text !== undefined ? m.entities : m.caption_entities;
  // In a group only the command is read: a photo captioned with a command is never filed from there.
  const photo = m.chat.type === 'private' ? largestPhoto(m) : null;
  if (m.chat.type !== 'private') {
    const command = parseCommand(rawText);
    if (!command?.command || !command.addressedTo || m.chat.type === 'channel' || edited) return null;
    const own = ownUsername(env);
    if (own && command.addressedTo.toLowerCase() !== own) return null;
  }
  if (!rawText.trim() && !photo) return null;
  const forwarded = m.forward_origin !== undefined || m.forward_from_chat !== undefined || m.forward_date !== undefined;
  return {
    platform: 'telegram',
    updateId: String(update.output.update_id),
    chatId: String(m.chat.id),
    messageId: String(m.message_id),
    lang: m.from?.language_code?.toLowerCase().startsWith('en') ? 'en' : 'vi',
    text: rawText.normalize('NFC').trim(),
    link: markedLink(rawText, entities) ?? (forwarded ? forwardedPostLink(m) : null),
    photo,
    forwarded,
    edited,
  };
}

export const telegramAdapter: TiplineAdapter = {
  platform: 'telegram',
  configured: (env) => Boolean(env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_WEBHOOK_SECRET),
  verify: (request, env) => secretHeaderMatches(request, 'x-telegram-bot-api-secret-token', env.TELEGRAM_WEBHOOK_SECRET),
  parse: parseTelegram,
  send(env, message) {
    const token = env.TELEGRAM_BOT_TOKEN ?? '';
    const reply = message.replyTo ? { reply_parameters: { message_id: Number(message.replyTo), allow_sending_without_reply: true } } : {};
    if (message.photoUrl) {
      return callBotApi(env.TELEGRAM_API_BASE, token, 'sendPhoto', { chat_id: message.chatId, photo: message.photoUrl, caption: cutText(message.text, 1024), ...reply });
    }
    return callBotApi(env.TELEGRAM_API_BASE, token, 'sendMessage', { chat_id: message.chatId, text: message.text, link_preview_options: { is_disabled: false }, ...reply });
  },
  /** `getFile` for the download path, then `{base}/file/bot<token>/<path>`; too large (said or seen) → null. */
  async fetchPhoto(env, ref, maxBytes) {
    const token = env.TELEGRAM_BOT_TOKEN;
    if (!token) return null;
    const base = env.TELEGRAM_API_BASE.replace(/\/+$/, '');
    try {
      const res = await fetch(`${base}/bot${token}/getFile`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ file_id: ref }),
      });
      const file = v.safeParse(telegramFile, await res.json().catch(() => null));
      if (!res.ok || !file.success) return null;
      const { file_path: path, file_size: size } = file.output.result;
      if (size !== undefined && size > maxBytes) return null;
      const download = await fetch(`${base}/file/bot${token}/${path.split('/').map(encodeURIComponent).join('/')}`);
      if (!download.ok) return null;
      return await readCapped(download, maxBytes);
    } catch {
      // A network failure: no photo. The URL holds the token, so the error is not logged.
      return null;
    }
  },
};
