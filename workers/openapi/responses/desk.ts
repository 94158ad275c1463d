// The misinformation desk: reports and their receipts, cases.
import * as v from 'valibot';
import type { ReportAnswer } from '../../reports/submit-report';
import type { ResponseDoc } from '../responses';
import { caseStatus, count, id, isoTime, maybeText, maybeTime, provinceCode, reportCategory, reportPlatform, sameAs, storyStatus } from './common';

const contentKind = v.picklist(['link', 'text', 'image']);

/** Told at once when the claim confidently repeats a decided case with a published rebuttal (workers/claims/auto-verdict.ts). */
const automatic = v.nullable(
  v.strictObject({
    label: v.string(),
    status: caseStatus,
    verdict: v.pipe(v.string(), v.description('The verdict in words, in the reader\'s language')),
    verdictSummary: maybeText,
    rebuttal: v.strictObject({ title: v.string(), url: v.string(), shareUrl: v.string() }),
    method: v.pipe(v.picklist(['lexical', 'semantic', 'accepted']), v.description('How the match was found: words in common, meaning, or a pair an editor accepted')),
    note: v.pipe(v.string(), v.description('That an editor still reviews this report')),
  }),
);

const receipt = sameAs<Omit<ReportAnswer, 'auto'>>()(
  v.strictObject({
    id,
    receipt: v.pipe(v.string(), v.description('Keep it: the only way back to this report (GET /api/reports/{receipt})')),
    code: v.optional(v.pipe(v.string(), v.description('A short code to read aloud or type, e.g. LT-7K3M-9QXA'))),
    status: v.string(),
    caseId: id,
  }),
);
const receiptAnswer = v.strictObject({ ...receipt.entries, automatic });

const caseEntries = {
  id,
  canonicalUrl: maybeText,
  contentKind,
  platform: reportPlatform,
  category: reportCategory,
  provinceCode: v.nullable(provinceCode),
  status: caseStatus,
  reportCount: count,
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
  verdictAt: maybeTime,
  rebuttalStoryId: v.nullable(id),
  assigneeId: maybeText,
};
const caseJson = v.strictObject({ ...caseEntries, claim: maybeText, verdictSummary: maybeText, mergedIntoId: v.nullable(id), updatedAt: isoTime });
const caseListItem = v.strictObject({ ...caseEntries, claimText: maybeText, assigneeName: maybeText });

const caseDetail = v.strictObject({
  ...caseJson.entries,
  assignee: v.nullable(v.strictObject({ id: v.string(), name: v.string() })),
  rebuttal: v.nullable(v.strictObject({ id, slug: v.string(), title: v.string(), status: storyStatus, publishedAt: maybeTime })),
  mergedFrom: v.array(v.strictObject({ id, canonicalUrl: maybeText, contentKind })),
  reports: v.array(
    v.strictObject({
      id,
      url: maybeText,
      platform: reportPlatform,
      category: reportCategory,
      description: maybeText,
      provinceCode: v.nullable(provinceCode),
      contact: maybeText,
      contentKind,
      createdAt: isoTime,
      screenshotUrl: maybeText,
    }),
  ),
  notes: v.array(v.strictObject({ id, body: v.string(), createdAt: isoTime, authorId: maybeText, authorName: maybeText })),
  history: v.array(
    v.strictObject({ id, action: v.string(), target: v.string(), before: v.unknown(), after: v.unknown(), createdAt: isoTime, actorId: maybeText, actorName: maybeText }),
  ),
});

export const deskDocs: Record<string, ResponseDoc> = {
  'POST /api/reports': {
    status: 201,
    description: 'The report is received: its receipt (shown once) and the case it joined. A form post is answered with a 303 to the receipt page instead.',
    schema: receiptAnswer,
  },
  'GET /api/reports/:receipt': {
    description: 'Where a report stands: the verdict and the rebuttal once there is one. Nothing about other reporters.',
    schema: v.strictObject({
      status: caseStatus,
      verdictSummary: maybeText,
      verdictAt: maybeTime,
      rebuttal: v.nullable(v.strictObject({ title: v.string(), url: v.string(), publishedAt: maybeTime })),
      report: v.strictObject({ url: maybeText, contentKind, platform: reportPlatform, category: reportCategory, reportedAt: isoTime }),
      updatedAt: isoTime,
      automatic,
    }),
  },
  'GET /api/cases': {
    description: 'Cases, newest activity first, a page at a time (an editor with a province sees its cases only).',
    schema: v.strictObject({ items: v.array(caseListItem), page: v.number(), pageSize: v.number(), total: count }),
  },
  'GET /api/cases/:id': { description: 'One case with its reports, notes, history and rebuttal.', schema: caseDetail },
  'PATCH /api/cases/:id': { description: 'The case after the change.', schema: caseJson },
  'POST /api/cases/:id/merge': { description: 'The case, merged into its target.', schema: caseJson },
  'GET /api/cases/:id/candidates': {
    description: 'Cases that may carry the same claim ("Có thể cùng nội dung"), best first, with the score, the method and the words both share.',
    schema: v.strictObject({
      items: v.array(
        v.strictObject({
          matchId: id,
          methods: v.array(v.picklist(['lexical', 'semantic'])),
          score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
          matchedWords: v.array(v.string()),
          case: v.strictObject({
            id,
            status: caseStatus,
            reportCount: count,
            claim: maybeText,
            text: maybeText,
            canonicalUrl: maybeText,
            contentKind,
            provinceCode: v.nullable(provinceCode),
            firstSeenAt: isoTime,
          }),
          mergeTargetId: id,
          mergeSourceId: id,
          mergeReason: v.pipe(v.picklist(['decided', 'older']), v.description('Why that side is kept: the only decided one, or the older')),
        }),
      ),
    }),
  },
  'POST /api/cases/:id/candidates/:matchId/accept': {
    description: 'The pair is merged in one action (audited; undo with POST /api/cases/{id}/unmerge on the merged case).',
    schema: v.strictObject({ case: caseJson, mergedCaseId: id }),
  },
  'POST /api/cases/:id/candidates/:matchId/reject': {
    description: 'Every open candidate row of the pair is marked rejected.',
    schema: v.strictObject({ rejectedMatchIds: v.array(id), candidateCaseId: id }),
  },
  'POST /api/cases/:id/unmerge': { description: 'The merged case, split out again with exactly the reports, notes and cases that moved.', schema: caseJson },
  'GET /api/settings/claims': {
    description: 'Claim-matching thresholds per method (candidate: shown to editors; high: a verdict shown automatically).',
    schema: claimSettings(),
  },
  'PUT /api/settings/claims': { description: 'The thresholds after the change (audited).', schema: claimSettings() },
  'GET /editor/settings/claims': { contentType: 'text/html', description: 'The thresholds page of the desk (read-only for provincial accounts).' },
  'GET /api/settings/tone': {
    description: 'The words “check before posting” and the reply-kit review ask to rewrite: the repository’s list and editors’ additions, each with a calmer wording.',
    schema: toneSettings(),
  },
  'PUT /api/settings/tone': { description: 'The list after the change (the additions replace the stored ones; audited).', schema: toneSettings() },
  'GET /editor/settings/tone': { contentType: 'text/html', description: 'The words-to-rewrite page of the desk (built-in list, editors’ additions as a form).' },
  'GET /api/cases/:id/reports/:reportId/screenshot': { contentType: 'image/*', description: 'The screenshot sent with a report (editors only, never cached).' },
};

function toneSettings() {
  const rule = v.strictObject({ word: v.string(), calmer: v.string() });
  return v.strictObject({ words: v.array(rule), builtin: v.array(rule), updatedAt: maybeTime });
}

function claimSettings() {
  const level = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
  const method = v.strictObject({ candidate: level, high: level });
  return v.strictObject({ lexical: method, semantic: method, semanticEnabled: v.boolean(), canChange: v.boolean(), updatedAt: maybeTime });
}
