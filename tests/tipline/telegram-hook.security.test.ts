import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../workers/app';
import { failingD1, failingR2 } from '../helpers/outage';
import { JPEG_BYTES } from '../reports/helpers';
import { countRows, fakeTelegramFiles, messageUpdate, nextId, postTelegram, reportsOfChat, TELEGRAM_SECRET, TELEGRAM_TOKEN, updateHandled } from './helpers';

// The webhook is public but secret-checked: a wrong secret stores nothing, an oversized body
// is refused before it is read, a bot without a token does not exist, a flood from one chat is
// refused once, and a storage outage asks Telegram to retry with nothing half-written.

afterEach(() => {
  vi.restoreAllMocks();
});

const withLink = (chatId: number, n = 0) => messageUpdate({ text: `https://example.com/bao-mat-${chatId}-${n}` }, { chatId });

async function storedTotals() {
  return Promise.all([countRows('reports'), countRows('tipline_chats'), countRows('tipline_reports'), countRows('tipline_updates')]);
}

describe('the secret header', () => {
  it.each([
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': 'guessed-secret' }],
    ['the secret with different case', { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET.toUpperCase() }],
    ['no secret', {}],
    ['the secret in another header', { 'x-bot-api-secret-token': TELEGRAM_SECRET }],
  ])('%s gets a 401 problem and nothing is stored or said', async (_name, secretHeader) => {
    const before = await storedTotals();
    const { res, sent } = await postTelegram(withLink(nextId()), { headers: { 'content-type': 'application/json', ...secretHeader } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(sent).toEqual([]);
    expect(await storedTotals()).toEqual(before);
  });

  it('is the Zalo hook’s own: Telegram’s secret does not open /hooks/zalo', async () => {
    const res = await createApp().request('/hooks/zalo', { method: 'POST', headers: { 'x-bot-api-secret-token': TELEGRAM_SECRET }, body: '{}' }, env, createExecutionContext());
    expect(res.status).toBe(401);
  });
});

describe('the body limit', () => {
  it('refuses a 70 KB body with 413 before the secret is even checked, storing nothing', async () => {
    const chatId = nextId();
    const big = messageUpdate({ text: `https://example.com/lon ${'x'.repeat(70 * 1024)}` }, { chatId });
    const right = await postTelegram(big);
    expect(right.res.status).toBe(413);
    expect(right.res.headers.get('content-type')).toContain('application/problem+json');
    const wrong = await postTelegram(big, { headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'nope' } });
    expect(wrong.res.status).toBe(413);
    expect(right.sent).toEqual([]);
    expect(await reportsOfChat(chatId)).toEqual([]);
  });

  it('refuses a streamed body (no Content-Length) that runs over 64 KB', async () => {
    const chatId = nextId();
    const bytes = new TextEncoder().encode(JSON.stringify(messageUpdate({ text: `https://example.com/dong ${'y'.repeat(70 * 1024)}` }, { chatId })));
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const { res } = await postTelegram(body);
    expect(res.status).toBe(413);
    expect(await reportsOfChat(chatId)).toEqual([]);
  });
});

describe('a bot without its token or secret', () => {
  it.each([
    ['no token', { TELEGRAM_BOT_TOKEN: undefined }],
    ['no webhook secret', { TELEGRAM_WEBHOOK_SECRET: undefined }],
  ])('with %s, the hook answers 404 whatever is sent', async (_name, overrides) => {
    const chatId = nextId();
    const { res, sent } = await postTelegram(withLink(chatId), { env: overrides });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(sent).toEqual([]);
    expect(await reportsOfChat(chatId)).toEqual([]);
    // Zalo, still configured, is unaffected.
    const zalo = await createApp().request('/hooks/zalo', { method: 'POST', headers: { 'x-bot-api-secret-token': 'test-zalo-webhook-secret' }, body: '{}' }, { ...env, ...overrides }, createExecutionContext());
    expect(zalo.status).toBe(200);
  });
});

describe('sessions and CSRF', () => {
  it('neither refuses nor looks at a webhook: a foreign Origin, a stray cookie or a bad bearer token change nothing', async () => {
    const chatId = nextId();
    const { res, sent } = await postTelegram(withLink(chatId), {
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': TELEGRAM_SECRET,
        origin: 'https://evil.example',
        cookie: 'lt_session=not-a-session',
        authorization: 'Bearer not-a-token',
      },
    });
    expect(res.status).toBe(200);
    expect(sent[0]).toMatchObject({ purpose: 'receipt' });
    expect(await reportsOfChat(chatId)).toHaveLength(1);
  });
});

describe('the per-chat limit', () => {
  it('takes 10 messages a minute from a chat, refuses the 11th once, then stays silent; other chats go on', async () => {
    const chatId = nextId();
    const purposes: unknown[] = [];
    for (let i = 0; i < 13; i++) {
      const update = i === 11 ? messageUpdate({ text: '/trangthai LT-2222-2222' }, { chatId }) : withLink(chatId, i);
      const { res, sent } = await postTelegram(update, { env: { TIPLINE_LIMITER: undefined } });
      expect(res.status).toBe(200);
      purposes.push(sent.map((m) => m.purpose));
    }
    expect(purposes).toEqual([...Array.from({ length: 10 }, () => ['receipt']), ['refusal'], [], []]);
    expect(await reportsOfChat(chatId)).toHaveLength(10);
    const other = nextId();
    const { sent } = await postTelegram(withLink(other), { env: { TIPLINE_LIMITER: undefined } });
    expect(sent[0]).toMatchObject({ purpose: 'receipt' });
  });

  it('says so in the chat’s language', async () => {
    const chatId = nextId();
    let last: Record<string, unknown>[] = [];
    for (let i = 0; i < 11; i++) last = (await postTelegram(messageUpdate({ text: '/start' }, { chatId, lang: 'en' }), { env: { TIPLINE_LIMITER: undefined } })).sent;
    expect(String(last[0]?.text)).toContain('Please wait a minute');
  });
});

describe('a storage outage', () => {
  it('D1 down: 503 with Retry-After, nothing stored or said; the retry then files it once', async () => {
    const chatId = nextId();
    fakeTelegramFiles({ shot: { bytes: JPEG_BYTES } });
    const update = messageUpdate({ text: 'https://example.com/d1-sap', photo: [{ file_id: 'shot', file_unique_id: 's' }] }, { chatId });
    const listed = async () => (await env.MEDIA.list({ prefix: 'reports/screenshots/' })).objects.length;
    const objectsBefore = await listed();
    for (const mode of ['all', 'writes'] as const) {
      const { res, sent } = await postTelegram(update, { env: { DB: failingD1(mode) } });
      expect(res.status, mode).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(sent).toEqual([]);
    }
    expect(await reportsOfChat(chatId)).toEqual([]);
    expect(await updateHandled(update.update_id)).toBe(false);
    // The screenshot stored before the failed batch was taken back.
    expect(await listed()).toBe(objectsBefore);

    const retry = await postTelegram(update);
    expect(retry.res.status).toBe(200);
    expect(retry.sent).toHaveLength(1);
    expect(await reportsOfChat(chatId)).toHaveLength(1);
  });

  it('R2 down: 503, nothing stored', async () => {
    const chatId = nextId();
    fakeTelegramFiles({ r2: { bytes: JPEG_BYTES } });
    const update = messageUpdate({ caption: 'https://example.com/r2-sap', photo: [{ file_id: 'r2', file_unique_id: 'r' }] }, { chatId });
    const { res, sent } = await postTelegram(update, { env: { MEDIA: failingR2(['put']) } });
    expect(res.status).toBe(503);
    expect(sent).toEqual([]);
    expect(await reportsOfChat(chatId)).toEqual([]);
    expect(await updateHandled(update.update_id)).toBe(false);
  });
});

describe('the bot token', () => {
  it('is never logged, even when the Bot API cannot be reached', async () => {
    const logged: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args));
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      throw new TypeError(`connect failed: ${input instanceof Request ? input.url : String(input)}`);
    });
    const chatId = nextId();
    const { res, sent } = await postTelegram(messageUpdate({ caption: 'https://example.com/mat-mang', photo: [{ file_id: 'x', file_unique_id: 'x' }] }, { chatId }));
    expect(res.status).toBe(200);
    expect(sent[0]).toMatchObject({ purpose: 'refusal' });
    const text = JSON.stringify(logged, (_k, v: unknown) => (v instanceof Error ? `${v.message} ${String(v.cause)}` : v));
    expect(text).not.toContain(TELEGRAM_TOKEN);
    expect(text).not.toContain(TELEGRAM_SECRET);
  });
});

