import { env } from 'cloudflare:workers';
import { demoSeedStatements } from '../../scripts/seed';

/** Load the same demo content `npm start` seeds into this test file's D1. */
export async function seedDemo(db: D1Database = env.DB): Promise<void> {
  const statements = await demoSeedStatements();
  if (statements.length === 0) return;
  await db.batch(statements.map((sql) => db.prepare(sql)));
}
