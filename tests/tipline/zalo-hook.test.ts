// POST /hooks/zalo end to end with recorded-shape Zalo bodies. The route is built by the tipline intake
// (tipline.routes.ts, another branch of issue 13): this file runs once both are merged.
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../workers/app';
import { ORIGIN } from '../helpers/http';
import { zaloBare, zaloGroupText, zaloImage, zaloSticker, zaloTextWithLink, zaloUnsupported } from './zalo-payloads';

/** The smallest valid PNG (1×1), as Zalo's CDN would serve a photo. */
const PNG_1X1 = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const SECRET = 'test-zalo-webhook-secret';

let chatCounter = 0;
/** The body moved to a chat of its own, so the per-chat rate limit (10 a minute) never decides a test. */
function inOwnChat<T extends { result: { message: { chat: { id: string }; from: { id: string } } } }>(body: T): T {
  chatCounter += 1;
  const id = `c0ffee${String(chatCounter).padStart(14, '0')}`;
  body.result.message.chat.id = id;
  body.result.message.from.id = id;
  return body;
}
const app = createApp();

function postHook(body: unknown, headers: Record<string, string> = { 'x-bot-api-secret-token': SECRET }, envOverrides: Partial<Env> = {}) {
  const request = new Request(new URL('/hooks/zalo', ORIGIN), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return Promise.resolve(app.fetch(request, { ...env, ...envOverrides }, createExecutionContext()));
}

async function count(sql: string, ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql).bind(...params).first<{ n: number }>();
  return row?.n ?? 0;
}

const reportsFromZalo = () =>
  count(
    `SELECT count(*) AS n FROM tipline_reports tr JOIN tipline_chats tc ON tc.id = tr.chat_ref WHERE tc.platform = 'zalo'`,
  );
const allReports = () => count('SELECT count(*) AS n FROM reports');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('POST /hooks/zalo', () => {
  // Outbound answers go through the queue; a direct Bot API call must not escape to the network either.
  const quietApi = () => vi.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json({ ok: true, result: {} }));

  it('stores one report for a private text with a link, and answers 200', async () => {
    quietApi();
    const before = await reportsFromZalo();
    const res = await postHook(inOwnChat(zaloTextWithLink('1a2b3c4d5e6f7a8b9c01')));
    expect(res.status).toBe(200);
    expect(await reportsFromZalo()).toBe(before + 1);
    const stored = await env.DB.prepare(
      `SELECT r.url AS url FROM reports r JOIN tipline_reports tr ON tr.report_id = r.id WHERE tr.message_id = ?`,
    )
      .bind('1a2b3c4d5e6f7a8b9c01')
      .first<{ url: string }>();
    expect(stored?.url).toContain('facebook.com/share/p/1AbCdEfGh');
  });

  it('stores nothing new when Zalo delivers the same message again (the message id is the key)', async () => {
    quietApi();
    const body = inOwnChat(zaloTextWithLink('2b3c4d5e6f7a8b9c0d12'));
    expect((await postHook(body)).status).toBe(200);
    const reports = await allReports();
    const again = await postHook(body);
    expect(again.status).toBe(200);
    expect(await allReports()).toBe(reports);
  });

  it('treats the bare event like the documented envelope (one report between them)', async () => {
    quietApi();
    const wrapped = inOwnChat(zaloTextWithLink('3c4d5e6f7a8b9c0d1e23'));
    expect((await postHook(wrapped)).status).toBe(200);
    const reports = await allReports();
    expect((await postHook(zaloBare('message.text.received', wrapped.result.message))).status).toBe(200);
    expect(await allReports()).toBe(reports);
  });

  it('refuses a wrong or missing secret with 401 and stores nothing', async () => {
    const spy = quietApi();
    const before = await allReports();
    expect((await postHook(zaloTextWithLink('4d5e6f7a8b9c0d1e2f34'), { 'x-bot-api-secret-token': 'not-the-secret' })).status).toBe(401);
    expect((await postHook(zaloTextWithLink('4d5e6f7a8b9c0d1e2f35'), {})).status).toBe(401);
    // Telegram's header is not Zalo's.
    expect((await postHook(zaloTextWithLink('4d5e6f7a8b9c0d1e2f36'), { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(401);
    expect(await allReports()).toBe(before);
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['a sticker', zaloSticker()],
    ['an unsupported message', zaloUnsupported()],
    ['a group message', zaloGroupText('@Bot https://example.com/group-rumour')],
    ['an unknown event', { ok: true, result: { event_name: 'user.follow' } }],
  ])('answers 200 to %s and stores nothing', async (_, body) => {
    quietApi();
    const before = await allReports();
    expect((await postHook(body)).status).toBe(200);
    expect(await allReports()).toBe(before);
  });

  it('stores a photo with its caption as a report with a screenshot, fetched from the photo URL', async () => {
    const photoUrl = 'https://f27-zpc.zdn.vn/7324234751576943730/hook-test.jpg';
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url === photoUrl) return new Response(PNG_1X1, { headers: { 'content-type': 'image/png' } });
      return Response.json({ ok: true, result: {} });
    });
    const body = inOwnChat(zaloImage('Ảnh chụp bài đăng: uống nước chanh nóng chữa ung thư', photoUrl));
    body.result.message.message_id = '6f7a8b9c0d1e2f3a4b56';
    const res = await postHook(body);
    expect(res.status).toBe(200);
    expect(spy.mock.calls.some(([input]) => String(input instanceof Request ? input.url : input) === photoUrl)).toBe(true);
    const stored = await env.DB.prepare(
      `SELECT r.screenshot_key AS key FROM reports r JOIN tipline_reports tr ON tr.report_id = r.id WHERE tr.message_id = ?`,
    )
      .bind('6f7a8b9c0d1e2f3a4b56')
      .first<{ key: string | null }>();
    expect(stored?.key).toBeTruthy();
  });

  it('stores nothing from a body over 64 KB', async () => {
    quietApi();
    const before = await allReports();
    const huge = zaloTextWithLink('7a8b9c0d1e2f3a4b5c67');
    (huge.result.message as Record<string, unknown>).text = `https://example.com/huge ${'a'.repeat(70 * 1024)}`;
    const res = await postHook(huge);
    // 413, or 200 so Zalo does not retry it forever: either way it is not taken.
    expect([200, 413]).toContain(res.status);
    expect(await allReports()).toBe(before);
  });

  it('answers 404 when no Zalo token is set', async () => {
    const res = await postHook(zaloTextWithLink('5e6f7a8b9c0d1e2f3a45'), { 'x-bot-api-secret-token': SECRET }, { ZALO_BOT_TOKEN: undefined });
    expect(res.status).toBe(404);
  });
});
