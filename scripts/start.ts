// `npm start`: migrate the local D1, seed demo content if absent, serve on 127.0.0.1:$PORT (8787),
// and run the Cron Trigger every minute (scheduled stories go live, sweeps run) as Cloudflare would.
import { startLocalCron } from './lib/local-cron';
import { applyMigrations, seedDemo, startDev, vapidVarsFromEnvironment } from './lib/local-dev';
import { botSettings, TIPLINE_PLATFORMS, TIPLINE_VARS } from './lib/tipline-settings';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, got "${process.env.PORT}"`);
  process.exit(2);
}

applyMigrations();
await seedDemo();
// Web Push is on when VAPID keys are in the environment or .dev.vars (`npm run push:keys`).
// The tipline bots stay off (their hooks answer 404) unless a token and webhook secret are set: wrangler dev
// reads .dev.vars itself, and variables exported in the shell are passed on here (they win over the file).
const tiplineVars = Object.fromEntries(TIPLINE_VARS.flatMap((name) => (process.env[name] ? [[name, process.env[name] ?? '']] : [])));
const dev = await startDev(port, { testScheduled: true, vars: { ...vapidVarsFromEnvironment(), ...tiplineVars } });
const stopCron = startLocalCron(`http://127.0.0.1:${port}`);
console.log(`\nLan Tỏa is running on http://127.0.0.1:${port}  (cron every minute; Ctrl+C to stop)`);
for (const platform of TIPLINE_PLATFORMS) {
  const bot = botSettings(platform);
  const name = platform === 'telegram' ? 'Telegram' : 'Zalo';
  console.log(
    bot.token && bot.secret
      ? `${name} tipline: on at /hooks/${platform}, calling ${bot.apiBase}`
      : `${name} tipline: off (set ${platform.toUpperCase()}_BOT_TOKEN and ${platform.toUpperCase()}_WEBHOOK_SECRET in .dev.vars to try it)`,
  );
}
console.log('');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopCron();
    dev.kill('SIGTERM');
    process.exit(0);
  });
}
dev.on('exit', (code) => process.exit(code ?? 0));
