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

export function isVerdict(status: CaseStatus): boolean {
  return (verdictStatuses as readonly string[]).includes(status);
}

/** Verdicts that say something about the truth of the content need a written summary; a referral does not. */
export function needsSummary(status: CaseStatus): boolean {
  return isVerdict(status) && status !== 'referred';
}
