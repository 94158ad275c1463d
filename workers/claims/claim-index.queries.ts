// D1 side of lexical claim matching: the ONE statement report intake adds (candidates by
// band key, with the thresholds folded in), and the off-request indexing the CLAIMS_QUEUE
// consumer does (band rows, candidate rows for the desk).
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { claimBands, claimMatches, type CaseStatus } from '../../schema';
import type { Db } from '../core/db';
import { d1Batch } from '../core/db';
import type { ClaimCandidate } from './claims.types';
import { bestScore, shingleSets, type LookupCase } from './claim-match';
import { THRESHOLD_KEYS, thresholdsFrom, type ClaimThresholds } from './claim-settings';

/** Cases sharing the most band keys are re-scored; a common rumour can share buckets with many, so cap it. */
export const MAX_CANDIDATES = 20;
/** Reporters' texts read per candidate case (its first reports), beside the editors' claim. */
export const TEXTS_PER_CASE = 3;

type LookupRow = { result: string };
type RawCase = Omit<LookupCase, 'rebuttal' | 'accepted' | 'texts'> & {
  storySlug: string | null;
  storyTitle: string | null;
  accepted: number;
  texts: string | (string | null)[];
};
type RawLookup = { settings: { key: string; value: string }[] | null; ownCaseId: number | null; cases: RawCase[] | null };

export type CandidateLookup = { thresholds: ClaimThresholds; ownCaseId: number | null; cases: LookupCase[] };

/**
 * One statement: the live cases (merges followed) sharing a band key with `keys`, with their
 * claim, a few reports' texts, verdict and PUBLISHED rebuttal, whether an editor accepted
 * them as the same claim as `own`; plus `own`'s live id and the matching thresholds.
 * `own` is a subquery giving one `id` (the report's case, by key at intake; by id when indexing).
 */
function lookupStatement(keys: readonly string[], own: SQL): SQL {
  const thresholdKeys = sql.join(Object.keys(THRESHOLD_KEYS).map((k) => sql`${k}`), sql`, `);
  return sql`
    WITH own AS (${own}),
    hits AS (
      SELECT coalesce(c.merged_into_id, c.id) AS id, count(*) AS n
      FROM json_each(${JSON.stringify(keys)}) k
      JOIN claim_bands b ON b.band_key = k.value
      JOIN cases c ON c.id = b.case_id
      WHERE coalesce(c.merged_into_id, c.id) NOT IN (SELECT id FROM own)
      GROUP BY 1 ORDER BY n DESC LIMIT ${MAX_CANDIDATES}
    ),
    accepted AS (
      SELECT coalesce(c.merged_into_id, c.id) AS id
      FROM claim_matches m JOIN own ON own.id IN (m.case_id, m.candidate_id)
      JOIN cases c ON c.id = CASE WHEN m.case_id = own.id THEN m.candidate_id ELSE m.case_id END
      WHERE m.status = 'accepted'
    )
    SELECT json_object(
      'settings', (SELECT json_group_array(json_object('key', key, 'value', value)) FROM settings WHERE key IN (${thresholdKeys})),
      'ownCaseId', (SELECT id FROM own),
      'cases', (
        SELECT json_group_array(json_object(
          'id', c.id, 'status', c.status, 'claim', c.claim, 'verdictSummary', c.verdict_summary,
          'storySlug', s.slug, 'storyTitle', s.title,
          'accepted', c.id IN (SELECT id FROM accepted),
          'texts', (SELECT json_group_array(d) FROM (
            SELECT r.description AS d FROM reports r
            WHERE r.case_id = c.id AND r.description <> '' ORDER BY r.created_at LIMIT ${TEXTS_PER_CASE}))
        ))
        FROM cases c LEFT JOIN stories s ON s.id = c.rebuttal_story_id AND s.status = 'published'
        WHERE c.merged_into_id IS NULL AND (c.id IN (SELECT id FROM hits) OR c.id IN (SELECT id FROM accepted))
      )
    ) AS result`;
}

function parseLookup(row: LookupRow | undefined): CandidateLookup {
  const raw = JSON.parse(row?.result ?? '{}') as RawLookup;
  return {
    thresholds: thresholdsFrom(raw.settings ?? []),
    ownCaseId: raw.ownCaseId ?? null,
    cases: (raw.cases ?? []).map((c) => {
      const texts = typeof c.texts === 'string' ? (JSON.parse(c.texts) as (string | null)[]) : c.texts;
      return {
        id: c.id,
        status: c.status as CaseStatus,
        claim: c.claim,
        verdictSummary: c.verdictSummary,
        rebuttal: c.storySlug && c.storyTitle ? { slug: c.storySlug, title: c.storyTitle } : null,
        accepted: c.accepted === 1,
        texts: texts.filter((t): t is string => !!t),
      };
    }),
  };
}

/** Intake's one extra statement: candidates for a new report whose case key is `caseKey` (its case may not exist yet). */
export async function intakeLookup(db: Db, keys: readonly string[], caseKey: string): Promise<CandidateLookup> {
  const own = sql`SELECT coalesce(merged_into_id, id) AS id FROM cases WHERE canonical_url = ${caseKey}`;
  return parseLookup((await db.all<LookupRow>(lookupStatement(keys, own)))[0]);
}

/** The same lookup for an indexed case (the consumer, off the request path). */
export async function caseLookup(db: Db, keys: readonly string[], caseId: number): Promise<CandidateLookup> {
  const own = sql`SELECT coalesce(merged_into_id, id) AS id FROM cases WHERE id = ${caseId}`;
  return parseLookup((await db.all<LookupRow>(lookupStatement(keys, own)))[0]);
}

/** What the consumer indexes for a report: its text, its live case (merges followed) and that case's claim. */
export type ReportToIndex = { reportId: number; caseId: number; description: string; claim: string | null };

export async function reportToIndex(db: Db, reportId: number): Promise<ReportToIndex | null> {
  const [row] = await db.all<ReportToIndex>(sql`
    SELECT r.id AS reportId, l.id AS caseId, r.description AS description, l.claim AS claim
    FROM reports r JOIN cases c ON c.id = r.case_id
    JOIN cases l ON l.id = coalesce(c.merged_into_id, c.id)
    WHERE r.id = ${reportId}`);
  return row ?? null;
}

/**
 * A case whose texts give no band key still gets one row, under a key no lookup ever asks
 * for (`-:<case id>`), so the sweep knows it was indexed and does not come back to it.
 */
export function indexedMarker(caseId: number): string {
  return `-:${caseId}`;
}

/**
 * Write a case's band rows and its candidate pairs (score ≥ the candidate threshold), in one
 * batch. Idempotent: a redelivered message rewrites the same rows (bands ignored when present,
 * an open pair's score refreshed, an editor's accepted or rejected pair left alone).
 */
export async function storeIndex(db: Db, caseId: number, keys: readonly string[], candidates: readonly ClaimCandidate[], now: number): Promise<void> {
  const bandKeys = keys.length > 0 ? keys : [indexedMarker(caseId)];
  // The keys go in as ONE JSON parameter: D1 binds at most 100 values per statement (42 bands × 3 columns would not fit).
  const statements: (SQL | { toSQL(): { sql: string; params: unknown[] } })[] = [
    sql`INSERT INTO ${claimBands} (band_key, case_id, created_at) SELECT value, ${caseId}, ${now} FROM json_each(${JSON.stringify(bandKeys)}) WHERE true
        ON CONFLICT (band_key, case_id) DO NOTHING`,
  ];
  for (const c of candidates) {
    // The newer case (higher id) is `caseId`, the older one it may repeat `candidateId`.
    const [newer, older] = c.caseId > caseId ? [c.caseId, caseId] : [caseId, c.caseId];
    statements.push(
      db
        .insert(claimMatches)
        .values({ caseId: newer, candidateId: older, method: c.method, score: c.score, matchedWords: JSON.stringify(c.matchedWords), createdAt: now })
        .onConflictDoUpdate({
          target: [claimMatches.caseId, claimMatches.candidateId, claimMatches.method],
          set: { score: sql`max(${claimMatches.score}, excluded.score)`, matchedWords: sql`excluded.matched_words` },
          setWhere: eq(claimMatches.status, 'open'),
        }),
    );
  }
  await d1Batch(db, statements);
}

/** Lexical candidates for a case among the lookup's cases: exact re-score, at or above `candidate`, never itself. */
export function lexicalCandidates(texts: readonly string[], lookup: CandidateLookup, caseId: number): ClaimCandidate[] {
  const ours = shingleSets(texts);
  const out: ClaimCandidate[] = [];
  for (const c of lookup.cases) {
    if (c.id === caseId) continue;
    const { score, matchedWords } = bestScore(ours, [c.claim ?? '', ...c.texts]);
    if (score >= lookup.thresholds.lexical.candidate) out.push({ caseId: c.id, method: 'lexical', score, matchedWords });
  }
  return out;
}

/**
 * A case's stored candidates, both ways (pairs where it is the newer or the older case),
 * best first: for the desk's "Có thể cùng nội dung" (claims-desk reads these).
 */
export async function candidatesForCase(db: Db, caseId: number): Promise<(ClaimCandidate & { matchId: number; status: string })[]> {
  const rows = await db
    .select()
    .from(claimMatches)
    .where(or(eq(claimMatches.caseId, caseId), eq(claimMatches.candidateId, caseId)));
  return rows
    .map((r) => ({
      matchId: r.id,
      caseId: r.caseId === caseId ? r.candidateId : r.caseId,
      method: r.method,
      score: r.score,
      matchedWords: JSON.parse(r.matchedWords) as string[],
      status: r.status,
    }))
    .sort((a, b) => b.score - a.score);
}

/** Does this case have any band row yet (indexed)? */
export async function hasBands(db: Db, caseIds: number[]): Promise<Set<number>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db.selectDistinct({ caseId: claimBands.caseId }).from(claimBands).where(and(inArray(claimBands.caseId, caseIds)));
  return new Set(rows.map((r) => r.caseId));
}
