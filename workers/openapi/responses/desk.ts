// The misinformation desk: reports and their receipts, cases.
import * as v from 'valibot';
import type { ReportAnswer } from '../../reports/submit-report';
import type { ResponseDoc } from '../responses';
import { caseStatus, count, id, isoTime, maybeText, maybeTime, provinceCode, reportCategory, reportPlatform, sameAs, storyStatus } from './common';

const contentKind = v.picklist(['link', 'text', 'image']);

const receipt = sameAs<ReportAnswer>()(
  v.strictObject({
    id,
    receipt: v.pipe(v.string(), v.description('Keep it: the only way back to this report (GET /api/reports/{receipt})')),
    code: v.optional(v.pipe(v.string(), v.description('A short code to read aloud or type, e.g. LT-7K3M-9QXA'))),
    status: v.string(),
    caseId: id,
  }),
);

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
    schema: receipt,
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
    }),
  },
  'GET /api/cases': {
    description: 'Cases, newest activity first, a page at a time (an editor with a province sees its cases only).',
    schema: v.strictObject({ items: v.array(caseListItem), page: v.number(), pageSize: v.number(), total: count }),
  },
  'GET /api/cases/:id': { description: 'One case with its reports, notes, history and rebuttal.', schema: caseDetail },
  'PATCH /api/cases/:id': { description: 'The case after the change.', schema: caseJson },
  'POST /api/cases/:id/merge': { description: 'The case, merged into its target.', schema: caseJson },
  'GET /api/cases/:id/reports/:reportId/screenshot': { contentType: 'image/*', description: 'The screenshot sent with a report (editors only, never cached).' },
};
