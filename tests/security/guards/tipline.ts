import type { DomainGuards } from './types';

/** The tipline bots' webhooks: public, but only with the platform's shared secret header (else 401). */
export const tiplineGuards: DomainGuards = {
  domain: 'tipline',
  public: [
    {
      method: 'POST',
      path: '/hooks/telegram',
      why: 'Telegram delivers bot updates here; the X-Telegram-Bot-Api-Secret-Token header is checked in constant time (401 without it)',
      headers: { 'x-telegram-bot-api-secret-token': 'test-telegram-webhook-secret' },
    },
    {
      method: 'POST',
      path: '/hooks/zalo',
      why: 'Zalo delivers bot events here; the X-Bot-Api-Secret-Token header is checked in constant time (401 without it)',
      headers: { 'x-bot-api-secret-token': 'test-zalo-webhook-secret' },
    },
  ],
  guarded: [],
};
