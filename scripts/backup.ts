// `npm run backup [-- --remote] [--media] [--out backups]`: see README "Backup and restore".
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from './lib/backup/backup';
import { ROOT } from './lib/local-dev';

const { values } = parseArgs({
  options: {
    remote: { type: 'boolean', default: false },
    media: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'backups') },
    'persist-to': { type: 'string' },
  },
});

const folder = backupDatabase(
  { remote: values.remote ?? false, persistTo: values['persist-to'] },
  { outDir: values.out ?? join(ROOT, 'backups'), media: values.media, log: (line) => console.log(line) },
);
console.log(`\nBackup written to ${folder}`);
