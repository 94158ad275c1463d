// The measurement the thresholds were chosen by (README "Claim matching"): every labelled pair
// goes through the production path, LSH band keys first (a pair sharing no band is never
// re-scored, as in D1), then the exact score against the thresholds in DEFAULT_THRESHOLDS.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../workers/claims/claim-settings';
import { bestScore, shingleSets, bandKeysOfTexts } from '../../workers/claims/claim-match';
import { buildPairs, type LabelledPair } from './claim-pairs';

const pairs = buildPairs();

/** The score a pair gets end to end: 0 when LSH would never bring them together. */
function pipelineScore(p: LabelledPair): number {
  const keysA = new Set(bandKeysOfTexts([p.a]));
  if (!bandKeysOfTexts([p.b]).some((k) => keysA.has(k))) return 0;
  return bestScore(shingleSets([p.a]), [p.b]).score;
}

const scored = pairs.map((p) => ({ ...p, score: pipelineScore(p) }));

function measure(threshold: number) {
  const tp = scored.filter((p) => p.same && p.score >= threshold).length;
  const fp = scored.filter((p) => !p.same && p.score >= threshold).length;
  const fn = scored.filter((p) => p.same && p.score < threshold).length;
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn };
}

describe('lexical claim matching on the labelled pairs', () => {
  it('holds at least 300 pairs, both labels, built from at least 60 claims', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(150);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(150);
    expect(new Set(pairs.filter((p) => p.same).map((p) => p.a)).size).toBeGreaterThanOrEqual(60);
  });

  it('candidate threshold: precision ≥ 0.9 at recall ≥ 0.7', () => {
    const m = measure(DEFAULT_THRESHOLDS.lexical.candidate);
    console.log(`lexical @ candidate ${DEFAULT_THRESHOLDS.lexical.candidate}: precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}; ${pairs.length} pairs)`);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('high threshold (automatic verdicts): precision ≥ 0.9 at recall ≥ 0.7', () => {
    const m = measure(DEFAULT_THRESHOLDS.lexical.high);
    console.log(`lexical @ high ${DEFAULT_THRESHOLDS.lexical.high}: precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('prints the false matches and the misses at the candidate threshold (for whoever tunes it)', () => {
    const t = DEFAULT_THRESHOLDS.lexical.candidate;
    const wrong = scored.filter((p) => (p.same ? p.score < t : p.score >= t));
    for (const p of wrong) console.log(`${p.same ? 'MISS' : 'FALSE'} ${p.score.toFixed(2)} [${p.kind}] ${p.a} ⟷ ${p.b}`);
    expect(wrong.length).toBeLessThan(scored.length * 0.1);
  });
});
