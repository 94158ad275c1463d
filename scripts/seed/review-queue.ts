// Seed part: the demo review queue's pending edit. Published story 17 (TP. Hồ Chí Minh)
// has an edit by editor2@ awaiting a second editor: editor@ can review and approve it,
// editor2@ sees why they cannot (they wrote it). Its row (stories.ts) keeps the live
// text at revision 1 and names revision 2 as pending; the revisions are here.
// With the contributor's submission (102) and editor@'s own story in HCM (107, only
// editor2@ may approve it), the queue shows both four-eyes refusals.
import { renderMarkdown } from '../../workers/stories/markdown';
import { nfc, normaliseHashtag, normaliseTag } from '../../workers/stories/text';
import type { SeedPart } from './index';
import { sqlLiteral } from './sql';
import { seedPublishedAt } from './stories';
import { publishedStories, type SeedStory } from './stories-data';

type PendingEdit = {
  storyId: number;
  editorId: string;
  submittedAt: string;
  /** Fixed story_revisions ids (INSERT OR IGNORE by key keeps the seed idempotent). */
  revisionIds: [number, number];
  edit: (story: SeedStory) => Pick<SeedStory, 'title' | 'summary' | 'body'>;
};

const pendingEdits: PendingEdit[] = [
  {
    storyId: 17,
    editorId: 'seed-editor2',
    submittedAt: '2026-11-29T08:05:00+07:00',
    revisionIds: [900_001, 900_002],
    edit: (story) => ({
      title: 'Sân chơi từ lốp xe cũ cho con em công nhân xóm trọ Bình Tân',
      summary: story.summary,
      body: story.body.replace('Sau sáu tháng, sân chơi đón khoảng 80 em mỗi ngày.', 'Sau sáu tháng, sân chơi đón khoảng 120 em mỗi ngày, cả vào cuối tuần.'),
    }),
  },
];

export function pendingEditFor(storyId: number): PendingEdit | undefined {
  return pendingEdits.find((e) => e.storyId === storyId);
}

/** The same JSON a save writes to story_revisions (workers/editorial/story-content.ts). */
function content(story: SeedStory, text: Pick<SeedStory, 'title' | 'summary' | 'body'>) {
  return {
    title: nfc(text.title),
    summary: nfc(text.summary),
    body: text.body.normalize('NFC'),
    categoryCode: story.category,
    provinceCode: story.province,
    commune: story.commune ?? null,
    tags: story.tags.map(normaliseTag),
    coverKey: null,
    coverAlt: null,
    sourceType: story.sourceType,
    sourceDetail: story.sourceDetail,
    consent: true,
    captions: story.captions.slice(0, 3),
    replies: story.replies ?? [],
    hashtags: story.hashtags.map(normaliseHashtag),
  };
}

function revisionStatements(edit: PendingEdit): string[] {
  const story = publishedStories.find((s) => s.id === edit.storyId);
  if (!story) throw new Error(`seed: no published story ${edit.storyId} to edit`);
  const submitted = Date.parse(edit.submittedAt);
  // Revision 1 was written two days before it went live and approved as it did (stories.ts).
  const published = story.publishedAt ? Date.parse(story.publishedAt) : seedPublishedAt(publishedStories.indexOf(story));
  const live = content(story, story);
  const pending = content(story, edit.edit(story));
  renderMarkdown(pending.body); // the edit must render like any save would
  // Only for a row seeded with this pending edit: an older local D1 whose story 17 is
  // plain revision 1 (INSERT OR IGNORE never rewrites it) gets no stray revisions.
  const guard = `WHERE EXISTS (SELECT 1 FROM stories WHERE id = ${edit.storyId} AND pending_revision = 2)`;
  const insert = (id: number, revision: number, editor: string, json: unknown, approval: { by: string; at: number } | null, created: number) =>
    `INSERT OR IGNORE INTO story_revisions (id, story_id, revision, editor_id, content, approved_by, approved_at, created_at)
  SELECT ${id}, ${edit.storyId}, ${revision}, ${sqlLiteral(editor)}, ${sqlLiteral(JSON.stringify(json))}, ${sqlLiteral(approval?.by)}, ${sqlLiteral(approval?.at)}, ${created} ${guard};`;
  return [
    insert(edit.revisionIds[0], 1, 'seed-contributor', live, { by: 'seed-editor', at: published }, published - 2 * 24 * 60 * 60 * 1000),
    insert(edit.revisionIds[1], 2, edit.editorId, pending, null, submitted),
  ];
}

export const reviewQueueSeed: SeedPart = {
  name: 'review-queue',
  statements: () => pendingEdits.flatMap(revisionStatements),
};
