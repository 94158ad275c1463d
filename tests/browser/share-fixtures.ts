import { executeSql } from '../../scripts/lib/local-dev';
import { insertOrIgnore } from '../../scripts/seed/sql';

export type BrowserStory = { id: number; slug: string; title: string; summary: string; captions: string[] };

/**
 * A published story in the browser tests' local D1 (written beside the running
 * `wrangler dev`), so the share tests do not depend on another domain's seed.
 */
export function insertBrowserStory(persistTo: string, story: BrowserStory): void {
  const now = Date.now();
  executeSql(
    insertOrIgnore('stories', [
      {
        id: story.id,
        slug: story.slug,
        title: story.title,
        summary: story.summary,
        body: story.summary,
        body_html: `<p>${story.summary}</p>`,
        category_code: 'humane_story',
        province_code: 'LCU',
        captions: story.captions,
        hashtags: ['LanTỏa', 'LaiChâu'],
        status: 'published',
        published_at: now,
        created_at: now,
        updated_at: now,
      },
    ]),
    `share-story-${story.id}`,
    { persistTo, quiet: true },
  );
}
