import { sqlLiteral } from '../../scripts/seed/sql';

const DAY = 86_400_000;
const vnDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Rows the dashboard, campaign and notice browser tests need: three stories, a week of
 * share figures, a corrected story the demo member shared, and one story in the seeded
 * campaign. Written by the global setup before `wrangler dev` starts.
 */
export function campaignFixtureSql(now = Date.now()): string[] {
  const statements: string[] = [];
  for (const [id, title, province] of [
    [9001, 'Người lính cứu hỏa giữa lòng Thủ đô', 'HNI'],
    [9002, 'Bếp ăn 0 đồng ở Cần Thơ', 'CTO'],
    [9003, 'Thầy giáo cắm bản ở Điện Biên', 'DBN'],
  ] as const) {
    statements.push(
      `INSERT OR IGNORE INTO stories (id, slug, title, category_code, province_code, status, published_at, created_at, updated_at) VALUES (${id}, 'browser-${id}', ${sqlLiteral(title)}, 'role_model', '${province}', 'published', ${now - 10 * DAY}, ${now}, ${now});`,
    );
  }
  for (let d = 0; d < 7; d++) {
    statements.push(
      `INSERT OR IGNORE INTO share_stats_daily (day, story_id, channel, campaign_id, province_code, unit, shares, clicks) VALUES ('${vnDay(now - d * DAY)}', ${9001 + (d % 3)}, '${['facebook', 'zalo', 'telegram'][d % 3]}', 0, '${['HNI', 'HCM', ''][d % 3]}', '${d % 3 === 2 ? '' : 'Đoàn phường số ' + (d % 2)}', ${3 + d}, ${d * 4});`,
    );
  }
  // The demo member shared 9002, which was then corrected: they have a notice waiting.
  statements.push(
    `INSERT OR IGNORE INTO share_links (code, story_id, channel, user_id, province_code, unit, campaign_id, clicks, created_at) VALUES ('browser-share-1', 9002, 'zalo', 'seed-member', 'HCM', 'Chi bộ khu phố 3, phường Bến Nghé', NULL, 0, ${now - DAY});`,
    `INSERT OR IGNORE INTO story_corrections (event_id, story_id, kind, note, actor_id, created_at) VALUES ('browser-correction-1', 9002, 'corrected', 'Sửa địa chỉ bếp ăn.', NULL, ${now - 3_600_000});`,
    `INSERT OR IGNORE INTO member_notices (user_id, story_id, correction_id, created_at) SELECT 'seed-member', 9002, id, created_at FROM story_corrections WHERE event_id = 'browser-correction-1';`,
  );
  // Two stories the campaign desk test finds by typing their titles without accents.
  for (const [id, title, province] of [
    [9101, 'Đội sơ cứu tình nguyện phường Hải Châu', 'DNG'],
    [9102, 'Những chuyến đò miễn phí trên sông Hương', 'HUE'],
  ] as const) {
    statements.push(
      `INSERT OR IGNORE INTO stories (id, slug, title, summary, category_code, province_code, status, published_at, created_at, updated_at) VALUES (${id}, 'browser-${id}', ${sqlLiteral(title)}, 'Một câu chuyện đẹp.', 'humane_story', '${province}', 'published', ${now - 2 * DAY}, ${now}, ${now});`,
    );
  }
  // One of them joins the seeded campaign, so it can be shared from there.
  statements.push('INSERT OR IGNORE INTO campaign_stories (campaign_id, story_id, position) VALUES (1, 9001, 99);');
  return statements;
}

