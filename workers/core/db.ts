import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1';
import * as schema from '../../schema';

export type Db = DrizzleD1Database<typeof schema>;

/** A drizzle client over this request's D1 binding. Made per request: bindings do not exist at module load. */
export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema });
}
