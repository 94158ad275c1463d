import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCardContent } from '../../workers/cards/card-content';
import { cardHash } from '../../workers/cards/card-address';
import { createDb } from '../../workers/core/db';
import { fetchApp } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { assetUrl } from '../../web/components/page-assets';

type JsonLdBlock = {
  '@type'?: string;
  claimReviewed?: string;
  reviewRating?: { alternateName?: string };
  itemReviewed?: { '@type'?: string; appearance?: unknown };
};

beforeAll(async () => {
  await seedDemo();
});

async function firstPublished(category?: string) {
  const res = await fetchApp(`/api/stories?limit=1${category ? `&category=${category}` : ''}`);
  const body = await res.json<{ items: { id: number; slug: string }[] }>();
  const story = body.items[0];
  if (!story) throw new Error('the demo seed has no published story');
  return story;
}

describe('the story page, with what other domains add to it', () => {
  it('points og:image and twitter:image at the same card the card route serves', async () => {
    const story = await firstPublished();
    const html = await (await fetchApp(`/stories/${story.slug}`)).text();
    const content = await loadCardContent(createDb(env.DB), story.id);
    if (!content) throw new Error('published story without card content');
    const expected = `https://lantoa.test/cards/${story.id}-${await cardHash(content)}.png`;
    expect(html).toContain(`<meta property="og:image" content="${expected}"/>`);
    expect(html).toContain(`<meta name="twitter:image" content="${expected}"/>`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    const card = await fetchApp(new URL(expected).pathname);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
  });

  it('carries the share kit with the verify-before-you-share checklist and its script', async () => {
    const story = await firstPublished();
    const html = await (await fetchApp(`/stories/${story.slug}`)).text();
    expect(html).toContain('class="share-kit');
    expect(html).toContain('class="verify-checklist"');
    expect(html).toContain(`<script src="${assetUrl('/js/share-kit.js')}" defer="">`);
  });

  it('carries ClaimReview JSON-LD on a published rebuttal linked from a decided case', async () => {
    const story = await firstPublished('rebuttal');
    const now = Date.now();
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO cases (canonical_url, platform, category, status, claim, verdict_summary, rebuttal_story_id, report_count, first_seen_at, last_seen_at, verdict_at, created_at, updated_at)
         VALUES ('facebook.com/tin-gia/1', 'facebook', 'false_news', 'false', 'Nước máy Đà Nẵng nhiễm độc', 'Sai sự thật', ?, 1, ?, ?, ?, ?, ?)`,
      ).bind(story.id, now, now, now, now, now),
      env.DB.prepare(
        `INSERT INTO reports (case_id, receipt_hash, url, platform, category, created_at)
         SELECT id, 'hash-ext-1', 'https://www.facebook.com/tin-gia/1?fbclid=abc', 'facebook', 'false_news', ? FROM cases WHERE canonical_url = 'facebook.com/tin-gia/1'`,
      ).bind(now),
    ]);
    const html = await (await fetchApp(`/stories/${story.slug}`, { headers: { 'cache-control': 'no-cache' } })).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}') as JsonLdBlock);
    const review = blocks.find((b) => b['@type'] === 'ClaimReview');
    expect(review, 'a ClaimReview block on the rebuttal page').toBeDefined();
    expect(review?.claimReviewed).toBe('Nước máy Đà Nẵng nhiễm độc');
    expect(review?.reviewRating?.alternateName).toBeTruthy();
    expect(review?.itemReviewed?.['@type']).toBe('Claim');
    expect(JSON.stringify(review?.itemReviewed?.appearance)).toContain('facebook.com/tin-gia/1');
    expect(JSON.stringify(review?.itemReviewed?.appearance)).not.toContain('fbclid');
  });

  it('adds no ClaimReview to stories that are not rebuttals', async () => {
    const story = await firstPublished('role_model');
    const html = await (await fetchApp(`/stories/${story.slug}`)).text();
    expect(html).not.toContain('ClaimReview');
  });
});
