import { insertOrIgnore, sqlLiteral } from '../../scripts/seed/sql';

/**
 * Published stories with an edit by editor2@ awaiting a second editor: one for each
 * screen size of tests/browser/editor-review.browser.test.ts, which approves them as
 * editor@ (so the demo seed's own pending edit, story 17, stays for people to try).
 * Each screen size has a second story for CI's one retry (`attempt` 1): an attempt that
 * stalled after its approval went through leaves its own story approved, so the retry
 * must review another one rather than look for an edit that is no longer pending.
 */
export const REVIEW_STORIES = [
  { id: 910101, viewport: 'phone', attempt: 0, slug: 'to-xe-om-nghia-tinh-quan-8-dien-thoai' },
  { id: 910102, viewport: 'laptop', attempt: 0, slug: 'to-xe-om-nghia-tinh-quan-8-may-tinh' },
  { id: 910103, viewport: 'phone', attempt: 1, slug: 'to-xe-om-nghia-tinh-quan-8-dien-thoai-lan-2' },
  { id: 910104, viewport: 'laptop', attempt: 1, slug: 'to-xe-om-nghia-tinh-quan-8-may-tinh-lan-2' },
].map((s) => ({
  ...s,
  liveTitle: `Tổ xe ôm nghĩa tình Quận 8 (${label(s)})`,
  editedTitle: `Tổ xe ôm nghĩa tình Quận 8 chở 3.000 lượt bệnh nhân (${label(s)})`,
  liveBody: 'Mười hai bác tài thay nhau chở bệnh nhân chạy thận.\n\nTổ đã chở hơn 2.000 lượt người bệnh.',
  editedBody: 'Mười hai bác tài thay nhau chở bệnh nhân chạy thận.\n\nTổ đã chở hơn 3.000 lượt người bệnh, cả ngày lễ.',
}));

function label(s: { viewport: string; attempt: number }): string {
  return `${s.viewport === 'phone' ? 'điện thoại' : 'máy tính'}${s.attempt > 0 ? `, lần ${s.attempt + 1}` : ''}`;
}

export function reviewFixtureSql(now = Date.now()): string[] {
  return REVIEW_STORIES.flatMap((s) => {
    const base = {
      summary: 'Những chuyến xe ôm miễn phí mỗi sáng đến bệnh viện.',
      categoryCode: 'humane_story',
      provinceCode: 'HCM',
      commune: null,
      tags: ['tinh-nguyen'],
      coverKey: null,
      coverAlt: null,
      sourceType: 'interview',
      sourceDetail: 'Phỏng vấn tổ trưởng tổ xe ôm (nhân vật hư cấu)',
      consent: true,
      captions: ['Những chuyến xe nghĩa tình.'],
      hashtags: ['LanTỏa'],
    };
    const live = { ...base, title: s.liveTitle, body: s.liveBody };
    const edited = { ...base, title: s.editedTitle, body: s.editedBody };
    const revision = (id: number, rev: number, editor: string, content: unknown, approved: boolean, at: number) =>
      `INSERT OR IGNORE INTO story_revisions (id, story_id, revision, editor_id, content, approved_by, approved_at, created_at) VALUES (${id}, ${s.id}, ${rev}, ${sqlLiteral(editor)}, ${sqlLiteral(JSON.stringify(content))}, ${approved ? "'seed-editor2'" : 'NULL'}, ${approved ? at : 'NULL'}, ${at});`;
    return [
      ...insertOrIgnore('stories', [
        {
          id: s.id,
          slug: s.slug,
          title: s.liveTitle,
          summary: base.summary,
          body: s.liveBody,
          body_html: s.liveBody
            .split('\n\n')
            .map((p) => `<p>${p}</p>`)
            .join('\n'),
          category_code: base.categoryCode,
          province_code: base.provinceCode,
          tags: base.tags,
          source_type: base.sourceType,
          source_detail: base.sourceDetail,
          consent: 1,
          captions: base.captions,
          hashtags: base.hashtags,
          status: 'published',
          published_at: now - 3 * 86_400_000,
          author_id: 'seed-contributor',
          submitted_at: now - 2 * 3_600_000,
          revision: 2,
          live_revision: 1,
          pending_revision: 2,
          created_at: now - 4 * 86_400_000,
          updated_at: now - 3 * 86_400_000,
        },
      ]),
      revision(s.id * 10 + 1, 1, 'seed-contributor', live, true, now - 3 * 86_400_000),
      revision(s.id * 10 + 2, 2, 'seed-editor2', edited, false, now - 2 * 3_600_000),
    ];
  });
}
