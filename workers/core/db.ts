import { SQL } from 'drizzle-orm';
import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from '../../schema';

export type Db = DrizzleD1Database<typeof schema>;

/** What drizzle and `d1Batch` call: the binding itself (always the primary) or a read-replication session. */
export type D1Client = D1Database | D1DatabaseSession;

/**
 * A drizzle client over this request's D1 session (see d1-session.ts), or over the binding for queue
 * consumers and cron (the primary). Made per request: bindings do not exist at module load.
 */
export function createDb(d1: D1Client): Db {
  // drizzle 0.45 types its client as D1Database but only ever calls prepare() and batch(), which a
  // D1DatabaseSession has with the same signatures (tests/core/d1-session.test.ts runs the app on one).
  return drizzle(d1 as D1Database, { schema });
}

type Compilable = { toSQL(): { sql: string; params: unknown[] } };

/**
 * One D1 batch (a single transaction) of drizzle builders and raw `sql`.
 * NOTE: drizzle's own `db.batch` cannot bind parameters of raw `sql` statements, so
 * statements are compiled by drizzle and sent through the D1 client directly.
 */
export async function d1Batch(db: Db, items: (Compilable | SQL)[]): Promise<D1Result[]> {
  // `drizzle(d1)` keeps the binding (or the session) as `$client`; the shared `Db` type does not spell it out.
  const client = (db as Db & { $client: D1Client }).$client;
  const statements = items.map((item) => {
    const query = item instanceof SQL ? db.run(item).getQuery() : item.toSQL();
    return client.prepare(query.sql).bind(...query.params);
  });
  return client.batch(statements);
}
