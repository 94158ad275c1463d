import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { buildClaimReview, claimReviewForStory, type ClaimReviewInput } from '../../workers/reports/claim-review';
import { jsonLdText } from '../../web/components/json-ld';
import { ClaimReviewJsonLd } from '../../web/components/claim-review-jsonld';
import { createReport, validReport } from './helpers';

const input = (overrides: Partial<ClaimReviewInput> = {}): ClaimReviewInput => ({
  origin: 'https://lantoa.vn',
  siteName: 'Lan Tỏa',
  lang: 'vi',
  story: { slug: 'nuoc-ngot-x-khong-gay-ung-thu', title: 'Nước ngọt X không gây ung thư', summary: 'Không có nghiên cứu nào.', publishedAt: Date.UTC(2026, 10, 2, 3, 0) },
  verdict: 'false',
  claim: 'Nước ngọt X gây ung thư',
  appearances: ['https://facebook.com/100064/posts/1', 'https://tiktok.com/@a/video/7', 'https://facebook.com/100064/posts/1'],
  ...overrides,
});

describe('buildClaimReview', () => {
  it('has every property Google’s fact-check guidance requires, with the schema.org types', () => {
    const review = buildClaimReview(input());
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://lantoa.vn/stories/nuoc-ngot-x-khong-gay-ung-thu',
      inLanguage: 'vi',
      datePublished: '2026-11-02',
      claimReviewed: 'Nước ngọt X gây ung thư',
      author: { '@type': 'Organization', name: 'Lan Tỏa', url: 'https://lantoa.vn/' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Sai sự thật' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: [
          { '@type': 'CreativeWork', url: 'https://facebook.com/100064/posts/1' },
          { '@type': 'CreativeWork', url: 'https://tiktok.com/@a/video/7' },
        ],
        firstAppearance: { '@type': 'CreativeWork', url: 'https://facebook.com/100064/posts/1' },
      },
    });
  });

  it.each([
    ['false', 1, 'Sai sự thật'],
    ['misleading', 2, 'Gây hiểu lầm'],
    ['not_misinformation', 5, 'Không phải tin sai'],
  ] as const)('rates %s as %i with the textual verdict “%s”', (verdict, value, name) => {
    const rating = buildClaimReview(input({ verdict }))?.reviewRating as Record<string, unknown>;
    expect(rating).toMatchObject({ ratingValue: value, alternateName: name });
    expect(Number(rating.ratingValue)).toBeGreaterThanOrEqual(Number(rating.worstRating));
    expect(Number(rating.ratingValue)).toBeLessThanOrEqual(Number(rating.bestRating));
  });

  it('gives no ClaimReview for a referral or an undecided case: there is no truth rating to publish', () => {
    for (const verdict of ['referred', 'new', 'reviewing'] as const) expect(buildClaimReview(input({ verdict }))).toBeNull();
  });

  it('falls back to the story summary when editors wrote no claim, and speaks English when asked', () => {
    const review = buildClaimReview(input({ claim: null, lang: 'en' }));
    expect(review?.claimReviewed).toBe('Không có nghiên cứu nào.');
    expect((review?.reviewRating as Record<string, unknown>).alternateName).toBe('False');
  });

  it('serialises safely inside a script element', () => {
    const text = jsonLdText({ claimReviewed: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ claimReviewed: '</script><script>alert(1)</script> & \u2028' });
    const html = String(ClaimReviewJsonLd({ data: buildClaimReview(input({ claim: '</script><b>x' })) }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('claimReviewForStory', () => {
  it('describes a published rebuttal from its decided case, listing the reported links without tracking parameters', async () => {
    const url = 'https://www.facebook.com/100064/posts/555?fbclid=SECRETCLICK&utm_source=zalo';
    const { caseId } = await createReport(validReport({ url }));
    await createReport(validReport({ url: 'https://m.facebook.com/story.php?story_fbid=555&id=100064' }));
    await env.DB.prepare(
      "INSERT INTO stories (slug, title, summary, category_code, province_code, status, published_at, created_at, updated_at) VALUES ('su-that-555', 'Sự thật', 'Tóm tắt', 'rebuttal', 'HNI', 'draft', NULL, 0, 0)",
    ).run();
    const story = await env.DB.prepare("SELECT id FROM stories WHERE slug = 'su-that-555'").first<{ id: number }>();
    await env.DB.prepare("UPDATE cases SET status = 'misleading', claim = 'Ảnh cắt ghép', rebuttal_story_id = ? WHERE id = ?").bind(story?.id, caseId).run();
    const db = createDb(env.DB);

    expect(await claimReviewForStory(db, story!.id, 'https://lantoa.vn')).toBeNull();

    await env.DB.prepare("UPDATE stories SET status = 'published', published_at = ? WHERE id = ?").bind(Date.UTC(2026, 0, 5), story?.id).run();
    const review = await claimReviewForStory(db, story!.id, 'https://lantoa.vn');
    expect(review).toMatchObject({ url: 'https://lantoa.vn/stories/su-that-555', claimReviewed: 'Ảnh cắt ghép', datePublished: '2026-01-05' });
    const appearance = (review?.itemReviewed as { appearance: { url: string }[] }).appearance.map((a) => a.url);
    expect(appearance).toEqual(['https://www.facebook.com/100064/posts/555', 'https://m.facebook.com/story.php?story_fbid=555&id=100064']);
    expect(JSON.stringify(review)).not.toContain('SECRETCLICK');
  });
});
