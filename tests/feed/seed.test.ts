import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { demoSeedStatements } from '../../scripts/seed';
import { nonPublicStories, publishedStories } from '../../scripts/seed/stories-data';
import { categoryCodes, provinceCodes } from '../../workers/geo/reference';
import { renderMarkdown } from '../../workers/stories/markdown';
import { seedDemo } from '../helpers/seed';

type Row = Record<string, unknown> & { status: string; body: string; body_html: string; captions: string; published_at: number | null };

describe('the demo stories', () => {
  it('are at least 40 published stories over at least 15 provinces and every category', () => {
    expect(publishedStories.length).toBeGreaterThanOrEqual(40);
    expect(new Set(publishedStories.map((s) => s.province)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(publishedStories.map((s) => s.category))).toEqual(new Set(categoryCodes));
    expect(publishedStories.filter((s) => s.category === 'rebuttal').length).toBeGreaterThanOrEqual(3);
    for (const s of publishedStories) expect(provinceCodes, s.title).toContain(s.province);
  });

  it('each carry up to 3 captions, hashtags, tags, provenance and a Markdown body', () => {
    for (const s of publishedStories) {
      expect(s.captions.length, s.title).toBeGreaterThanOrEqual(1);
      expect(s.captions.length, s.title).toBeLessThanOrEqual(3);
      expect(s.hashtags.length, s.title).toBeGreaterThan(0);
      expect(s.tags.length, s.title).toBeGreaterThan(0);
      expect(s.sourceDetail.length, s.title).toBeGreaterThan(10);
      expect(s.body, s.title).toMatch(/\*\*|^## |^- |^> |^1\. /m);
    }
  });

  it('include drafts, submitted, rejected, scheduled and archived stories', () => {
    expect(new Set(nonPublicStories.map((s) => s.status))).toEqual(new Set(['draft', 'submitted', 'rejected', 'scheduled', 'archived']));
  });

  it('load with rendered HTML bodies, consent, an author, and dates over recent months', async () => {
    await seedDemo();
    const { results } = await env.DB.prepare('SELECT * FROM stories WHERE id <= 200 ORDER BY id').all<Row>();
    expect(results).toHaveLength(publishedStories.length + nonPublicStories.length);
    for (const row of results) {
      expect(row.body_html).toBe(renderMarkdown(row.body));
      expect(row.consent).toBe(1);
      // Every demo story has an author (a demo account); the queue's review desk shows who and their unit.
      expect(row.author_id).toMatch(/^seed-(contributor|editor|editor2)$/);
      if (row.status !== 'draft') expect(row.submitted_at).toEqual(expect.any(Number));
      expect(row.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    const times = results.filter((r) => r.status === 'published').map((r) => r.published_at ?? 0);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(90 * 24 * 60 * 60 * 1000);
  });

  it('change nothing when seeded twice', async () => {
    await seedDemo();
    const before = await env.DB.prepare('SELECT id, slug, title, updated_at FROM stories ORDER BY id').all();
    const tags = await env.DB.prepare('SELECT count(*) AS n FROM story_tags').first<{ n: number }>();
    await seedDemo();
    expect((await env.DB.prepare('SELECT id, slug, title, updated_at FROM stories ORDER BY id').all()).results).toEqual(before.results);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM story_tags').first<{ n: number }>()).toEqual(tags);
    // Only inserts that skip existing rows, and updates that fill in what is missing (a demo account's unit).
    const statements = await demoSeedStatements();
    expect(statements.filter((s) => !s.startsWith('INSERT OR IGNORE') && !(s.startsWith('UPDATE ') && /\bIS NULL;$/.test(s)))).toEqual([]);
  });
});
