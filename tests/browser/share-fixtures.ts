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

/** A story long enough to scroll on a phone, for the share bar test (tests/browser/story-share.browser.test.ts). */
export const PHONE_STORY: BrowserStory & { paragraphs: string[] } = {
  id: 910003,
  slug: 'doi-tinh-nguyen-lai-chau-dua-tre-qua-suoi',
  title: 'Đội tình nguyện Lai Châu đưa trẻ qua suối mùa lũ',
  summary: 'Suốt mùa mưa, mười hai thanh niên thay nhau đưa học sinh qua con suối chảy xiết.',
  captions: ['Mùa lũ nào các em cũng đến lớp: cảm ơn đội tình nguyện Lai Châu!'],
  paragraphs: [
    'Con suối Nậm Ma mỗi mùa mưa dâng cao quá đầu gối người lớn, nước đục ngầu và chảy xiết.',
    'Từ tháng Sáu, đội thanh niên tình nguyện của xã thay phiên nhau có mặt ở bờ suối từ sáu giờ sáng.',
    'Mỗi em nhỏ được mặc áo phao, nắm dây an toàn và được hai anh chị dắt qua từng bước một.',
    'Buổi chiều, đội lại chờ ở điểm trường để đưa các em về, kể cả những hôm mưa đến tối mịt.',
    'Ba năm qua, chưa em nào phải nghỉ học vì lũ, và phụ huynh đã góp tiền mua thêm mười chiếc áo phao.',
    'Đoạn cuối: đội mong có một cây cầu treo trước mùa mưa tới, để các em tự đi học an toàn.',
  ],
};

/**
 * SQL for the browser tests' own rows. The global setup runs it BEFORE `wrangler dev`
 * starts: writing the local D1 from another process while the dev server holds it
 * open is not reliably seen by the server (it made the Open Graph test flaky).
 */
export function browserFixtureSql(now = Date.now()): string[] {
  return [
    ...[SHARE_STORY, OG_STORY].flatMap((story) => storyRow(story, now)),
    ...storyRow(
      { ...PHONE_STORY, summary: PHONE_STORY.summary },
      now,
      PHONE_STORY.paragraphs.join('\n\n'),
      PHONE_STORY.paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    ),
  ];
}

function storyRow(story: BrowserStory, now: number, body = story.summary, bodyHtml = `<p>${story.summary}</p>`): string[] {
  return (
    insertOrIgnore('stories', [
      {
        id: story.id,
        slug: story.slug,
        title: story.title,
        summary: story.summary,
        body,
        body_html: bodyHtml,
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
