import { SQL } from 'drizzle-orm';
import type { Db } from '../core/db';

type Compilable = { toSQL(): { sql: string; params: unknown[] } };

/**
 * One D1 batch (one transaction) of drizzle builders and raw `sql` statements.
 * drizzle's own `db.batch` refuses raw statements, which the conditional upserts need.
 */
export async function d1Batch(db: Db, items: (Compilable | SQL)[]): Promise<D1Result[]> {
  // `drizzle(d1)` keeps the binding as `$client`; the shared `Db` type does not spell it out.
  const client = (db as Db & { $client: D1Database }).$client;
  const statements = items.map((item) => {
    const query = item instanceof SQL ? db.run(item).getQuery() : item.toSQL();
    return client.prepare(query.sql).bind(...query.params);
  });
  return client.batch(statements);
}
