// `npm run tipline:register -- --platform telegram|zalo --url https://…/hooks/<platform> [--drop]`
// Sets the bot's webhook to the hub with our secret and prints what the platform now has. See
// scripts/lib/tipline-register.ts; README "Tiplines: running locally and deploying".
import { existsSync } from 'node:fs';
import { parseRegisterArgs, registerWebhook, RegisterError } from './lib/tipline-register';
import { readDevVars } from './lib/tipline-settings';

try {
  const options = parseRegisterArgs(process.argv.slice(2));
  if (options.devVars && !existsSync(options.devVars)) throw new RegisterError(`There is no file ${options.devVars}.`, 2);
  const lines = await registerWebhook(options, process.env, options.devVars ? readDevVars(options.devVars) : readDevVars());
  for (const line of lines) console.log(line);
} catch (err) {
  if (err instanceof RegisterError) {
    console.error(err.message);
    process.exit(err.exitCode);
  }
  // Not ours: the message only (a stack could quote a URL with the token in it).
  console.error(`tipline:register failed: ${err instanceof Error ? err.name : 'error'}`);
  process.exit(1);
}
