// Demo content for local development and tests. Every statement is
// INSERT OR IGNORE with fixed keys, so seeding twice changes nothing.
// Reference data (provinces, categories) is not here: it ships in a migration,
// because production needs it too.
import { accountsSeed } from './accounts';
import { campaignsSeed } from './campaigns';
import { lessonsSeed } from './lessons';
import { reviewQueueSeed } from './review-queue';
import { storiesSeed } from './stories';
import { tagNamesSeed } from './tag-names';
import { reportsSeedStatements } from './reports';
import { unitsSeed } from './units';

/** One seed part per domain; each returns SQL statements in dependency order. */
export type SeedPart = { name: string; statements: () => Promise<string[]> | string[] };

export const seedParts: SeedPart[] = [accountsSeed, unitsSeed, storiesSeed, tagNamesSeed, reviewQueueSeed, { name: 'reports', statements: reportsSeedStatements }, campaignsSeed, lessonsSeed];

export async function demoSeedStatements(): Promise<string[]> {
  const all: string[] = [];
  for (const part of seedParts) all.push(...(await part.statements()));
  return all;
}
