// Semantic claim matching: the same rumour told in other words, found by meaning. Runs only
// where the AI (Workers AI) and VECTORIZE bindings exist, in the CLAIMS_QUEUE consumer,
// never on the request path. Without the bindings it does nothing (the default; lexical
// matching still runs). README "Claim matching" says how to switch it on.
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { cases, claimMatches, reports } from '../../schema';
import type { Db } from '../core/db';
import { foldClaimText } from '../reports/claim-key';
import { claimThresholds } from './claim-settings';
import type { ClaimCandidate, ClaimsQueueMessage } from './claims.types';
import { sharedWords } from './highlight';

export const SEMANTIC_MODEL = '@cf/baai/bge-m3';
/** Only cases embedded this recently are compared: a rumour from two years ago is another story. */
export const RECENCY_DAYS = 180;
export const TOP_K = 10;
const DAY = 24 * 60 * 60 * 1000;

type SemanticBindings = { AI?: Ai; VECTORIZE?: VectorizeIndex };

export const vectorId = (caseId: number) => `case:${caseId}`;

/** One embedding from bge-m3 (1024 numbers); throws when the model answers anything else. */
async function embed(ai: Ai, text: string): Promise<number[]> {
  const out: unknown = await ai.run(SEMANTIC_MODEL, { text: [text] });
  const data = typeof out === 'object' && out !== null && 'data' in out ? out.data : undefined;
  const first: unknown = Array.isArray(data) ? data[0] : undefined;
  if (!Array.isArray(first) || first.length === 0 || !first.every((n) => typeof n === 'number')) {
    throw new Error(`${SEMANTIC_MODEL} returned no embedding`);
  }
  return first;
}

/** A case's claim in words: the editors' claim, else its first report's message. */
const caseText = sql<string | null>`coalesce(${cases.claim}, (
  SELECT r.description FROM ${reports} r WHERE r.case_id = "cases"."id" AND r.description <> '' ORDER BY r.created_at, r.id LIMIT 1
))`;

/**
 * Embed the report's claim, remember it as the vector `case:<id>` (metadata caseId, createdAt),
 * look up to TOP_K recent neighbours and write each live case scoring at least the semantic
 * candidate threshold as an open claim_matches row (method 'semantic', the cosine as score, the
 * folded words both texts share). Pairs an editor already decided are left alone.
 * Throws when Workers AI or Vectorize fails, so the queue retries the message (nothing is lost).
 * Returns the candidates written (empty when the bindings are absent).
 */
export async function semanticMatch(env: SemanticBindings, db: Db, msg: ClaimsQueueMessage, now = Date.now()): Promise<ClaimCandidate[]> {
  if (!env.AI || !env.VECTORIZE) return [];
  const [row] = await db
    .select({ caseId: cases.id, mergedIntoId: cases.mergedIntoId, claim: cases.claim, description: reports.description })
    .from(reports)
    .innerJoin(cases, eq(cases.id, reports.caseId))
    .where(eq(reports.id, msg.reportId));
  if (!row) return []; // the report was deleted (privacy erasure) before we got to it
  const caseId = row.mergedIntoId ?? row.caseId;
  const text = row.claim ?? row.description;
  if (foldClaimText(text) === '') return []; // a link or a screenshot only: nothing to compare by meaning

  const vector = await embed(env.AI, text);
  const found = await env.VECTORIZE.query(vector, { topK: TOP_K, returnMetadata: 'all', filter: { createdAt: { $gte: now - RECENCY_DAYS * DAY } } });
  // Stored after the query, so the case never finds itself; `createdAt` is when its claim was last
  // embedded, so a rumour still being reported stays inside the recency window.
  await env.VECTORIZE.upsert([{ id: vectorId(caseId), values: vector, metadata: { caseId, createdAt: now } }]);

  const { semantic } = await claimThresholds(db);
  const scores = new Map<number, number>();
  for (const m of found.matches) {
    const other = typeof m.metadata?.caseId === 'number' ? m.metadata.caseId : Number(m.id.replace(/^case:/, ''));
    if (Number.isInteger(other) && other !== caseId && m.score >= semantic.candidate) scores.set(other, Math.max(scores.get(other) ?? 0, Math.min(1, m.score)));
  }
  if (scores.size === 0) return [];

  // Neighbours merged since they were embedded stand for the case they were merged into.
  const others = await db.select({ id: cases.id, mergedIntoId: cases.mergedIntoId, text: caseText }).from(cases).where(inArray(cases.id, [...scores.keys()]));
  const liveIds = [...new Set(others.map((o) => o.mergedIntoId ?? o.id))].filter((id) => id !== caseId);
  if (liveIds.length === 0) return [];
  const live = await db.select({ id: cases.id, text: caseText }).from(cases).where(inArray(cases.id, liveIds));
  const decided = await db
    .select({ a: claimMatches.caseId, b: claimMatches.candidateId })
    .from(claimMatches)
    .where(and(ne(claimMatches.status, 'open'), or(and(eq(claimMatches.caseId, caseId), inArray(claimMatches.candidateId, liveIds)), and(eq(claimMatches.candidateId, caseId), inArray(claimMatches.caseId, liveIds)))));
  const decidedWith = new Set(decided.map((d) => (d.a === caseId ? d.b : d.a)));

  const candidates: ClaimCandidate[] = [];
  for (const other of live) {
    if (decidedWith.has(other.id)) continue;
    const score = Math.max(...others.filter((o) => (o.mergedIntoId ?? o.id) === other.id).map((o) => scores.get(o.id) ?? 0));
    candidates.push({ caseId: other.id, method: 'semantic', score, matchedWords: sharedWords(text, other.text ?? '') });
  }
  if (candidates.length === 0) return [];
  await db
    .insert(claimMatches)
    .values(
      candidates.map((c) => ({
        // The newer case (higher id) names the older one it may repeat.
        caseId: Math.max(caseId, c.caseId),
        candidateId: Math.min(caseId, c.caseId),
        method: 'semantic' as const,
        score: c.score,
        matchedWords: JSON.stringify(c.matchedWords),
        createdAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: [claimMatches.caseId, claimMatches.candidateId, claimMatches.method],
      set: { score: sql`excluded.score`, matchedWords: sql`excluded.matched_words` },
      setWhere: eq(claimMatches.status, 'open'),
    });
  return candidates;
}
