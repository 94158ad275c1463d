// `npm run restore -- <backup folder> [--remote]`: into an empty D1 only; see README "Backup and restore".
import { parseArgs } from 'node:util';
import { restoreDatabase, RestoreRefused } from './lib/backup/restore';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: 'boolean', default: false }, 'persist-to': { type: 'string' } },
});
const folder = positionals[0];
if (!folder || positionals.length > 1) {
  console.error('Usage: npm run restore -- <backup folder> [--remote]');
  process.exit(2);
}
try {
  restoreDatabase(folder, { remote: values.remote ?? false, persistTo: values['persist-to'] }, { log: (line) => console.log(line) });
  console.log('\nRestore complete.');
} catch (err) {
  if (err instanceof RestoreRefused) {
    console.error(`Refused: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
