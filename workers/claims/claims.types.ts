// Shared shapes of claim matching (workers/claims/): the queue message a stored report
// sends for indexing and semantic matching, and a candidate as the desk and the receipt see it.
import * as v from 'valibot';
import type { ClaimMatchMethod } from '../../schema';

export const CLAIMS_QUEUE_NAME = 'lan-toa-claims';

/** CLAIMS_QUEUE message: index this report's claim and look for similar cases (lexical, then semantic when bound). */
export const claimsQueueMessage = v.object({
  reportId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  caseId: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type ClaimsQueueMessage = v.InferOutput<typeof claimsQueueMessage>;

/** A case that may carry the same claim, with its exact score (0..1) and the folded words both share. */
export type ClaimCandidate = {
  caseId: number;
  method: ClaimMatchMethod;
  score: number;
  matchedWords: string[];
};
