// `npm start`: migrate the local D1, seed demo content if absent, serve on 127.0.0.1:$PORT (8787),
// and run the Cron Trigger every minute (scheduled stories go live, sweeps run) as Cloudflare would.
import { startLocalCron } from './lib/local-cron';
import { applyMigrations, seedDemo, startDev, vapidVarsFromEnvironment } from './lib/local-dev';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, got "${process.env.PORT}"`);
  process.exit(2);
}

applyMigrations();
await seedDemo();
// Web Push is on when VAPID keys are in the environment or .dev.vars (`npm run push:keys`).
const dev = await startDev(port, { testScheduled: true, vars: vapidVarsFromEnvironment() });
const stopCron = startLocalCron(`http://127.0.0.1:${port}`);
console.log(`\nLan Tỏa is running on http://127.0.0.1:${port}  (cron every minute; Ctrl+C to stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopCron();
    dev.kill('SIGTERM');
    process.exit(0);
  });
}
dev.on('exit', (code) => process.exit(code ?? 0));
