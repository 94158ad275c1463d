import { describe, expect, it } from 'vitest';
import { nonPublicStories, publishedStories } from '../../scripts/seed/stories-data';
import { markdownToText, renderMarkdown } from '../../workers/stories/markdown';
import { legacyMarkdownToText, renderLegacyMarkdown } from './legacy-markdown';

const TAGS = ['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'blockquote', 'br'] as const;

function tagCounts(html: string): Record<string, number> {
  return Object.fromEntries(TAGS.map((tag) => [tag, html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0]));
}

/** What a reader sees: the text without tags, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('the seeded stories under markdown-it', () => {
  const stories = [...publishedStories, ...nonPublicStories];

  it('keep the headings, paragraphs, lists, quotes, emphasis and links the old renderer gave', () => {
    expect(stories.length).toBeGreaterThan(40);
    for (const story of stories) {
      const before = renderLegacyMarkdown(story.body);
      const after = renderMarkdown(story.body);
      expect(tagCounts(after), story.title).toEqual(tagCounts(before));
      expect(visibleText(after), story.title).toBe(visibleText(before));
      expect(hrefs(after), story.title).toEqual(hrefs(before));
    }
  });

  it('give the same plain-text descriptions', () => {
    for (const story of stories) expect(markdownToText(story.body), story.title).toBe(legacyMarkdownToText(story.body));
  });
});
