// `wrangler dev` never fires Cron Triggers on its own; with `--test-scheduled` it exposes
// /__scheduled, and this loop calls it once a minute, on the minute, like the real
// trigger (`* * * * *` in wrangler.toml): scheduled stories go live on a laptop too.

const CRON = '* * * * *';
const MINUTE = 60_000;

async function runOnce(origin: string): Promise<void> {
  try {
    const res = await fetch(`${origin}/__scheduled?cron=${encodeURIComponent(CRON).replaceAll('%20', '+')}`);
    if (!res.ok) console.error(`local cron: /__scheduled answered ${res.status}`);
  } catch (err) {
    console.error('local cron: could not reach wrangler dev', err instanceof Error ? err.message : err);
  }
}

/** Run the cron jobs now and then at the start of every minute; returns a function that stops it. */
export function startLocalCron(origin: string): () => void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(async () => {
      await runOnce(origin);
      schedule();
    }, MINUTE - (Date.now() % MINUTE));
  };
  void runOnce(origin).then(schedule);
  return () => clearTimeout(timer);
}
