import { insertOrIgnore } from '../../scripts/seed/sql';

/** A published rebuttal with its reply kit, and the decided case whose rebuttal it is (tests/browser/reply-kit.browser.test.ts). */
export const REPLY_STORY = {
  id: 915601,
  slug: 'su-that-ve-tin-nuoc-may-nhiem-doc',
  title: 'Sự thật về tin “nước máy nhiễm độc, không được dùng 3 ngày”',
  summary: 'Công ty cấp nước chưa từng ra thông báo này; kết quả xét nghiệm nước vẫn đạt chuẩn.',
  replies: [
    'Cảm ơn bạn đã quan tâm. Công ty cấp nước chưa từng ra thông báo này, kết quả xét nghiệm nước vẫn đạt chuẩn. Mời bạn đọc bài kiểm chứng:',
    'Mong bạn kiểm tra trang chính thức của công ty cấp nước trước khi chia sẻ, để bà con không hoang mang nhé.',
  ],
};

export function replyKitFixtureSql(now = Date.now()): string[] {
  return [
    ...insertOrIgnore('stories', [
      {
        id: REPLY_STORY.id,
        slug: REPLY_STORY.slug,
        title: REPLY_STORY.title,
        summary: REPLY_STORY.summary,
        body: REPLY_STORY.summary,
        body_html: `<p>${REPLY_STORY.summary}</p>`,
        // Not in the `rebuttal` category: the feed's browser test counts the demo seed's rebuttals.
        category_code: 'local_achievement',
        province_code: 'HNI',
        captions: ['Không có chuyện nước máy nhiễm độc. Kiểm chứng trước khi chia sẻ.'],
        hashtags: ['KiểmChứng', 'LanTỏa'],
        replies: REPLY_STORY.replies,
        source_type: 'document',
        source_detail: 'Thông báo của công ty cấp nước (minh họa)',
        consent: 1,
        status: 'published',
        published_at: now,
        created_at: now,
        updated_at: now,
      },
    ]),
    ...insertOrIgnore('cases', [
      {
        id: 915601,
        canonical_url: 'https://facebook.com/100064000000999/posts/900000000000999',
        platform: 'facebook',
        category: 'false_news',
        province_code: 'HNI',
        status: 'false',
        claim: 'Nước máy nhiễm độc, không được dùng trong 3 ngày',
        verdict_summary: REPLY_STORY.summary,
        rebuttal_story_id: REPLY_STORY.id,
        report_count: 1,
        first_seen_at: now,
        last_seen_at: now,
        verdict_at: now,
        created_at: now,
        updated_at: now,
      },
    ]),
  ];
}
