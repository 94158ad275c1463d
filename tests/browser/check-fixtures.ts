// A decided case with a published rebuttal, for the check page's browser test: pasting its
// link or its claim must bring up the rebuttal's share kit. Band rows are made with the real
// band-key function, as the claims queue would have indexed the case. (global-setup runs these
// before joinFixtureSql, whose last statement has no closing semicolon.)
import { bandKeysOfTexts } from '../../workers/claims/claim-match';
import { insertOrIgnore } from '../../scripts/seed/sql';

export const CHECK_CASE_ID = 990_001;
export const CHECK_STORY = {
  id: 915_501,
  slug: 'su-that-ve-tin-don-cat-dien-toan-thanh-pho',
  title: 'Sự thật: không có chuyện cắt điện toàn thành phố ba ngày',
  summary: 'Điện lực thành phố xác nhận không có lịch cắt điện diện rộng, tin nhắn lan truyền là bịa đặt.',
};
export const CHECK_LINK = 'https://www.facebook.com/100064000009901/posts/990000000009901';
/** The claim as the editors worded it; the browser test pastes it retyped (no accents, shouting). */
export const CHECK_CLAIM = 'Thành phố sẽ cắt điện toàn bộ ba ngày liền từ thứ Hai để bảo trì lưới điện, người dân phải tích trữ nến và nước.';

export function checkFixtureSql(now = Date.now()): string[] {
  const day = 86_400_000;
  return [
    // Not in the `rebuttal` category: the feed's browser test counts the demo seed's rebuttals.
    ...insertOrIgnore('stories', [
      {
        id: CHECK_STORY.id,
        slug: CHECK_STORY.slug,
        title: CHECK_STORY.title,
        summary: CHECK_STORY.summary,
        body: CHECK_STORY.summary,
        body_html: `<p>${CHECK_STORY.summary}</p>`,
        category_code: 'local_achievement',
        province_code: 'HNI',
        captions: ['Không có lịch cắt điện diện rộng: đọc trước khi chia sẻ.'],
        hashtags: ['LanTỏa'],
        status: 'published',
        published_at: now - 20 * day,
        created_at: now - 20 * day,
        updated_at: now - 20 * day,
      },
    ]),
    ...insertOrIgnore('cases', [
      {
        id: CHECK_CASE_ID,
        canonical_url: 'https://facebook.com/100064000009901/posts/990000000009901',
        platform: 'facebook',
        category: 'false_news',
        province_code: 'HNI',
        status: 'false',
        claim: CHECK_CLAIM,
        verdict_summary: CHECK_STORY.summary,
        rebuttal_story_id: CHECK_STORY.id,
        report_count: 0,
        first_seen_at: now - 21 * day,
        last_seen_at: now - 21 * day,
        verdict_at: now - 20 * day,
        created_at: now - 21 * day,
        updated_at: now - 20 * day,
      },
    ]),
    ...insertOrIgnore(
      'claim_bands',
      bandKeysOfTexts([CHECK_CLAIM]).map((key) => ({ band_key: key, case_id: CHECK_CASE_ID, created_at: now - 20 * day })),
    ),
  ];
}
