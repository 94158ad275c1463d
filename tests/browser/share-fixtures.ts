import { insertOrIgnore } from '../../scripts/seed/sql';

export type BrowserStory = { id: number; slug: string; title: string; summary: string; captions: string[] };

/** Published stories of the share and Open Graph tests, so they do not depend on another domain's seed. */
export const SHARE_STORY: BrowserStory = {
  id: 910001,
  slug: 'co-giao-vung-cao-lai-chau-thu-chia-se',
  title: 'Cô giáo vùng cao Lai Châu mười năm bám bản',
  summary: 'Mỗi sáng cô vượt 12 cây số đường đèo để đến điểm trường.',
  captions: ['Mười năm bám bản: cảm ơn cô giáo Lai Châu!', 'Những chuyến đò chữ trên đèo cao.'],
};

export const OG_STORY: BrowserStory = {
  id: 910002,
  slug: 'ba-con-ca-mau-trong-rung-ngap-man',
  title: 'Bà con Cà Mau trồng lại 20 héc-ta rừng ngập mặn',
  summary: 'Ầ Ẩ Ẫ Ấ Ậ ự ỹ đ: những cánh rừng đước xanh trở lại sau ba năm.',
  captions: ['Rừng đước xanh trở lại!'],
};

/**
 * SQL for the browser tests' own rows. The global setup runs it BEFORE `wrangler dev`
 * starts: writing the local D1 from another process while the dev server holds it
 * open is not reliably seen by the server (it made the Open Graph test flaky).
 */
export function browserFixtureSql(now = Date.now()): string[] {
  return [SHARE_STORY, OG_STORY].flatMap((story) => storyRow(story, now));
}

function storyRow(story: BrowserStory, now: number): string[] {
  return (
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
    ])
  );
}
