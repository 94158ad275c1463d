// `npm run tipline:fake`: a fake Telegram/Zalo bot API on 127.0.0.1:8790 that prints (and logs to
// .tmp/tipline-fake.log) every message the hub's bots send.
// `npm run tipline:fake -- send "text or link" [--zalo] [--photo] [--lang en] [--hub http://127.0.0.1:8787]`
//   posts a message to the local hub's webhook as the platform would, with the webhook secret.
// `npm run tipline:fake -- fail [--zalo] [--method sendMessage] [--status 429] [--retry-after 5] [--times 1]`
//   makes the running fake refuse the bots' next calls (to watch the outbound queue wait and retry).
// See README "Tiplines: running locally and deploying".
import { createFakeMessenger, FAKE_PORT, telegramUpdate, zaloUpdate } from './lib/tipline-fake';
import { botSettings, type Platform } from './lib/tipline-settings';

const USAGE = `Usage:
  npm run tipline:fake                       start the fake messenger on 127.0.0.1:${FAKE_PORT}
  npm run tipline:fake -- send "text or link" [--zalo] [--photo] [--lang en] [--hub http://127.0.0.1:8787]
  npm run tipline:fake -- fail [--zalo] [--method sendMessage] [--status 429] [--retry-after 5] [--times 1]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function serve(args: string[]): Promise<void> {
  const port = Number(option(args, '--port') ?? process.env.TIPLINE_FAKE_PORT ?? FAKE_PORT);
  const { server } = createFakeMessenger();
  server.on('error', (err: NodeJS.ErrnoException) =>
    fail(err.code === 'EADDRINUSE' ? `Port ${port} is taken: is the fake messenger already running?` : `The fake messenger stopped: ${err.message}`),
  );
  server.listen(port, '127.0.0.1', () => {
    console.log(`Fake messenger on http://127.0.0.1:${port}
  Point the hub at it in .dev.vars:  TELEGRAM_API_BASE=http://127.0.0.1:${port}   ZALO_API_BASE=http://127.0.0.1:${port}/zalo
  Send it a message:                 npm run tipline:fake -- send "https://example.com/tin-don"
  What the bots send appears below and in .tmp/tipline-fake.log.  Ctrl+C to stop.\n`);
  });
}

async function send(args: string[]): Promise<void> {
  const platform: Platform = args.includes('--zalo') ? 'zalo' : 'telegram';
  const withPhoto = args.includes('--photo');
  const flags = new Set(['--zalo', '--photo']);
  const valued = new Set(['--hub', '--lang', '--fake']);
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (valued.has(arg)) i++;
    else if (!flags.has(arg)) words.push(arg);
  }
  const text = words.join(' ').trim();
  if (text === '' && !withPhoto) fail(`Say what to send.\n\n${USAGE}`);
  const hub = (option(args, '--hub') ?? process.env.HUB_ORIGIN ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const { secret } = botSettings(platform);
  if (!secret) fail(`${platform === 'telegram' ? 'TELEGRAM' : 'ZALO'}_WEBHOOK_SECRET is not set (environment or .dev.vars), so the hub would refuse the message.`);
  const update =
    platform === 'telegram'
      ? telegramUpdate(text, { photo: withPhoto, lang: option(args, '--lang') })
      : zaloUpdate(text, { photo: withPhoto, fakeOrigin: option(args, '--fake') });
  const header = platform === 'telegram' ? 'x-telegram-bot-api-secret-token' : 'x-bot-api-secret-token';
  let res: Response;
  try {
    res = await fetch(`${hub}/hooks/${platform}`, { method: 'POST', headers: { 'content-type': 'application/json', [header]: secret }, body: JSON.stringify(update) });
  } catch {
    fail(`Could not reach the hub at ${hub}. Is \`npm start\` running?`);
  }
  const what = withPhoto ? `a photo${text ? ` with “${text}”` : ''}` : `“${text}”`;
  if (res.status === 200) console.log(`Sent ${what} to ${hub}/hooks/${platform}. The bot's answer appears where \`npm run tipline:fake\` runs.`);
  else if (res.status === 404) fail(`The hub answered 404: its ${platform} bot is off. Put ${platform === 'telegram' ? 'TELEGRAM' : 'ZALO'}_BOT_TOKEN and _WEBHOOK_SECRET in .dev.vars and restart \`npm start\`.`);
  else if (res.status === 401) fail('The hub answered 401: the webhook secret here differs from the one the hub has (.dev.vars).');
  else fail(`The hub answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

async function failNext(args: string[]): Promise<void> {
  const fake = (option(args, '--fake') ?? `http://127.0.0.1:${FAKE_PORT}`).replace(/\/+$/, '');
  const body = {
    platform: args.includes('--zalo') ? 'zalo' : 'telegram',
    method: option(args, '--method') ?? 'sendMessage',
    status: Number(option(args, '--status') ?? 429),
    retry_after: option(args, '--retry-after') === undefined ? 5 : Number(option(args, '--retry-after')),
    times: Number(option(args, '--times') ?? 1),
  };
  try {
    await fetch(`${fake}/fake/fail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    fail(`The fake messenger is not running at ${fake} (start it with npm run tipline:fake).`);
  }
  console.log(`The next ${body.times} ${body.platform} ${body.method} call(s) will get ${body.status}.`);
}

const [command = 'serve', ...rest] = process.argv.slice(2);
if (command === 'serve' || command.startsWith('--')) await serve(command.startsWith('--') ? [command, ...rest] : rest);
else if (command === 'send') await send(rest);
else if (command === 'fail') await failNext(rest);
else fail(USAGE);
