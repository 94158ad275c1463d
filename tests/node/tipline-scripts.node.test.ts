// The tipline's Node-side tools against local servers: `npm run tipline:register` talks to the fake
// messenger as it would to Telegram or Zalo, and `npm run tipline:fake -- send` posts to a stand-in hub.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeMessenger, type FakeMessenger } from '../../scripts/lib/tipline-fake';
import { ROOT } from '../../scripts/lib/tipline-settings';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TOKEN = '123456:AAH-very-secret-token-part';
const ZALO_TOKEN = '654321:zalo-secret-token-part';
const SECRET = 'hook_secret-0123456789';

type Run = { code: number; stdout: string; stderr: string };

/** Run a script with only the variables given (plus PATH), never the developer's .dev.vars. */
function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

let fake: FakeMessenger;
let fakeBase: string;
let dir: string;
let emptyVars: string;

beforeAll(async () => {
  fake = createFakeMessenger({ logFile: null, print: () => undefined });
  fakeBase = await listen(fake.server);
  dir = mkdtempSync(join(tmpdir(), 'lantoa-tipline-'));
  emptyVars = join(dir, 'empty.vars');
  writeFileSync(emptyVars, '');
});

afterAll(() => {
  fake.server.close();
  rmSync(dir, { recursive: true, force: true });
});

const telegramEnv = () => ({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_BASE: fakeBase });

describe('npm run tipline:register', () => {
  it('sets a Telegram webhook with the secret, message and edited_message, and says what Telegram now has', async () => {
    const url = 'https://lantoa.example/hooks/telegram';
    const result = await run('tipline-register.ts', ['--platform', 'telegram', '--url', url, '--drop', '--dev-vars', emptyVars], telegramEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(fake.webhooks.get(`telegram:${TOKEN}`)).toMatchObject({ url, secret: SECRET, allowedUpdates: ['message', 'edited_message'], dropPending: true });
    expect(result.stdout).toContain(`Telegram now sends this bot's messages to ${url}.`);
    expect(result.stdout).toContain('No delivery errors so far.');
    // getMe's username, and where to set it so group commands for other bots are ignored.
    expect(result.stdout).toContain('The bot is @lantoa_fake_bot. Set TELEGRAM_BOT_USERNAME = "lantoa_fake_bot" in wrangler.toml [vars]');
    expect(result.stdout + result.stderr).not.toContain('very-secret-token');
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  it('keeps waiting updates unless --drop is given', async () => {
    const result = await run('tipline-register.ts', ['--platform', 'telegram', '--url', 'https://lantoa.example/hooks/telegram', '--dev-vars', emptyVars], telegramEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(fake.webhooks.get(`telegram:${TOKEN}`)?.dropPending).toBe(false);
  });

  it('sets a Zalo webhook from settings in a .dev.vars file', async () => {
    const vars = join(dir, 'zalo.vars');
    writeFileSync(vars, `# local bots\nZALO_BOT_TOKEN="${ZALO_TOKEN}"\nZALO_WEBHOOK_SECRET=${SECRET}\nZALO_API_BASE=${fakeBase}/zalo\n`);
    const url = 'https://lantoa.example/hooks/zalo';
    const result = await run('tipline-register.ts', ['--platform', 'zalo', '--url', url, '--dev-vars', vars], {});
    expect(result.code, result.stderr).toBe(0);
    expect(fake.webhooks.get(`zalo:${ZALO_TOKEN}`)).toMatchObject({ url, secret: SECRET });
    expect(result.stdout).toContain(`Zalo now sends this bot's messages to ${url}.`);
    expect(result.stdout).toMatch(/Webhook last changed at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(Vietnam time\)/);
    expect(result.stdout + result.stderr).not.toContain('zalo-secret-token');
  });

  it('refuses an http address, saying how to allow it for a local test, and calls nothing', async () => {
    fake.webhooks.clear();
    const result = await run('tipline-register.ts', ['--platform', 'telegram', '--url', 'http://lantoa.example/hooks/telegram', '--dev-vars', emptyVars], telegramEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('must start with https://');
    expect(result.stderr).toContain('--allow-http');
    expect(fake.webhooks.size).toBe(0);
  });

  it('accepts an http address with --allow-http (the fake messenger and a local hub)', async () => {
    const result = await run('tipline-register.ts', ['--platform', 'telegram', '--url', 'http://127.0.0.1:8787/hooks/telegram', '--allow-http', '--dev-vars', emptyVars], telegramEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(fake.webhooks.get(`telegram:${TOKEN}`)?.url).toBe('http://127.0.0.1:8787/hooks/telegram');
  });

  it('names the missing secret and calls nothing', async () => {
    fake.webhooks.clear();
    const result = await run('tipline-register.ts', ['--platform', 'telegram', '--url', 'https://lantoa.example/hooks/telegram', '--dev-vars', emptyVars], {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_BASE: fakeBase,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TELEGRAM_WEBHOOK_SECRET is not set');
    expect(result.stderr).not.toContain('very-secret-token');
    expect(fake.webhooks.size).toBe(0);
  });

  it('refuses an unknown platform with the usage', async () => {
    const result = await run('tipline-register.ts', ['--platform', 'viber', '--url', 'https://x.example/hooks/viber', '--dev-vars', emptyVars], telegramEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--platform telegram or --platform zalo');
  });

  it('reports a refusal from the platform without printing the token', async () => {
    await fetch(`${fakeBase}/fake/fail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'setWebhook', status: 500 }) });
    const result = await run('tipline-register.ts', ['--platform', 'telegram', '--url', 'https://lantoa.example/hooks/telegram', '--dev-vars', emptyVars], telegramEnv());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('setWebhook was refused (500');
    expect(result.stdout + result.stderr).not.toContain('very-secret-token');
  });
});

describe('the fake messenger', () => {
  it('records what a bot sends and serves the sample photo through getFile', async () => {
    const sent = await fetch(`${fakeBase}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: 42, text: 'Đã nhận báo cáo. Mã: AB12' }),
    });
    expect(((await sent.json()) as { ok: boolean }).ok).toBe(true);
    expect(fake.sent.at(-1)).toMatchObject({ platform: 'telegram', method: 'sendMessage', chatId: '42', text: 'Đã nhận báo cáo. Mã: AB12' });

    await fetch(`${fakeBase}/zalo/bot${ZALO_TOKEN}/sendPhoto`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: 'abc', photo: 'https://lantoa.example/card.png', caption: 'Tin giả' }),
    });
    expect(fake.sent.at(-1)).toMatchObject({ platform: 'zalo', method: 'sendPhoto', chatId: 'abc', photo: 'https://lantoa.example/card.png', text: 'Tin giả' });

    const file = (await (await fetch(`${fakeBase}/bot${TOKEN}/getFile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ file_id: 'fake-sample-photo' }),
    })).json()) as { result: { file_path: string } };
    const photo = await fetch(`${fakeBase}/file/bot${TOKEN}/${file.result.file_path}`);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await photo.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('answers 429 with retry_after when told to, then works again', async () => {
    await fetch(`${fakeBase}/fake/fail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'sendMessage', status: 429, retry_after: 3 }) });
    const call = () => fetch(`${fakeBase}/bot${TOKEN}/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: 1, text: 'x' }) });
    const first = await call();
    expect(first.status).toBe(429);
    expect(await first.json()).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 3 } });
    expect((await call()).status).toBe(200);
  });

  it('`send` posts a Telegram update with the webhook secret to the hub', async () => {
    const received: { path: string; secret: string | undefined; body: Record<string, unknown> }[] = [];
    const hub = createServer((req, res) => {
      let raw = '';
      req.on('data', (d) => (raw += d));
      req.on('end', () => {
        received.push({ path: req.url ?? '', secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, body: JSON.parse(raw) as Record<string, unknown> });
        res.end('ok');
      });
    });
    const hubBase = await listen(hub);
    try {
      const result = await run('tipline-fake.ts', ['send', 'Tin này thật không? https://example.com/tin-don', '--hub', hubBase], { TELEGRAM_WEBHOOK_SECRET: SECRET });
      expect(result.code, result.stderr).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ path: '/hooks/telegram', secret: SECRET });
      expect(received[0]?.body).toMatchObject({
        update_id: expect.any(Number),
        message: { text: 'Tin này thật không? https://example.com/tin-don', chat: { type: 'private' }, from: { language_code: 'vi' } },
      });
    } finally {
      hub.close();
    }
  });
});
