// Writes the custom migration that turns free-text units into unit rows:
//   npx tsx scripts/units-data-sql.ts schema/migrations/0017_units_data.sql
import { writeFileSync } from 'node:fs';
import { unitsDataMigrationSql } from './lib/units-data-sql';

const file = process.argv[2];
if (!file || !file.endsWith('_units_data.sql')) {
  console.error('usage: tsx scripts/units-data-sql.ts schema/migrations/<nnnn>_units_data.sql');
  process.exit(1);
}
writeFileSync(file, unitsDataMigrationSql());
console.log(`wrote ${file}`);
