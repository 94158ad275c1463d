// Lexical matching of one claim against candidate cases: the exact re-score every LSH
// candidate gets before anyone sees it, and the choice of an automatic verdict at intake.
import { verdictStatuses, type CaseStatus } from '../../schema';
import { bandKeysOf } from './minhash';
import { jaccard, sharedWords, shingles } from './shingles';

/** Fewer content words than this is too little to stand for a claim ("tin giả", "xem giúp"). */
export const MIN_CLAIM_WORDS = 3;

/** A case as the matcher sees it: its editor-worded claim and a few reporters' texts. */
export type CaseTexts = { caseId: number; texts: string[] };

/** The texts of a report to match: its description and, when a door gives one, the page's title (none does today). */
export function reportTexts(report: { description: string | null | undefined; pageTitle?: string | null }): string[] {
  return [report.description, report.pageTitle].filter((t): t is string => !!t && shingles(t).size >= MIN_CLAIM_WORDS);
}

/** Every text's shingle set worth matching (empty sets dropped). */
export function shingleSets(texts: readonly string[]): Set<string>[] {
  return texts.map(shingles).filter((s) => s.size >= MIN_CLAIM_WORDS);
}

/** The band keys of all these texts (a case is indexed under each of its texts). */
export function bandKeysOfTexts(texts: readonly string[]): string[] {
  return [...new Set(shingleSets(texts).flatMap(bandKeysOf))];
}

export type Scored = { score: number; matchedWords: string[] };

/** The best exact score between any of our texts and any of theirs, with the words that pair shares. */
export function bestScore(ours: readonly Set<string>[], theirs: readonly string[]): Scored {
  let best: Scored = { score: 0, matchedWords: [] };
  for (const b of shingleSets(theirs)) {
    for (const a of ours) {
      const score = jaccard(a, b);
      if (score > best.score) best = { score, matchedWords: sharedWords(a, b) };
    }
  }
  return best;
}

/** A candidate case from the intake lookup: enough to re-score it and to show its verdict. */
export type LookupCase = {
  id: number;
  status: CaseStatus;
  claim: string | null;
  verdictSummary: string | null;
  /** Its rebuttal story, only when published. */
  rebuttal: { slug: string; title: string } | null;
  /** An editor accepted this case and the report's own case as the same claim. */
  accepted: boolean;
  texts: string[];
};

export type AutoMatch = {
  caseId: number;
  score: number;
  method: 'lexical' | 'accepted';
  status: CaseStatus;
  verdictSummary: string | null;
  rebuttal: { slug: string; title: string };
};

function isDecided(status: CaseStatus): boolean {
  return (verdictStatuses as readonly string[]).includes(status);
}

/**
 * The decided case with a published rebuttal this report confidently repeats: one an editor
 * accepted as the same claim first, else the best exact score at or above `high`. Null when none
 * (or when the best is the report's own case, whose verdict the receipt shows anyway).
 */
export function chooseAutoMatch(texts: readonly string[], candidates: readonly LookupCase[], ownCaseId: number | null, high: number): AutoMatch | null {
  const ours = shingleSets(texts);
  let best: AutoMatch | null = null;
  for (const c of candidates) {
    if (c.id === ownCaseId || !c.rebuttal || !isDecided(c.status)) continue;
    const { score } = bestScore(ours, [c.claim ?? '', ...c.texts]);
    const method = c.accepted ? 'accepted' : score >= high ? 'lexical' : null;
    if (!method) continue;
    const rank = (m: AutoMatch) => (m.method === 'accepted' ? 2 : 1) + m.score;
    const match: AutoMatch = { caseId: c.id, score, method, status: c.status, verdictSummary: c.verdictSummary, rebuttal: c.rebuttal };
    if (!best || rank(match) > rank(best)) best = match;
  }
  return best;
}
