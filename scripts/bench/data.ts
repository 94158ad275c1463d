// A large, realistic-enough data set for the benchmark, generated inside SQLite
// with a recursive CTE (one statement per 10,000 stories): no row crosses the
// process boundary, and the triggers fill the FTS5 indexes and story_tags as
// they would for real writes.
import { PROVINCES } from '../../workers/geo/reference';
import { encodeCursor } from '../../workers/stories/cursor';

/** Bench stories get ids from here up, clear of the demo seed. */
export const BENCH_ID_BASE = 1_000_000;
const MINUTE = 60_000;

/** Story `i` (1-based) is published `i` minutes before `newest`: story 1 is the newest. */
export const benchPublishedAt = (newest: number, i: number) => newest - i * MINUTE;
export const benchSlug = (i: number) => `bench-${i}`;

/** A cursor that starts the page after story `i`, as a reader deep in the feed would hold. */
export const benchCursorAfter = (newest: number, i: number) =>
  encodeCursor({ kind: 'feed', publishedAt: benchPublishedAt(newest, i), id: BENCH_ID_BASE + i });

const CODES = PROVINCES.map((p) => p.code).join('');

/** SQL inserting bench stories `from`..`to` (inclusive), published every minute back from `newest`. */
export function benchStoriesSql(from: number, to: number, newest: number, chunk = 10_000): string[] {
  const statements: string[] = [];
  for (let start = from; start <= to; start += chunk) {
    const end = Math.min(to, start + chunk - 1);
    statements.push(`WITH RECURSIVE n(i) AS (SELECT ${start} UNION ALL SELECT i + 1 FROM n WHERE i < ${end}),
r AS (SELECT i, substr('${CODES}', (i % ${PROVINCES.length}) * 3 + 1, 3) AS code FROM n)
INSERT INTO stories (id, slug, title, summary, body, body_html, category_code, province_code, commune, tags, source_type, source_detail,
  consent, captions, hashtags, status, published_at, revision, created_at, updated_at)
SELECT
  ${BENCH_ID_BASE} + r.i,
  'bench-' || r.i,
  CASE r.i % 6
    WHEN 0 THEN 'Gương sáng ' || p.name || ': người tốt việc tốt số ' || r.i
    WHEN 1 THEN 'Thành tựu mới của ' || p.name || ', câu chuyện ' || r.i
    WHEN 2 THEN 'Câu chuyện nhân văn ở ' || p.name || ' số ' || r.i
    WHEN 3 THEN 'Điển hình tiên tiến: đường làng ' || p.name || ' ' || r.i
    WHEN 4 THEN 'Thanh niên ' || p.name || ' hiến máu tình nguyện, lần ' || r.i
    ELSE 'Phản bác tin sai về ' || p.name || ' số ' || r.i
  END,
  'Tóm tắt câu chuyện số ' || r.i || ' ở ' || p.name || ': người dân đồng lòng, việc tốt lan tỏa.',
  '## Câu chuyện' || char(10) || char(10) || 'Nội dung minh họa số ' || r.i || ' về những việc làm tốt ở ' || p.name || '. Bà con đồng lòng xây dựng quê hương, đoàn viên thanh niên đi đầu.',
  '<h2>Câu chuyện</h2>' || char(10) || '<p>Nội dung minh họa số ' || r.i || ' về những việc làm tốt ở ' || p.name || '. Bà con đồng lòng xây dựng quê hương, đoàn viên thanh niên đi đầu.</p>',
  CASE r.i % 5 WHEN 0 THEN 'role_model' WHEN 1 THEN 'advanced_example' WHEN 2 THEN 'local_achievement' WHEN 3 THEN 'humane_story' ELSE 'rebuttal' END,
  r.code,
  'Xã số ' || (r.i % 97),
  '["tinh-nguyen","chu-de-' || (r.i % 40) || '"]',
  'other', 'Dữ liệu sinh cho benchmark', 1,
  '["Câu chuyện số ' || r.i || '"]', '["LanTỏa"]',
  'published',
  ${newest} - r.i * ${MINUTE},
  1,
  ${newest} - r.i * ${MINUTE},
  ${newest} - r.i * ${MINUTE}
FROM r JOIN provinces p ON p.code = r.code;`);
  }
  return statements;
}

/** The tracked link the `/l/:code` run follows: story 1, Zalo, anonymous. */
export const BENCH_LINK_CODE = 'bench-link-1';

export function benchLinkSql(): string[] {
  return [
    `INSERT OR IGNORE INTO share_links (code, story_id, channel, created_at, reuse_key)
SELECT '${BENCH_LINK_CODE}', id, 'zalo', published_at, 'bench:' || id FROM stories WHERE slug = '${benchSlug(1)}';`,
  ];
}
