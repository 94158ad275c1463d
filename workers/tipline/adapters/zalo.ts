// Zalo Bot Platform (https://bot.zaloplatforms.com/docs): webhook events in, sendMessage/sendPhoto out.
import type { TiplineAdapter } from '../tipline.types';
import { callBotApi, secretHeaderMatches } from './platform-api';

export const zaloAdapter: TiplineAdapter = {
  platform: 'zalo',
  configured: (env) => Boolean(env.ZALO_BOT_TOKEN && env.ZALO_WEBHOOK_SECRET),
  verify: (request, env) => secretHeaderMatches(request, 'x-bot-api-secret-token', env.ZALO_WEBHOOK_SECRET),
  parse() {
    // Built by the zalo adapter task (message.text.received, message.image.received, …).
    return null;
  },
  send(env, message) {
    const token = env.ZALO_BOT_TOKEN ?? '';
    if (message.photoUrl) return callBotApi(env.ZALO_API_BASE, token, 'sendPhoto', { chat_id: message.chatId, photo: message.photoUrl, caption: message.text });
    return callBotApi(env.ZALO_API_BASE, token, 'sendMessage', { chat_id: message.chatId, text: message.text });
  },
  async fetchPhoto() {
    return null;
  },
};
