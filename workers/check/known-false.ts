// The known-false lookup of the check: the link's canonical case, and the text through the
// claims matcher (band keys → candidates → exact re-score at the lexical HIGH threshold, or a
// pair an editor accepted), kept only when the case says false or misleading and its rebuttal
// story is published. Reads only: nothing pasted is written anywhere.
import { and, eq, inArray } from 'drizzle-orm';
import { cases, stories } from '../../schema';
import { intakeLookup } from '../claims/claim-index.queries';
import { bandKeysOfTexts, chooseAutoMatch, reportTexts } from '../claims/claim-match';
import type { Db } from '../core/db';
import { canonicalizeUrl } from '../reports/canonical-url';
import { claimTextKey, isClaimText } from '../reports/claim-key';
import type { KnownFalseFinding } from './check.types';
import type { CheckInput } from './check.schemas';

/** Verdicts that make a claim "known false" (a case judged not misinformation, or referred, is not). */
export const KNOWN_FALSE_VERDICTS = ['false', 'misleading'] as const;

/** A case key no case has: the lookup then has no "own" case, only candidates. */
const NO_CASE = 'check:none';

type Pick = { caseId: number; via: 'url' | 'text'; score: number };

/**
 * The decided cases (with a published rebuttal) this link or text repeats, best first.
 * Two statements at most: the claims lookup (the intake's one), then the rebuttals.
 */
export async function knownFalseFindings(db: Db, input: CheckInput): Promise<KnownFalseFinding[]> {
  const texts = input.text ? reportTexts({ description: input.text }) : [];
  const keys = bandKeysOfTexts(texts);
  // The case a report of this would join: its link's, else (linkless) its folded text's.
  const caseKey = input.url ? canonicalizeUrl(input.url).url : isClaimText(input.text) ? await claimTextKey(input.text) : null;
  if (keys.length === 0 && caseKey === null) return [];
  const lookup = await intakeLookup(db, keys, caseKey ?? NO_CASE);

  const picks: Pick[] = [];
  if (lookup.ownCaseId !== null) picks.push({ caseId: lookup.ownCaseId, via: input.url ? 'url' : 'text', score: 1 });
  const auto = chooseAutoMatch(texts, lookup.cases, lookup.ownCaseId, lookup.thresholds.lexical.high);
  if (auto) picks.push({ caseId: auto.caseId, via: 'text', score: auto.score });
  if (picks.length === 0) return [];

  const rows = await db
    .select({
      caseId: cases.id,
      status: cases.status,
      id: stories.id,
      slug: stories.slug,
      title: stories.title,
      summary: stories.summary,
      replies: stories.replies,
    })
    .from(cases)
    .innerJoin(stories, and(eq(stories.id, cases.rebuttalStoryId), eq(stories.status, 'published')))
    .where(and(inArray(cases.id, picks.map((p) => p.caseId)), inArray(cases.status, [...KNOWN_FALSE_VERDICTS])));
  const byCase = new Map(rows.map((r) => [r.caseId, r]));
  const out: KnownFalseFinding[] = [];
  for (const pick of picks) {
    const row = byCase.get(pick.caseId);
    if (!row || out.some((f) => f.caseId === pick.caseId)) continue;
    out.push({
      kind: 'knownFalse',
      via: pick.via,
      caseId: pick.caseId,
      score: pick.score,
      verdict: row.status,
      rebuttal: { id: row.id, slug: row.slug, title: row.title, summary: row.summary, replies: [...(row.replies ?? [])] },
    });
  }
  return out;
}
