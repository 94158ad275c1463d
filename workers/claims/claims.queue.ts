// Consumer of `lan-toa-claims`: after a report is stored, index its claim (band rows in
// claim_bands) and write the cases it may repeat as candidate rows (claim_matches) for the
// desk, off the request path. The cron sweep (claims.sweep.ts) catches reports whose message
// never arrived.
import * as v from 'valibot';
import { createDb, type Db } from '../core/db';
import { retryLater } from '../jobs/queue-policy';
import { bandKeysOfTexts, reportTexts } from './claim-match';
import { caseLookup, lexicalCandidates, reportToIndex, storeIndex } from './claim-index.queries';
import { semanticMatch } from './semantic';
import { claimsQueueMessage, type ClaimCandidate, type ClaimsQueueMessage } from './claims.types';

/** What a later matching step (the semantic one, claims-desk) is given once the lexical index is written. */
export type IndexedClaim = {
  reportId: number;
  /** The report's live case (merges followed). */
  caseId: number;
  /** The texts matched: the report's description (and page title), the case's editor-worded claim. */
  texts: string[];
  lexical: ClaimCandidate[];
};

/**
 * Steps run after the lexical index of each message is stored, in order: today the semantic
 * match (a no-op without the AI and VECTORIZE bindings). A step that throws retries the
 * message (the lexical writes are idempotent, so redoing them is harmless).
 */
export const postIndexSteps: ((env: Env, db: Db, claim: IndexedClaim) => Promise<void>)[] = [
  async (env, db, claim) => {
    await semanticMatch(env, db, { reportId: claim.reportId, caseId: claim.caseId });
  },
];

/** Index one report: its texts' band keys under its live case, and its lexical candidates. Null when the report is gone. */
export async function indexReport(db: Db, message: ClaimsQueueMessage, now = Date.now()): Promise<IndexedClaim | null> {
  const report = await reportToIndex(db, message.reportId);
  if (!report) return null;
  const texts = [...reportTexts({ description: report.description }), ...(report.claim ? reportTexts({ description: report.claim }) : [])];
  const keys = bandKeysOfTexts(texts);
  const lexical = keys.length > 0 ? lexicalCandidates(texts, await caseLookup(db, keys, report.caseId), report.caseId) : [];
  await storeIndex(db, report.caseId, keys, lexical, now);
  return { reportId: report.reportId, caseId: report.caseId, texts, lexical };
}

export async function consumeClaims(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const parsed = v.safeParse(claimsQueueMessage, message.body);
    if (!parsed.success) {
      console.error(`dropping malformed claims message ${message.id}`);
      message.ack();
      continue;
    }
    try {
      const indexed = await indexReport(db, parsed.output);
      if (indexed) for (const step of postIndexSteps) await step(env, db, indexed);
      message.ack();
    } catch (err) {
      console.error(`claims message ${message.id} failed (attempt ${message.attempts})`, err);
      retryLater(message, err);
    }
  }
}

/** Ask for a stored report to be indexed; a queue that is down never fails the report (the sweep catches it up). */
export async function queueClaimIndex(env: { CLAIMS_QUEUE?: Queue<unknown> }, message: ClaimsQueueMessage): Promise<void> {
  try {
    await env.CLAIMS_QUEUE?.send(message);
  } catch (err) {
    console.error(`could not queue claim indexing of report ${message.reportId}; the sweep will`, err);
  }
}
