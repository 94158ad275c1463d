// Writing a planned import: a job row (`user_imports`) with the rows to write cut into chunks
// (`user_import_chunks`), then each chunk as ONE D1 batch (a chunk is all or nothing), marked
// done in that same batch. Every write is keyed (new accounts carry their id from the plan,
// updates set whole values, `INSERT OR IGNORE`), so running a chunk again changes nothing.
// What the request cannot finish in its time budget, or could not write because D1 failed,
// goes on in the `lan-toa-imports` queue (imports.queue.ts), which picks up the chunks not done.
import { sql } from 'drizzle-orm';
import { userImportChunks, userImports } from '../../schema';
import { LINK_TTL_MS } from '../account/account-links';
import { randomToken, sha256Hex } from '../core/crypto';
import { d1Batch, type Db } from '../core/db';
import { AppError } from '../core/errors';
import { isStorageOutage, STORAGE_RETRY_AFTER } from '../core/storage-errors';
import type { SessionUser } from '../core/types';
import { importScope, type AccountWrite, type ImportPlan, type RowErrorCode } from './plan';

/** Rows per chunk: one JSON parameter per statement, so D1's 100-parameter limit never applies; 200 rows keep a batch well under a second. */
export const CHUNK_ROWS = 200;
/** How long a request keeps writing chunks before it hands the rest to the queue (the Worker's wall-clock limit is far above). */
export const REQUEST_BUDGET_MS = 20_000;

/** A new account's password hash: no PBKDF2 form, so `verifyPassword` rejects every password until the invite link sets one. */
export const UNSET_PASSWORD_PREFIX = 'unset$';
export const unsetPasswordHash = () => `${UNSET_PASSWORD_PREFIX}${randomToken(16)}`;

export type ChunkRow = AccountWrite & { kind: 'create' | 'update'; passwordHash?: string };
export type ImportQueueMessage = { importId: string };

/** A set-password link issued for a new account, shown once. */
export type IssuedInvite = { userId: string; line: number; token: string; expiresAt: number };

export type ImportJob = typeof userImports.$inferSelect;

export type ErrorRow = { line: number; name: string; code: RowErrorCode };

/** The job row and its chunks, in one batch: nothing is written until this succeeds. */
export async function createImportJob(db: Db, actor: SessionUser, plan: ImportPlan, now = Date.now()): Promise<{ id: string; chunks: ChunkRow[][] }> {
  const writes: ChunkRow[] = plan.rows.flatMap((row) =>
    row.write ? [{ ...row.write, kind: row.outcome === 'created' ? ('create' as const) : ('update' as const), ...(row.outcome === 'created' ? { passwordHash: unsetPasswordHash() } : {}) }] : [],
  );
  const chunks: ChunkRow[][] = [];
  for (let i = 0; i < writes.length; i += CHUNK_ROWS) chunks.push(writes.slice(i, i + CHUNK_ROWS));
  const errorRows: ErrorRow[] = plan.rows.flatMap((row) => (row.error ? [{ line: row.line, name: row.name, code: row.error }] : []));
  const id = crypto.randomUUID();
  await d1Batch(db, [
    db.insert(userImports).values({
      id,
      createdBy: actor.id,
      provinceCode: importScope(actor),
      status: 'running',
      totalRows: plan.counts.total,
      chunksTotal: chunks.length,
      created: plan.counts.created,
      updated: plan.counts.updated,
      unchanged: plan.counts.unchanged,
      errors: plan.counts.error,
      errorRows: JSON.stringify(errorRows),
      createdAt: now,
      updatedAt: now,
    }),
    ...chunks.map((rows, seq) => db.insert(userImportChunks).values({ importId: id, seq, rows: JSON.stringify(rows) })),
  ]);
  return { id, chunks };
}

const field = (name: string) => sql.raw(`json_extract(j.value, '$.${name}')`);

/** The statements that write one chunk and mark it done. `invites` (new accounts' links) only when the caller will show them. */
async function chunkStatements(db: Db, importId: string, seq: number, rows: ChunkRow[], now: number, actorId: string | null, invites: IssuedInvite[] | null) {
  const json = JSON.stringify(rows);
  const hasCreates = rows.some((r) => r.kind === 'create');
  const hasUpdates = rows.some((r) => r.kind === 'update');
  // CROSS JOIN keeps the chunk's rows as the outer loop, so each finds its account by primary key.
  const statements = [];
  if (hasCreates) statements.push(
    sql`INSERT OR IGNORE INTO users (id, email, name, password_hash, role, province_code, unit, unit_id, phone, created_at, updated_at)
        SELECT ${field('id')}, ${field('email')}, ${field('name')}, ${field('passwordHash')}, ${field('role')}, ${field('provinceCode')},
               ${field('unit')}, ${field('unitId')}, ${field('phone')}, ${now}, ${now}
        FROM json_each(${json}) AS j WHERE ${field('kind')} = 'create'`,
    // Only accounts this chunk really created (an id from the plan exists only once inserted).
    sql`INSERT OR IGNORE INTO user_import_accounts (import_id, user_id, line)
        SELECT ${importId}, u.id, ${field('line')} FROM json_each(${json}) AS j CROSS JOIN users AS u ON u.id = ${field('id')}
        WHERE ${field('kind')} = 'create' AND substr(u.password_hash, 1, ${UNSET_PASSWORD_PREFIX.length}) = ${UNSET_PASSWORD_PREFIX}`,
  );
  // Imports never change editors or admins, even if one became so since the plan.
  if (hasUpdates) statements.push(
    sql`UPDATE OR IGNORE users SET name = ${field('name')}, email = ${field('email')}, phone = ${field('phone')}, role = ${field('role')},
          province_code = ${field('provinceCode')}, unit = ${field('unit')}, unit_id = ${field('unitId')}, updated_at = ${now}
        FROM json_each(${json}) AS j
        WHERE users.id = ${field('id')} AND ${field('kind')} = 'update' AND users.role IN ('member', 'contributor') AND users.erased_at IS NULL`,
  );
  if (invites && invites.length > 0) {
    const links = await Promise.all(invites.map(async (i) => ({ id: crypto.randomUUID(), userId: i.userId, hash: await sha256Hex(i.token), expiresAt: i.expiresAt })));
    statements.push(sql`INSERT OR IGNORE INTO account_links (id, purpose, token_hash, user_id, created_by, created_at, expires_at)
        SELECT ${field('id')}, 'invite', ${field('hash')}, ${field('userId')}, ${actorId}, ${now}, ${field('expiresAt')}
        FROM json_each(${JSON.stringify(links)}) AS j CROSS JOIN user_import_accounts AS a ON a.import_id = ${importId} AND a.user_id = ${field('userId')}`);
  }
  statements.push(
    sql`UPDATE user_import_chunks SET done_at = ${now}, rows = '[]' WHERE import_id = ${importId} AND seq = ${seq} AND done_at IS NULL`,
    sql`UPDATE user_imports SET chunks_done = (SELECT count(*) FROM user_import_chunks WHERE import_id = ${importId} AND done_at IS NOT NULL), updated_at = ${now}
        WHERE id = ${importId}`,
  );
  return statements;
}

/** Ends a job whose chunks are all done: real counts (a row someone else created meanwhile counts as unchanged) and the one audit entry. */
async function finishJob(db: Db, importId: string, now: number): Promise<void> {
  const ready = sql`status = 'running' AND chunks_done = chunks_total`;
  const createdCount = sql`(SELECT count(*) FROM user_import_accounts WHERE import_id = ${importId})`;
  await d1Batch(db, [
    sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
        SELECT created_by, 'user.import', 'import:' || id, NULL,
               json_object('totalRows', total_rows, 'created', ${createdCount}, 'updated', updated, 'unchanged', unchanged + created - ${createdCount},
                           'errors', errors, 'province', province_code),
               ${now}
        FROM user_imports WHERE id = ${importId} AND ${ready}`,
    sql`UPDATE user_imports SET status = 'done', finished_at = ${now}, updated_at = ${now},
          unchanged = unchanged + created - ${createdCount}, created = ${createdCount}
        WHERE id = ${importId} AND ${ready}`,
  ]);
}

export type RunResult = { finished: boolean; invites: IssuedInvite[] };

/**
 * Write the chunks not done yet, in order, until `deadline`; then finish the job if all are done.
 * `chunks` are the job's rows when the caller has them (the request), else they are read back.
 * A D1 failure stops at the chunk that failed: it was not written (one batch), the ones before stay.
 */
export async function runImportJob(
  db: Db,
  importId: string,
  opts: { chunks?: ChunkRow[][]; deadline?: number; withInvites?: boolean; actorId?: string | null } = {},
): Promise<RunResult> {
  const invites: IssuedInvite[] = [];
  const pending = await db
    .select({ seq: userImportChunks.seq, rows: userImportChunks.rows })
    .from(userImportChunks)
    .where(sql`${userImportChunks.importId} = ${importId} AND ${userImportChunks.doneAt} IS NULL`)
    .orderBy(userImportChunks.seq);
  for (const chunk of pending) {
    if (opts.deadline !== undefined && Date.now() > opts.deadline) return { finished: false, invites };
    const rows = opts.chunks?.[chunk.seq] ?? (JSON.parse(chunk.rows) as ChunkRow[]);
    const now = Date.now();
    const mine = opts.withInvites
      ? rows.filter((r) => r.kind === 'create').map((r) => ({ userId: r.id, line: r.line, token: randomToken(32), expiresAt: now + LINK_TTL_MS.invite }))
      : null;
    await d1Batch(db, await chunkStatements(db, importId, chunk.seq, rows, now, opts.actorId ?? null, mine));
    if (mine) invites.push(...mine);
  }
  await finishJob(db, importId, Date.now());
  return { finished: true, invites };
}

/**
 * The request's part of an import: create the job, write what fits in the budget, queue the rest.
 * A D1 outage after the job exists answers 503 (Retry-After) with the job's id; the queue resumes it.
 */
export async function startImport(
  db: Db,
  queue: Queue<unknown>,
  actor: SessionUser,
  plan: ImportPlan,
  opts: { withInvites: boolean; budgetMs?: number },
): Promise<{ id: string; result: RunResult }> {
  const { id, chunks } = await createImportJob(db, actor, plan);
  try {
    const result = await runImportJob(db, id, { chunks, deadline: Date.now() + (opts.budgetMs ?? REQUEST_BUDGET_MS), withInvites: opts.withInvites, actorId: actor.id });
    if (!result.finished) await queue.send({ importId: id });
    return { id, result };
  } catch (err) {
    if (!isStorageOutage(err)) throw err;
    // The chunks written stay written; the queue goes on from the first one that is not (its retries wait D1 out).
    await queue.send({ importId: id }).catch((sendErr: unknown) => console.error(`import ${id}: could not queue the rest`, sendErr));
    throw new AppError('UNAVAILABLE', 'The database failed during the import; what was written stays written and the rest continues shortly', {
      retryAfter: STORAGE_RETRY_AFTER,
      extra: { importId: id },
      cause: err,
    });
  }
}
