import { eq } from 'drizzle-orm';
import { userImports } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { t, type Lang } from '../../web/i18n';
import { isoTime } from '../core/time';
import type { ErrorRow, ImportJob } from './import-jobs';
import { importScope, type ImportPlan, type PlannedRow } from './plan';

/** A job the actor may see: a national admin any, an admin with a province only that province's. */
export async function findImportJob(db: Db, actor: SessionUser, id: string): Promise<ImportJob> {
  const job = await db.select().from(userImports).where(eq(userImports.id, id)).get();
  if (!job) throw new AppError('NOT_FOUND', 'No import with this id');
  const scope = importScope(actor);
  if (scope !== null && job.provinceCode !== scope) {
    throw new AppError('FORBIDDEN', `This account works on ${scope} only; this import is outside it`);
  }
  return job;
}

/** A row of the result table, errors worded in the reader's language. */
export function rowJson(row: PlannedRow, lang: Lang) {
  return {
    line: row.line,
    outcome: row.outcome,
    name: row.name,
    email: row.email,
    phone: row.phone,
    provinceCode: row.provinceCode,
    unit: row.unit,
    ...(row.changes ? { changes: row.changes } : {}),
    ...(row.error ? { error: { code: row.error, message: t(lang, `import.error.${row.error}`) } } : {}),
  };
}

/** Errors first (by line), then every other row by line: what an office fixes first. */
export function errorsFirst<T extends { line: number; outcome: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => Number(b.outcome === 'error') - Number(a.outcome === 'error') || a.line - b.line);
}

export function planJson(plan: ImportPlan, lang: Lang) {
  const { error, ...rest } = plan.counts;
  return { counts: { ...rest, errors: error }, rows: errorsFirst(plan.rows).map((row) => rowJson(row, lang)) };
}

export function jobErrorRows(job: ImportJob): ErrorRow[] {
  return JSON.parse(job.errorRows) as ErrorRow[];
}

export function jobJson(job: ImportJob, lang: Lang) {
  return {
    id: job.id,
    status: job.status,
    provinceCode: job.provinceCode,
    totalRows: job.totalRows,
    chunksTotal: job.chunksTotal,
    chunksDone: job.chunksDone,
    progress: job.chunksTotal === 0 ? 1 : job.chunksDone / job.chunksTotal,
    counts: { total: job.totalRows, created: job.created, updated: job.updated, unchanged: job.unchanged, errors: job.errors },
    errors: jobErrorRows(job).map((e) => ({ line: e.line, name: e.name, error: { code: e.code, message: t(lang, `import.error.${e.code}`) } })),
    createdAt: isoTime(job.createdAt),
    finishedAt: isoTime(job.finishedAt),
  };
}
