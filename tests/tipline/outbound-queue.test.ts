// The outbound tipline queue against a fake Bot API: sent once, 429 waited out as long as the
// platform asks, 5xx backed off, a blocked chat dropped, malformed bodies dropped, and after its
// retries a message is parked in D1 for a replay. Logs never carry the chat id or the text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { queueDeadLetters } from '../../schema';
import { replayableQueues } from '../../workers/jobs/queues';
import { DEAD_LETTER_MAX_RETRIES, MAX_RETRIES, retryDelaySeconds } from '../../workers/jobs/queue-policy';
import wranglerToml from '../../wrangler.toml?raw';
import { BLOCKED, db, deliver, fakePlatforms, OUT_QUEUE, SERVER_ERROR, tooManyRequests } from './outbound-harness';

const CHAT = '987654321';
const receipt = (overrides: Record<string, unknown> = {}) => ({
  platform: 'telegram',
  chatId: CHAT,
  text: 'Đã nhận báo cáo của bạn. Mã tra cứu: LT-7K3M-9QXA',
  replyTo: '42',
  purpose: 'receipt',
  ...overrides,
});

const logs = {
  log: vi.spyOn(console, 'log').mockImplementation(() => {}),
  warn: vi.spyOn(console, 'warn').mockImplementation(() => {}),
  error: vi.spyOn(console, 'error').mockImplementation(() => {}),
};
const logged = () => [...logs.log.mock.calls, ...logs.warn.mock.calls, ...logs.error.mock.calls].map((args) => args.map(String).join(' ')).join('\n');

let fake: ReturnType<typeof fakePlatforms> | undefined;
afterEach(() => {
  fake?.restore();
  fake = undefined;
});

describe('a queued receipt', () => {
  it('is sent as a Telegram sendMessage replying to the report, then acked', async () => {
    fake = fakePlatforms();
    const result = await deliver(OUT_QUEUE, [{ id: 'm-receipt', body: receipt() }]);
    expect(result.acked).toEqual(['m-receipt']);
    expect(result.retried).toEqual([]);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({
      host: 'telegram.fake',
      method: 'sendMessage',
      body: { chat_id: CHAT, text: receipt().text, reply_parameters: { message_id: 42, allow_sending_without_reply: true } },
    });
    // Personal data stays out of the logs: platform, purpose and outcome only.
    expect(logged()).toContain('telegram receipt sent');
    expect(logged()).not.toContain(CHAT);
    expect(logged()).not.toContain('LT-7K3M');
  });

  it('goes to Zalo through its own API', async () => {
    fake = fakePlatforms();
    const result = await deliver(OUT_QUEUE, [{ id: 'm-zalo', body: receipt({ platform: 'zalo', chatId: 'zalo-user-abc', replyTo: null }) }]);
    expect(result.acked).toEqual(['m-zalo']);
    expect(fake.calls).toEqual([{ host: 'zalo.fake', method: 'sendMessage', body: { chat_id: 'zalo-user-abc', text: receipt().text } }]);
  });
});

describe('the platform says 429 Too Many Requests', () => {
  it('is retried no sooner than retry_after asks, and sent once on the next delivery', async () => {
    fake = fakePlatforms([tooManyRequests(7)]);
    const first = await deliver(OUT_QUEUE, [{ id: 'm-429', body: receipt(), attempts: 1 }]);
    expect(first.acked).toEqual([]);
    expect(first.retried).toEqual(['m-429']);
    expect(first.delays.get('m-429')).toBeGreaterThanOrEqual(7);

    const second = await deliver(OUT_QUEUE, [{ id: 'm-429', body: receipt(), attempts: 2 }]);
    expect(second.acked).toEqual(['m-429']);
    expect(fake.calls.map((c) => c.method)).toEqual(['sendMessage', 'sendMessage']);
  });

  it('waits the longer of retry_after and the queue backoff', async () => {
    fake = fakePlatforms([tooManyRequests(3)]);
    const later = await deliver(OUT_QUEUE, [{ id: 'm-429-late', body: receipt(), attempts: 4 }]);
    expect(later.delays.get('m-429-late')).toBe(retryDelaySeconds(4));
  });

  it('stops sending to that platform for the rest of the batch; the other platform still gets its message', async () => {
    fake = fakePlatforms([tooManyRequests(30)]);
    const result = await deliver(OUT_QUEUE, [
      { id: 'tg-1', body: receipt() },
      { id: 'tg-2', body: receipt({ chatId: '111111111' }) },
      { id: 'zl-1', body: receipt({ platform: 'zalo', chatId: 'zalo-user-xyz' }) },
      { id: 'tg-3', body: receipt({ chatId: '222222222' }) },
    ]);
    expect(fake.calls.map((c) => `${c.host} ${c.method}`)).toEqual(['telegram.fake sendMessage', 'zalo.fake sendMessage']);
    expect(result.acked).toEqual(['zl-1']);
    expect(result.retried.sort()).toEqual(['tg-1', 'tg-2', 'tg-3']);
    for (const id of ['tg-1', 'tg-2', 'tg-3']) expect(result.delays.get(id)).toBe(30);
  });
});

describe('the platform fails or refuses', () => {
  it('a 500 is retried with the queue backoff (growing with the attempt)', async () => {
    fake = fakePlatforms([SERVER_ERROR, SERVER_ERROR]);
    const first = await deliver(OUT_QUEUE, [{ id: 'm-500', body: receipt(), attempts: 1 }]);
    expect(first.retried).toEqual(['m-500']);
    expect(first.delays.get('m-500')).toBe(retryDelaySeconds(1));
    const third = await deliver(OUT_QUEUE, [{ id: 'm-500', body: receipt(), attempts: 3 }]);
    expect(third.delays.get('m-500')).toBe(retryDelaySeconds(3));
    expect(retryDelaySeconds(3)).toBeGreaterThan(retryDelaySeconds(1));
  });

  it('a network failure is retried too', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Network connection lost.'));
    try {
      const result = await deliver(OUT_QUEUE, [{ id: 'm-net', body: receipt() }]);
      expect(result.retried).toEqual(['m-net']);
      expect(result.acked).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('a 403 (the user blocked the bot) is acked and never retried, and the log names no chat', async () => {
    fake = fakePlatforms([BLOCKED]);
    const result = await deliver(OUT_QUEUE, [{ id: 'm-403', body: receipt({ purpose: 'verdict' }) }]);
    expect(result.acked).toEqual(['m-403']);
    expect(result.retried).toEqual([]);
    expect(fake.calls).toHaveLength(1);
    expect(logged()).toContain('telegram verdict dropped');
    expect(logged()).not.toContain(CHAT);
  });
});

describe('a malformed message', () => {
  it.each([
    ['not an object', 'hello'],
    ['an unknown platform', receipt({ platform: 'viber' })],
    ['no chat id', receipt({ chatId: '' })],
    ['an unknown purpose', receipt({ purpose: 'spam' })],
    ['a photo that is not a URL', receipt({ photoUrl: 'card.png' })],
  ])('(%s) is acked without a call to the platform', async (_why, body) => {
    fake = fakePlatforms();
    const result = await deliver(OUT_QUEUE, [{ id: `bad-${crypto.randomUUID()}`, body }]);
    expect(result.acked).toHaveLength(1);
    expect(result.retried).toEqual([]);
    expect(fake.calls).toEqual([]);
  });
});

describe('a message that fails every retry', () => {
  it('gets the same retries and dead-letter queue as every other queue (wrangler.toml)', () => {
    const consumers = wranglerToml.split('[[queues.consumers]]').slice(1).map((b) => b.split('\n[')[0] ?? '');
    const consumerOf = (queue: string) => consumers.find((b) => b.split('\n').includes(`queue = "${queue}"`));
    expect(consumerOf(OUT_QUEUE)).toContain(`max_retries = ${MAX_RETRIES}`);
    expect(consumerOf(OUT_QUEUE)).toContain(`dead_letter_queue = "${OUT_QUEUE}-dlq"`);
    expect(consumerOf(`${OUT_QUEUE}-dlq`)).toContain(`max_retries = ${DEAD_LETTER_MAX_RETRIES}`);
  });

  it('is retried on its last delivery (the platform then dead-letters it), parked in D1 and replayable', async () => {
    fake = fakePlatforms(Array.from({ length: MAX_RETRIES + 1 }, () => SERVER_ERROR));
    const id = `m-dead-${crypto.randomUUID()}`;
    const body = receipt({ purpose: 'verdict' });
    for (let attempts = 1; attempts <= MAX_RETRIES + 1; attempts++) {
      const result = await deliver(OUT_QUEUE, [{ id, body, attempts }]);
      expect(result.retried).toEqual([id]);
    }
    expect(fake.calls).toHaveLength(MAX_RETRIES + 1);

    const parked = await deliver(`${OUT_QUEUE}-dlq`, [{ id, body }]);
    expect(parked.retried).toEqual([]);
    const [row] = await db().select().from(queueDeadLetters).where(eq(queueDeadLetters.messageId, id));
    expect(row).toMatchObject({ queue: OUT_QUEUE, attempts: MAX_RETRIES + 1, body: JSON.stringify(body) });
    expect(row?.error).toContain('sendMessage 500');
    // `npm run queues:replay` sends it back through the tipline queue's producer.
    expect(replayableQueues(env)[OUT_QUEUE]).toBe(env.TIPLINE_QUEUE);
  });
});
