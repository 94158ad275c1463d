import { SQL } from 'drizzle-orm';
import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from '../../schema';

export type Db = DrizzleD1Database<typeof schema>;

/** A drizzle client over this request's D1 binding. Made per request: bindings do not exist at module load. */
export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema });
}

type Compilable = { toSQL(): { sql: string; params: unknown[] } };

/**
 * One D1 batch (a single transaction) of drizzle builders and raw `sql`.
 * NOTE: drizzle's own `db.batch` cannot bind parameters of raw `sql` statements, so
 * statements are compiled by drizzle and sent through the D1 client directly.
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
