// The tipline webhook under load: Telegram updates with unique update_ids (and chats, so the
// per-chat limit is never what is measured), each a new report through the same batch as
// POST /api/reports plus the chat link and the update's id, and a receipt queued.
// `BENCH_ONLY=tipline npm run bench`.
import type { Scenario } from './scenarios';

/** What the bench's `wrangler dev` gets so the Telegram hook exists (the queue consumer never calls the fake API). */
export const TIPLINE_BENCH_VARS: Record<string, string> = {
  TELEGRAM_BOT_TOKEN: '000000:bench-telegram-token',
  TELEGRAM_WEBHOOK_SECRET: 'bench-telegram-webhook-secret',
  TELEGRAM_API_BASE: 'http://127.0.0.1:9',
};

let next = Date.now() % 1_000_000_000;
const HOT = Array.from({ length: 20 }, (_, i) => `https://www.facebook.com/story.php?story_fbid=${7000 + i}&id=100064`);

/** One private-chat message with a link: half to a few viral links (grouped into their cases), half new. */
export function telegramBenchUpdate(): string {
  const n = ++next;
  const url = n % 2 === 0 ? (HOT[n % HOT.length] as string) : `https://news.example.vn/tin-${n}.html`;
  const text = `Tin này có thật không? ${url}`;
  return JSON.stringify({
    update_id: n,
    message: {
      message_id: 1,
      from: { id: n, is_bot: false, first_name: 'Bench', language_code: 'vi' },
      chat: { id: n, first_name: 'Bench', type: 'private' },
      date: Math.floor(Date.now() / 1000),
      text,
      entities: [{ type: 'url', offset: text.indexOf('https://'), length: url.length }],
    },
  });
}

export const tiplineScenarios: Scenario[] = [
  {
    name: 'tipline webhook (Telegram update → report)',
    path: '/hooks/telegram',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TIPLINE_BENCH_VARS.TELEGRAM_WEBHOOK_SECRET ?? '' },
    body: telegramBenchUpdate,
  },
];
