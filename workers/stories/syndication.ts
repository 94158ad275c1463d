// RSS 2.0 and sitemap documents. Every text goes through escapeXml, which also
// drops characters XML 1.0 forbids, so a stray control character in a title
// cannot make the feed unreadable.
import { categoryName } from '../geo/reference';
import { storyUrl } from './present';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

export type RssStory = {
  slug: string;
  title: string;
  summary: string;
  categoryCode: string;
  publishedAt: number | null;
};

export type RssChannel = { origin: string; title: string; description: string };

/** An RSS 2.0 document (with atom:link rel=self, as validators ask) of the given stories, newest first. */
export function rssXml(channel: RssChannel, items: RssStory[]): string {
  const newest = items[0]?.publishedAt;
  const entries = items.map((s) => {
    const url = storyUrl(channel.origin, s.slug);
    return [
      '    <item>',
      `      <title>${escapeXml(s.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <description>${escapeXml(s.summary)}</description>`,
      `      <category>${escapeXml(categoryName(s.categoryCode, 'vi'))}</category>`,
      s.publishedAt != null ? `      <pubDate>${new Date(s.publishedAt).toUTCString()}</pubDate>` : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.origin)}/</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>vi</language>',
    `    <atom:link href="${escapeXml(channel.origin)}/feed.xml" rel="self" type="application/rss+xml"/>`,
    newest != null ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export type SitemapEntry = { path: string; lastModified?: number | null };

/** A sitemap (sitemaps.org 0.9) of absolute URLs on `origin`. */
export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const lastmod = e.lastModified != null ? `<lastmod>${new Date(e.lastModified).toISOString()}</lastmod>` : '';
    return `  <url><loc>${escapeXml(origin + e.path)}</loc>${lastmod}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join(
    '\n',
  );
}
