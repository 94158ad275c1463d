/**
 * The "check before posting" contract (`/kiem-tra`, `POST /api/check`). The text detectors
 * (workers/check/detect.ts) are pure and run on the pasted text only; the known-false-claim
 * lookup needs D1 (the claims index and canonical URLs). Nothing pasted is stored or logged.
 */

/** Most characters a person may paste (text and link together). */
export const CHECK_MAX_CHARS = 5000;

export const checkFindingKinds = ['knownFalse', 'internalDocument', 'personalData', 'rumour', 'tone'] as const;
export type CheckFindingKind = (typeof checkFindingKinds)[number];

/** What exactly a text finding saw: each has its own explanation and advice in web/i18n/check.ts. */
export const checkSignals = {
  internalDocument: ['secretMarker', 'internalMarker', 'documentNumber', 'nationalMotto', 'recipientsBlock'],
  personalData: ['citizenId', 'phone', 'bankAccount', 'addressWithName'],
  rumour: ['urgency', 'exclamations', 'allCaps', 'noSource'],
  tone: ['insult'],
} as const;
export type TextFindingKind = keyof typeof checkSignals;
export type CheckSignal = (typeof checkSignals)[TextFindingKind][number];

/** One thing the detectors found in the text. */
export type TextFinding = {
  kind: TextFindingKind;
  signal: CheckSignal;
  /** The words that raised it, as shown to the person: personal data masked ("0912 *** 678"). */
  matches: string[];
  /** Tone only: a calmer wording for each match, in the same order. */
  suggestions?: string[];
};

/** A curated insulting or inflaming word or phrase and a calmer way to say it. */
export type ToneRule = { word: string; calmer: string };

/** The pasted text or link repeats a decided case that has a published rebuttal. */
export type KnownFalseFinding = {
  kind: 'knownFalse';
  /** How it was recognised: the link canonicalised to the case's, or the text matched its claim. */
  via: 'url' | 'text';
  caseId: number;
  /** 0..1: 1 for a link match, the claims matcher's exact score for a text match. */
  score: number;
  /** The case's verdict code (shown in words), e.g. `false`, `misleading`. */
  verdict: string;
  /** The rebuttal story to share instead (with its reply kit). */
  rebuttal: { id: number; slug: string; title: string; summary: string; replies: string[] };
};

export type CheckFinding = TextFinding | KnownFalseFinding;

export type CheckResult = {
  /** True when nothing was found: the page then says so, with the verify checklist still shown. */
  clear: boolean;
  findings: CheckFinding[];
};
