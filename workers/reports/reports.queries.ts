import type { BatchItem } from 'drizzle-orm/batch';
import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cases, idempotencyKeys, provinces, reports, stories, verdictStatuses, type CaseStatus, type ReportCategory, type ReportPlatform } from '../../schema';
import type { Db } from '../core/db';
import { reportContentKind, type ContentKind } from './claim-key';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type Province = { code: string; name: string };

// Reference data that ships in a migration and never changes at runtime:
// read once per isolate rather than once per report.
let provinceCache: Promise<Province[]> | null = null;

export function provinceList(db: Db): Promise<Province[]> {
  provinceCache ??= db
    .select({ code: provinces.code, name: provinces.name })
    .from(provinces)
    .orderBy(asc(provinces.sortOrder))
    .then((rows) => {
      if (rows.length === 0) provinceCache = null;
      return rows;
    })
    .catch((err: unknown) => {
      provinceCache = null;
      throw err;
    });
  return provinceCache;
}

export async function isKnownProvince(db: Db, code: string): Promise<boolean> {
  return (await provinceList(db)).some((p) => p.code === code);
}

/** What a retried request gets back: the first answer (the receipt is re-derived, never stored). */
export type StoredAnswer = { id: number; caseId: number; status: CaseStatus; fingerprint: string; storedAt: number };

export async function findIdempotentAnswer(db: Db, keyHash: string, now = Date.now()): Promise<StoredAnswer | null> {
  const [row] = await db
    .select({ response: idempotencyKeys.response, createdAt: idempotencyKeys.createdAt })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.keyHash, keyHash), gte(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS)))
    .limit(1);
  return row ? { ...(JSON.parse(row.response) as Omit<StoredAnswer, 'storedAt'>), storedAt: row.createdAt } : null;
}

export type NewReport = {
  canonicalUrl: string;
  url: string;
  platform: ReportPlatform;
  category: ReportCategory;
  description: string;
  provinceCode: string | null;
  contact: string | null;
  screenshotKey: string | null;
  ipHash: string | null;
  /** The signed-in reporter (told of the verdict), or null. */
  userId: string | null;
  receiptHash: string;
  codeHash: string;
  idempotency: { keyHash: string; fingerprint: string } | null;
  /** Other domains' rows for the same batch (written after the report, rolled back with it). */
  alsoWrite?: BatchItem<'sqlite'>[];
  /** The automatic match found at intake (workers/claims/), stored on the report itself. */
  auto?: { caseId: number; score: number; method: 'lexical' | 'semantic' | 'accepted' } | null;
  now: number;
};

/**
 * Store one report in ONE batch (one transaction): the case upsert keyed by the
 * canonical URL, the report, and the idempotency answer. Counts are incremented
 * in SQL (`report_count + 1`), never read-then-written, so concurrent reports of
 * the same link are all counted. A report on a link whose case was merged joins
 * (and counts towards) the case it was merged into.
 */
export async function recordReport(db: Db, r: NewReport): Promise<{ id: number; caseId: number; status: CaseStatus }> {
  const liveCaseId = sql`(SELECT coalesce(${cases.mergedIntoId}, ${cases.id}) FROM ${cases} WHERE ${cases.canonicalUrl} = ${r.canonicalUrl})`;
  const upsertCase = db
    .insert(cases)
    .values({
      canonicalUrl: r.canonicalUrl,
      platform: r.platform,
      category: r.category,
      provinceCode: r.provinceCode,
      status: 'new',
      reportCount: 1,
      firstSeenAt: r.now,
      lastSeenAt: r.now,
      createdAt: r.now,
      updatedAt: r.now,
    })
    .onConflictDoUpdate({
      target: cases.canonicalUrl,
      set: {
        reportCount: sql`${cases.reportCount} + 1`,
        lastSeenAt: sql`max(${cases.lastSeenAt}, excluded.last_seen_at)`,
        provinceCode: sql`coalesce(${cases.provinceCode}, excluded.province_code)`,
        updatedAt: sql`excluded.updated_at`,
      },
      setWhere: isNull(cases.mergedIntoId),
    });
  const countOnMergeTarget = db
    .update(cases)
    .set({ reportCount: sql`${cases.reportCount} + 1`, lastSeenAt: sql`max(${cases.lastSeenAt}, ${r.now})`, updatedAt: r.now })
    .where(eq(cases.id, sql`(SELECT ${cases.mergedIntoId} FROM ${cases} WHERE ${cases.canonicalUrl} = ${r.canonicalUrl})`));
  const insertReport = db
    .insert(reports)
    .values({
      caseId: liveCaseId,
      receiptHash: r.receiptHash,
      codeHash: r.codeHash,
      url: r.url,
      platform: r.platform,
      category: r.category,
      description: r.description,
      provinceCode: r.provinceCode,
      contact: r.contact,
      screenshotKey: r.screenshotKey,
      ipHash: r.ipHash,
      userId: r.userId,
      autoCaseId: r.auto?.caseId ?? null,
      autoScore: r.auto?.score ?? null,
      autoMethod: r.auto?.method ?? null,
      createdAt: r.now,
    })
    .returning({ id: reports.id, caseId: reports.caseId });
  const readStatus = db
    .select({ status: cases.status })
    .from(cases)
    .where(eq(cases.id, sql`(SELECT ${reports.caseId} FROM ${reports} WHERE ${reports.receiptHash} = ${r.receiptHash})`));

  if (!r.idempotency) {
    const [, , inserted, status] = await db.batch([upsertCase, countOnMergeTarget, insertReport, readStatus, ...(r.alsoWrite ?? [])]);
    return answer(inserted, status);
  }
  const { keyHash, fingerprint } = r.idempotency;
  // An expired answer still holds the key until the sweep removes it; clear it here so the key can be reused.
  const dropExpired = db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.keyHash, keyHash), lt(idempotencyKeys.createdAt, r.now - IDEMPOTENCY_TTL_MS)));
  // The answer is built in SQL from the rows this batch just wrote. A concurrent
  // retry with the same key fails on the primary key and rolls its whole batch back.
  const rememberAnswer = db.insert(idempotencyKeys).select(sql`
    SELECT ${keyHash}, 201,
      json_object('id', r.id, 'caseId', r.case_id, 'status', c.status, 'fingerprint', ${fingerprint}), ${r.now}
    FROM ${reports} r JOIN ${cases} c ON c.id = r.case_id
    WHERE r.receipt_hash = ${r.receiptHash}`);
  const [, , , inserted, status] = await db.batch([dropExpired, upsertCase, countOnMergeTarget, insertReport, readStatus, rememberAnswer, ...(r.alsoWrite ?? [])]);
  return answer(inserted, status);
}

function answer(inserted: { id: number; caseId: number }[], status: { status: CaseStatus }[]) {
  const row = inserted[0];
  const caseStatus = status[0]?.status;
  if (!row || !caseStatus) throw new Error('report batch returned no row');
  return { id: row.id, caseId: row.caseId, status: caseStatus };
}

/** Is this D1 failure a second writer with the same idempotency key (or receipt) winning the race? */
export function isDuplicateKeyError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const message = e instanceof Error ? e.message : String(e);
    if (/UNIQUE constraint failed: (idempotency_keys\.key_hash|reports\.receipt_hash)/.test(message)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** Did the batch fail only because the new report's short code was already taken (one chance in 2^40 per report)? */
export function isDuplicateCodeError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.includes('UNIQUE constraint failed: reports.code_hash')) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** The stored code hash of a report, for a retried request to find which derived code it was given. */
export async function reportCodeHash(db: Db, reportId: number): Promise<string | null> {
  const [row] = await db.select({ codeHash: reports.codeHash }).from(reports).where(eq(reports.id, reportId)).limit(1);
  return row?.codeHash ?? null;
}

/** What a reporter may see about their own report: nothing about anyone else's. */
export type ReceiptView = {
  /** For the server only (never sent): which report, and its code hash, so the page can show the code. */
  reportId: number;
  codeHash: string | null;
  reportedAt: number;
  /** '' for a report without a link (see `contentKind`). */
  url: string;
  /** What was reported: a link, a copied text (`description`) or only a screenshot. */
  contentKind: ContentKind;
  /** The reporter's own words (for a linkless text report, the claim as they copied it). */
  description: string;
  platform: ReportPlatform;
  category: ReportCategory;
  status: CaseStatus;
  verdictSummary: string | null;
  verdictAt: number | null;
  updatedAt: number;
  rebuttal: { slug: string; title: string; publishedAt: number | null } | null;
  /**
   * The verdict of the case this report's claim was matched to at intake (workers/claims/), shown
   * as automatic: only while that case is still decided, not merged away, with its rebuttal published.
   */
  auto: AutoVerdict | null;
};

export type AutoVerdict = {
  caseId: number;
  status: CaseStatus;
  verdictSummary: string | null;
  method: 'lexical' | 'semantic' | 'accepted';
  rebuttal: { slug: string; title: string; publishedAt: number | null };
};

// The automatically matched case and its rebuttal, joined beside the report's own.
const autoCases = alias(cases, 'auto_cases');
const autoStories = alias(stories, 'auto_stories');

/** A report's view by its receipt token's hash or by its short code's hash; the same columns either way. */
export async function receiptView(db: Db, hash: string, by: 'receipt' | 'code' = 'receipt'): Promise<ReceiptView | null> {
  const [row] = await db
    .select({
      reportId: reports.id,
      codeHash: reports.codeHash,
      reportedAt: reports.createdAt,
      url: reports.url,
      description: reports.description,
      platform: reports.platform,
      category: reports.category,
      status: cases.status,
      verdictSummary: cases.verdictSummary,
      verdictAt: cases.verdictAt,
      updatedAt: cases.updatedAt,
      storySlug: stories.slug,
      storyTitle: stories.title,
      storyPublishedAt: stories.publishedAt,
      autoMethod: reports.autoMethod,
      autoCaseId: autoCases.id,
      autoStatus: autoCases.status,
      autoSummary: autoCases.verdictSummary,
      autoSlug: autoStories.slug,
      autoTitle: autoStories.title,
      autoPublishedAt: autoStories.publishedAt,
    })
    .from(reports)
    .innerJoin(cases, eq(cases.id, reports.caseId))
    // Only a published rebuttal is shown; drafts stay on the editors' side.
    .leftJoin(stories, and(eq(stories.id, cases.rebuttalStoryId), eq(stories.status, 'published')))
    // Checked at read time: a match to a case since merged, reopened or unpublished shows nothing automatic.
    .leftJoin(autoCases, and(eq(autoCases.id, reports.autoCaseId), isNull(autoCases.mergedIntoId), inArray(autoCases.status, [...verdictStatuses])))
    .leftJoin(autoStories, and(eq(autoStories.id, autoCases.rebuttalStoryId), eq(autoStories.status, 'published')))
    .where(by === 'code' ? eq(reports.codeHash, hash) : eq(reports.receiptHash, hash))
    .limit(1);
  if (!row) return null;
  const decided = (verdictStatuses as readonly string[]).includes(row.status);
  return {
    reportId: row.reportId,
    codeHash: row.codeHash,
    reportedAt: row.reportedAt,
    url: row.url,
    contentKind: reportContentKind(row),
    description: row.description,
    platform: row.platform,
    category: row.category,
    status: row.status,
    verdictSummary: decided ? row.verdictSummary : null,
    verdictAt: decided ? row.verdictAt : null,
    updatedAt: row.updatedAt,
    rebuttal: row.storySlug && row.storyTitle ? { slug: row.storySlug, title: row.storyTitle, publishedAt: row.storyPublishedAt } : null,
    // The report's own case, once decided, speaks for itself; the automatic verdict is for the wait.
    auto:
      !decided && row.autoCaseId && row.autoStatus && row.autoMethod && row.autoSlug && row.autoTitle
        ? {
            caseId: row.autoCaseId,
            status: row.autoStatus,
            verdictSummary: row.autoSummary,
            method: row.autoMethod,
            rebuttal: { slug: row.autoSlug, title: row.autoTitle, publishedAt: row.autoPublishedAt },
          }
        : null,
  };
}

/**
 * Give a report from before short codes its code, once: only while it has none, so a
 * second visit (or a racing one) changes nothing. False when the code is taken.
 */
export async function assignCode(db: Db, reportId: number, hash: string): Promise<boolean> {
  try {
    const rows = await db
      .update(reports)
      .set({ codeHash: hash })
      .where(and(eq(reports.id, reportId), isNull(reports.codeHash)))
      .returning({ id: reports.id });
    return rows.length === 1;
  } catch (err) {
    if (isDuplicateCodeError(err)) return false;
    throw err;
  }
}
