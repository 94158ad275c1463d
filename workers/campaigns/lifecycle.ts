// Campaign lifecycle: draft → active → ended, and what a reader sees of it.
import type { CampaignStatus } from '../../schema';
import { AppError, type FieldError } from '../core/errors';

/** What readers see: an active campaign before its first day is `upcoming`, after its last day `ended`. */
export type CampaignPhase = 'draft' | 'upcoming' | 'running' | 'ended';

type Dated = { status: CampaignStatus; startsOn: string; endsOn: string };

export function campaignPhase(campaign: Dated, today: string): CampaignPhase {
  if (campaign.status === 'draft') return 'draft';
  if (campaign.status === 'ended' || campaign.endsOn < today) return 'ended';
  return campaign.startsOn > today ? 'upcoming' : 'running';
}

/** Allowed moves. Once public a campaign stays public (links are out); an ended one is final. */
const transitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['active'],
  active: ['ended'],
  ended: [],
};

export type ActivationFacts = {
  endsOn: string;
  targetShares: number | null;
  targetClicks: number | null;
  publishedStoryCount: number;
  today: string;
};

/**
 * Throws CONFLICT (with `currentState`) unless `from → to` is allowed, and for
 * activation lists every missing piece (a target, a published story, a future end).
 */
export function assertTransition(from: CampaignStatus, to: CampaignStatus, facts: ActivationFacts): void {
  if (from === to) return;
  if (!transitions[from].includes(to)) {
    throw new AppError('CONFLICT', `A campaign cannot go from ${from} to ${to}`, { extra: { currentState: from } });
  }
  if (to !== 'active') return;
  const errors: FieldError[] = [];
  if (facts.targetShares == null && facts.targetClicks == null) {
    errors.push({ path: 'targetShares', message: 'Set a target for shares or clicks before activating' });
  }
  if (facts.publishedStoryCount === 0) {
    errors.push({ path: 'stories', message: 'Add at least one published story before activating' });
  }
  if (facts.endsOn < facts.today) errors.push({ path: 'endsOn', message: 'The campaign has already ended' });
  if (errors.length > 0) {
    throw new AppError('CONFLICT', 'The campaign is not ready to be activated', { errors, extra: { currentState: from } });
  }
}

/** Ended campaigns are a record: nothing in them changes any more. */
export function assertEditable(status: CampaignStatus): void {
  if (status === 'ended') {
    throw new AppError('CONFLICT', 'An ended campaign can no longer be edited', { extra: { currentState: status } });
  }
}

/** Percentage reached (whole number, may pass 100), or null without a target. */
export function percentOf(value: number, target: number | null): number | null {
  if (target == null || target <= 0) return null;
  return Math.floor((value * 100) / target);
}
