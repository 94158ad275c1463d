// The life of a case: reported (`new`), picked up (`reviewing`), decided.
// A decided case can be reopened for review when new facts come in.
import { verdictStatuses, type CaseStatus } from '../../schema';

export const caseTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['reviewing'],
  reviewing: ['false', 'misleading', 'not_misinformation', 'referred'],
  false: ['reviewing'],
  misleading: ['reviewing'],
  not_misinformation: ['reviewing'],
  referred: ['reviewing'],
};

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return caseTransitions[from].includes(to);
}

/**
 * The moves that take a case from `from` to `to`, or null when it cannot get there.
 * A new case may be decided in one step: the editor read it and knows the answer,
 * so it passes through `reviewing` on the way (each move is audited). Anything
 * else moves along `caseTransitions` one step at a time; a decided case is
 * reopened before it gets another verdict.
 */
export function stepsTo(from: CaseStatus, to: CaseStatus): CaseStatus[] | null {
  if (canMove(from, to)) return [to];
  if (from === 'new' && canMove('reviewing', to)) return ['reviewing', to];
  return null;
}

/** Where a case can go from `from` in one submission (what the desk offers). */
export function reachableFrom(from: CaseStatus): CaseStatus[] {
  return from === 'new' ? ['reviewing', ...caseTransitions.reviewing] : [...caseTransitions[from]];
}

export function isVerdict(status: CaseStatus): boolean {
  return (verdictStatuses as readonly string[]).includes(status);
}

/** Verdicts that say something about the truth of the content need a written summary; a referral does not. */
export function needsSummary(status: CaseStatus): boolean {
  return isVerdict(status) && status !== 'referred';
}
