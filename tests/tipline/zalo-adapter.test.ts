// The Zalo adapter on its own: recorded-shape webhook bodies → updates (or null, answered 200 and ignored),
// the photo download's limits, and what send() asks of the Bot API.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zaloAdapter, ZALO_TEXT_LIMIT } from '../../workers/tipline/adapters/zalo';
import {
  ZALO_USER_ID,
  zaloBare,
  zaloGroupText,
  zaloImage,
  zaloSticker,
  zaloText,
  zaloTextWithLink,
  zaloUnsupported,
  zaloWrapped,
} from './zalo-payloads';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Zalo webhook bodies that become reports or commands', () => {
  it('reads a private text message as an update keyed by its message id, in Vietnamese', () => {
    expect(zaloAdapter.parse(zaloText('  Tin này có thật không?  '))).toEqual({
      platform: 'zalo',
      updateId: '2d758cb5e222177a4e35',
      chatId: ZALO_USER_ID,
      messageId: '2d758cb5e222177a4e35',
      lang: 'vi',
      text: 'Tin này có thật không?',
      photo: null,
      forwarded: false,
      edited: false,
    });
  });

  it('keeps a link inside the text for the intake to find', () => {
    const update = zaloAdapter.parse(zaloTextWithLink());
    expect(update?.text).toContain('https://www.facebook.com/share/p/1AbCdEfGh/');
    expect(update?.updateId).toBe('7f3a0c1e9b2d4a6c8e01');
  });

  it('reads the bare event too (the live webhook as OpenClaw sees it), the same as the documented envelope', () => {
    const wrapped = zaloTextWithLink();
    expect(zaloAdapter.parse(wrapped.result)).toEqual(zaloAdapter.parse(wrapped));
    expect(zaloAdapter.parse(wrapped.result)).not.toBeNull();
  });

  it('reads an image with its caption: the photo URL is the reference fetchPhoto takes', () => {
    const update = zaloAdapter.parse(zaloImage('Ảnh chụp bài đăng lừa đảo'));
    expect(update).toMatchObject({
      photo: 'https://f27-zpc.zdn.vn/7324234751576943730/71fd237d1624b07ae935.jpg',
      text: 'Ảnh chụp bài đăng lừa đảo',
      updateId: '82599fa32f56d00e8941',
    });
  });

  it('reads an image without a caption as a photo with empty text', () => {
    expect(zaloAdapter.parse(zaloImage(undefined))).toMatchObject({ text: '', photo: expect.stringMatching(/^https:\/\//) });
  });

  it('takes the photo from `photo_url` when that is the field name (python-zalo-bot)', () => {
    const body = zaloBare('message.image.received', { photo_url: 'https://b-f13-zpc.zdn.vn/1/abc.jpg', caption: 'xem' });
    expect(zaloAdapter.parse(body)).toMatchObject({ photo: 'https://b-f13-zpc.zdn.vn/1/abc.jpg', text: 'xem' });
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = 'Tin giả'.normalize('NFD');
    expect(zaloAdapter.parse(zaloText(decomposed))?.text).toBe('Tin giả'.normalize('NFC'));
  });

  it('answers in English only when the sender says English', () => {
    const body = zaloText('is this true?');
    const english = { ...body, result: { ...body.result, message: { ...body.result.message, from: { ...body.result.message.from, language_code: 'en-US' } } } };
    expect(zaloAdapter.parse(english)?.lang).toBe('en');
  });
});

describe('Zalo webhook bodies the bot ignores (answered 200, nothing stored)', () => {
  const ignored: [string, unknown][] = [
    ['a sticker', zaloSticker()],
    ['an unsupported message (content withheld by Zalo)', zaloUnsupported()],
    ['a message in a group', zaloGroupText('@Bot tin này thật không? https://example.com/x')],
    ['a voice message', zaloWrapped('message.voice.received', { voice_url: 'https://example.com/a.aac' })],
    ['an unknown event', zaloWrapped('user.follow', {})],
    ['a message from a bot', zaloWrapped('message.text.received', { text: 'hi', from: { id: 'b0', is_bot: true } })],
    ['an image without a photo URL', zaloWrapped('message.image.received', { caption: 'no photo' })],
    ['an empty text', zaloText('   ')],
    ['a failed envelope', { ok: false, error_code: 500, description: 'oops' }],
    ['a message without a chat', { event_name: 'message.text.received', message: { message_id: '1', from: { id: 'x' }, text: 'hi' } }],
    ['a chat id that is an object', zaloWrapped('message.text.received', { text: 'hi' }, { id: {} as unknown as string })],
    ['an event name that is not a string', { event_name: 42, message: {} }],
    ['null', null],
    ['a string', 'message.text.received'],
    ['an array', [zaloText('hi')]],
    ['an empty object', {}],
  ];
  it.each(ignored)('ignores %s', (_, body) => {
    expect(zaloAdapter.parse(body)).toBeNull();
  });
});

const PHOTO_URL = 'https://f27-zpc.zdn.vn/7324234751576943730/71fd237d1624b07ae935.jpg';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6]);

/** Stub fetch: each URL answers from the table; every request is recorded. */
function stubFetch(routes: Record<string, () => Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, init });
    const answer = routes[url];
    return answer ? answer() : new Response('not here', { status: 404 });
  });
  return { calls, spy };
}

describe('fetchPhoto', () => {
  it('returns the bytes of a public https image', async () => {
    const { calls } = stubFetch({ [PHOTO_URL]: () => new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } }) });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toEqual(JPEG);
    expect(calls[0]?.init?.redirect).toBe('manual');
  });

  it('refuses an image whose Content-Length is over the cap, before reading it', async () => {
    stubFetch({ [PHOTO_URL]: () => new Response(new Uint8Array(2048), { headers: { 'content-type': 'image/jpeg', 'content-length': '2048' } }) });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toBeNull();
  });

  it('stops reading an image that grows past the cap without saying its length', async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(512));
      },
    });
    stubFetch({ [PHOTO_URL]: () => new Response(endless, { headers: { 'content-type': 'image/jpeg' } }) });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 4096)).toBeNull();
  });

  it('accepts an image of exactly the cap', async () => {
    stubFetch({ [PHOTO_URL]: () => new Response(new Uint8Array(1024), { headers: { 'content-type': 'image/png' } }) });
    expect((await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024))?.byteLength).toBe(1024);
  });

  it.each([
    ['plain http', 'http://f27-zpc.zdn.vn/a.jpg'],
    ['loopback', 'https://127.0.0.1/a.jpg'],
    ['localhost', 'https://localhost/a.jpg'],
    ['a private network', 'https://192.168.1.10/a.jpg'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', 'https://[::1]/a.jpg'],
    ['a file URL', 'file:///etc/passwd'],
    ['credentials in the URL', 'https://user:pass@f27-zpc.zdn.vn/a.jpg'],
    ['not a URL', 'AgADBAADr6cxG'],
  ])('refuses %s without fetching', async (_, ref) => {
    const { spy } = stubFetch({});
    expect(await zaloAdapter.fetchPhoto(env, ref, 1024)).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  it('follows a redirect to another public https address', async () => {
    const next = 'https://b-f13-zpc.zdn.vn/7324234751576943730/71fd237d1624b07ae935.jpg';
    stubFetch({
      [PHOTO_URL]: () => new Response(null, { status: 302, headers: { location: next } }),
      [next]: () => new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } }),
    });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toEqual(JPEG);
  });

  it.each([
    ['another scheme', 'http://b-f13-zpc.zdn.vn/a.jpg'],
    ['a loopback host', 'https://127.0.0.1:8080/a.jpg'],
    ['a private host', 'https://10.0.0.5/a.jpg'],
  ])('refuses a redirect to %s, never requesting it', async (_, target) => {
    const { calls } = stubFetch({ [PHOTO_URL]: () => new Response(null, { status: 301, headers: { location: target } }) });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toBeNull();
    expect(calls.map((c) => c.url)).toEqual([PHOTO_URL]);
  });

  it('gives up after a few redirects', async () => {
    const hop = (n: number) => `https://f27-zpc.zdn.vn/hop-${n}.jpg`;
    const routes: Record<string, () => Response> = { [PHOTO_URL]: () => new Response(null, { status: 302, headers: { location: hop(1) } }) };
    for (let n = 1; n < 10; n++) routes[hop(n)] = () => new Response(null, { status: 302, headers: { location: hop(n + 1) } });
    const { calls } = stubFetch(routes);
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toBeNull();
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it('refuses an error answer and a page that is not an image', async () => {
    stubFetch({ [PHOTO_URL]: () => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } }) });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toBeNull();
    vi.restoreAllMocks();
    stubFetch({ [PHOTO_URL]: () => new Response('gone', { status: 404 }) });
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toBeNull();
  });

  it('returns null when the network fails', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('network down'));
    expect(await zaloAdapter.fetchPhoto(env, PHOTO_URL, 1024)).toBeNull();
  });

  it('trusts the configured API base over plain http (the local fake messenger)', async () => {
    const local = 'http://127.0.0.1:8790/file/sample.png';
    stubFetch({ [local]: () => new Response(JPEG, { headers: { 'content-type': 'image/png' } }) });
    expect(await zaloAdapter.fetchPhoto({ ...env, ZALO_API_BASE: 'http://127.0.0.1:8790' }, local, 1024)).toEqual(JPEG);
    expect(await zaloAdapter.fetchPhoto(env, local, 1024)).toBeNull();
  });
});

const API = 'https://zalo.fake/bot654321:test-zalo-token';

describe('send', () => {
  it('sends text with sendMessage: chat_id and text, no reply parameter Zalo does not have', async () => {
    const { calls } = stubFetch({ [`${API}/sendMessage`]: () => Response.json({ ok: true, result: { message_id: 'm1', date: 1 } }) });
    const result = await zaloAdapter.send(env, { platform: 'zalo', chatId: ZALO_USER_ID, text: 'Đã nhận. Mã: AB12', replyTo: 'x', purpose: 'receipt' });
    expect(result).toEqual({ kind: 'sent' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ chat_id: ZALO_USER_ID, text: 'Đã nhận. Mã: AB12' });
  });

  it('cuts text to Zalo’s 2,000 characters', async () => {
    const { calls } = stubFetch({ [`${API}/sendMessage`]: () => Response.json({ ok: true }) });
    await zaloAdapter.send(env, { platform: 'zalo', chatId: ZALO_USER_ID, text: 'a'.repeat(4000), purpose: 'command' });
    expect((JSON.parse(String(calls[0]?.init?.body)) as { text: string }).text).toHaveLength(ZALO_TEXT_LIMIT);
  });

  it('sends a card with sendPhoto: chat_id, photo (its URL) and caption', async () => {
    const { calls } = stubFetch({ [`${API}/sendPhoto`]: () => Response.json({ ok: true }) });
    const photoUrl = 'https://lantoa.test/cards/rebuttal/12.png';
    await zaloAdapter.send(env, { platform: 'zalo', chatId: ZALO_USER_ID, text: 'Tin giả. Chia sẻ thẻ này', photoUrl, purpose: 'rebuttal' });
    expect(calls[0]?.url).toBe(`${API}/sendPhoto`);
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ chat_id: ZALO_USER_ID, photo: photoUrl, caption: 'Tin giả. Chia sẻ thẻ này' });
  });

  it('leaves out an empty caption (Zalo wants 1 to 2,000 characters)', async () => {
    const { calls } = stubFetch({ [`${API}/sendPhoto`]: () => Response.json({ ok: true }) });
    await zaloAdapter.send(env, { platform: 'zalo', chatId: ZALO_USER_ID, text: '', photoUrl: 'https://lantoa.test/c.png', purpose: 'rebuttal' });
    expect(JSON.parse(String(calls[0]?.init?.body))).not.toHaveProperty('caption');
  });

  it('waits the time a 429 asks for', async () => {
    stubFetch({
      [`${API}/sendMessage`]: () => Response.json({ ok: false, error_code: 429, description: 'Quota exceeded', parameters: { retry_after: 7 } }, { status: 429 }),
    });
    const result = await zaloAdapter.send(env, { platform: 'zalo', chatId: ZALO_USER_ID, text: 'x', purpose: 'verdict' });
    expect(result).toMatchObject({ kind: 'retry', afterSeconds: 7 });
  });

  it('retries a 429 that names no wait after the Retry-After header', async () => {
    stubFetch({ [`${API}/sendMessage`]: () => Response.json({ ok: false, error_code: 429 }, { status: 429, headers: { 'retry-after': '30' } }) });
    expect(await zaloAdapter.send(env, { platform: 'zalo', chatId: ZALO_USER_ID, text: 'x', purpose: 'verdict' })).toMatchObject({ kind: 'retry', afterSeconds: 30 });
  });

  it('gives up on a chat Zalo refuses (400)', async () => {
    stubFetch({ [`${API}/sendMessage`]: () => Response.json({ ok: false, error_code: 400, description: 'Bad request' }, { status: 400 }) });
    expect(await zaloAdapter.send(env, { platform: 'zalo', chatId: 'nobody', text: 'x', purpose: 'verdict' })).toMatchObject({ kind: 'gone' });
  });
});

describe('verify and configured', () => {
  const hook = (headers: Record<string, string>) => new Request('https://lantoa.test/hooks/zalo', { method: 'POST', headers });
  it('accepts only the configured secret in X-Bot-Api-Secret-Token', async () => {
    expect(await zaloAdapter.verify(hook({ 'x-bot-api-secret-token': 'test-zalo-webhook-secret' }), env)).toBe(true);
    expect(await zaloAdapter.verify(hook({ 'x-bot-api-secret-token': 'wrong' }), env)).toBe(false);
    expect(await zaloAdapter.verify(hook({}), env)).toBe(false);
    // Telegram's header name does not count for Zalo.
    expect(await zaloAdapter.verify(hook({ 'x-telegram-bot-api-secret-token': 'test-zalo-webhook-secret' }), env)).toBe(false);
  });
  it('is off without a token or a secret', () => {
    expect(zaloAdapter.configured(env)).toBe(true);
    expect(zaloAdapter.configured({ ...env, ZALO_BOT_TOKEN: undefined })).toBe(false);
    expect(zaloAdapter.configured({ ...env, ZALO_WEBHOOK_SECRET: undefined })).toBe(false);
  });
});
