// Telegram Bot API (https://core.telegram.org/bots/api): webhook updates in, sendMessage/sendPhoto out.
import type { TiplineAdapter } from '../tipline.types';
import { callBotApi, secretHeaderMatches } from './platform-api';

export const telegramAdapter: TiplineAdapter = {
  platform: 'telegram',
  configured: (env) => Boolean(env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_WEBHOOK_SECRET),
  verify: (request, env) => secretHeaderMatches(request, 'x-telegram-bot-api-secret-token', env.TELEGRAM_WEBHOOK_SECRET),
  parse() {
    // Built by the telegram intake (message, edited_message, channel_post; forwards; photos).
    return null;
  },
  send(env, message) {
    const token = env.TELEGRAM_BOT_TOKEN ?? '';
    const reply = message.replyTo ? { reply_parameters: { message_id: Number(message.replyTo), allow_sending_without_reply: true } } : {};
    if (message.photoUrl) {
      return callBotApi(env.TELEGRAM_API_BASE, token, 'sendPhoto', { chat_id: message.chatId, photo: message.photoUrl, caption: message.text.slice(0, 1024), ...reply });
    }
    return callBotApi(env.TELEGRAM_API_BASE, token, 'sendMessage', { chat_id: message.chatId, text: message.text, link_preview_options: { is_disabled: false }, ...reply });
  },
  async fetchPhoto() {
    // Built by the telegram intake (getFile, then the file URL).
    return null;
  },
};
