// schema.org ClaimReview for a published rebuttal, following Google's fact-check
// guidance: claimReviewed, reviewRating (numeric scale plus the textual verdict in
// alternateName), itemReviewed as a Claim whose appearance lists where it was
// seen, author, datePublished and url. https://schema.org/ClaimReview
import { and, eq, isNull } from 'drizzle-orm';
import { cases, reports, stories, type CaseStatus } from '../../schema';
import { t, type Lang } from '../../web/i18n';
import type { Db } from '../core/db';
import { withoutTracking } from './canonical-url';

/** Our verdicts on a 1–5 truthfulness scale; `referred` and undecided cases get no ClaimReview. */
const RATINGS: Partial<Record<CaseStatus, number>> = { false: 1, misleading: 2, not_misinformation: 5 };
export const MAX_APPEARANCES = 10;

export type ClaimReviewInput = {
  origin: string;
  siteName: string;
  lang: Lang;
  story: { slug: string; title: string; summary: string; publishedAt: number };
  verdict: CaseStatus;
  claim: string | null;
  appearances: string[];
};

export type ClaimReview = Record<string, unknown> & { '@type': 'ClaimReview' };

/** The JSON-LD object, or null when the case has no truthfulness verdict. */
export function buildClaimReview(input: ClaimReviewInput): ClaimReview | null {
  const ratingValue = RATINGS[input.verdict];
  if (ratingValue === undefined) return null;
  const storyUrl = new URL(`/stories/${input.story.slug}`, input.origin).toString();
  const appearances = [...new Set(input.appearances)].slice(0, MAX_APPEARANCES);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: storyUrl,
    inLanguage: input.lang,
    datePublished: new Date(input.story.publishedAt).toISOString().slice(0, 10),
    claimReviewed: input.claim || input.story.summary || input.story.title,
    author: { '@type': 'Organization', name: input.siteName, url: new URL('/', input.origin).toString() },
    reviewRating: {
      '@type': 'Rating',
      ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: t(input.lang, `report.status.${input.verdict}` as 'report.status.false'),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(appearances.length > 0
        ? { appearance: appearances.map((url) => ({ '@type': 'CreativeWork', url })), firstAppearance: { '@type': 'CreativeWork', url: appearances[0] } }
        : {}),
    },
  };
}

/**
 * ClaimReview for a story page: only for a published rebuttal linked from a
 * decided, live case. Appearances are the reported links, oldest first, without
 * tracking parameters (they can identify the person who reported them); a case
 * reported only as text or screenshots has none, and its Claim carries no URL.
 */
export async function claimReviewForStory(db: Db, storyId: number, origin: string, lang: Lang = 'vi'): Promise<ClaimReview | null> {
  const [row] = await db
    .select({
      caseId: cases.id,
      status: cases.status,
      claim: cases.claim,
      slug: stories.slug,
      title: stories.title,
      summary: stories.summary,
      publishedAt: stories.publishedAt,
    })
    .from(cases)
    .innerJoin(stories, eq(stories.id, cases.rebuttalStoryId))
    .where(and(eq(cases.rebuttalStoryId, storyId), isNull(cases.mergedIntoId), eq(stories.status, 'published'), eq(stories.categoryCode, 'rebuttal')))
    .limit(1);
  if (!row || row.publishedAt === null) return null;
  const seen = await db
    .select({ url: reports.url })
    .from(reports)
    .where(eq(reports.caseId, row.caseId))
    .orderBy(reports.createdAt)
    .limit(100);
  return buildClaimReview({
    origin,
    siteName: t(lang, 'site.name'),
    lang,
    story: { slug: row.slug, title: row.title, summary: row.summary, publishedAt: row.publishedAt },
    verdict: row.status,
    claim: row.claim,
    // A report of a copied message or a screenshot has no link: it is no appearance (schema.org wants a URL there).
    appearances: seen.filter((r) => r.url !== '').map((r) => withoutTracking(r.url)),
  });
}
