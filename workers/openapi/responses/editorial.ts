// The editorial workflow: stories as their writers and editors see them, revisions, the queue.
import * as v from 'valibot';
import { contentFields, type StoryContent } from '../../editorial/story-content';
import type { editorStoryJson } from '../../editorial/story-json';
import { sourceTypes } from '../../../schema';
import type { ResponseDoc } from '../responses';
import { count, id, isoTime, maybeText, maybeTime, provinceCode, sameAs, storyStatus } from './common';

const contentEntries = {
  title: v.string(),
  summary: v.string(),
  body: v.string(),
  categoryCode: v.string(),
  provinceCode,
  commune: maybeText,
  tags: v.array(v.string()),
  coverKey: maybeText,
  coverAlt: maybeText,
  sourceType: v.nullable(v.picklist(sourceTypes)),
  sourceDetail: maybeText,
  consent: v.boolean(),
  showAuthor: v.boolean(),
  captions: v.array(v.string()),
  hashtags: v.array(v.string()),
  replies: v.array(v.string()),
};
const storyContent = sameAs<StoryContent>()(v.strictObject(contentEntries));
/** A revision as stored: revisions saved before `showAuthor` (or the reply kit's `replies`) existed do not carry it. */
const storedContent = v.strictObject({ ...contentEntries, showAuthor: v.optional(v.boolean()), replies: v.optional(v.array(v.string())) });

const editorStory = sameAs<ReturnType<typeof editorStoryJson>>()(
  v.strictObject({
    id,
    slug: v.string(),
    title: v.string(),
    summary: v.string(),
    body: v.string(),
    bodyHtml: v.string(),
    categoryCode: v.string(),
    provinceCode,
    commune: maybeText,
    tags: v.array(v.string()),
    coverAlt: maybeText,
    thumbKey: maybeText,
    sourceType: v.nullable(v.picklist(sourceTypes)),
    sourceDetail: maybeText,
    consent: v.boolean(),
    showAuthor: v.boolean(),
    captions: v.array(v.string()),
    hashtags: v.array(v.string()),
    replies: v.array(v.string()),
    status: storyStatus,
    publishedAt: maybeTime,
    publishedBy: maybeText,
    scheduledAt: maybeTime,
    submittedAt: maybeTime,
    authorId: maybeText,
    rejectionReason: maybeText,
    archiveReason: maybeText,
    pinnedUntil: maybeTime,
    revision: v.number(),
    liveRevision: v.nullable(v.number()),
    pendingRevision: v.nullable(v.number()),
    createdAt: isoTime,
    updatedAt: isoTime,
    authorName: maybeText,
    pending: v.nullable(
      v.strictObject({
        revision: v.number(),
        editorId: maybeText,
        correctionNote: maybeText,
        createdAt: isoTime,
        content: v.strictObject({ ...storyContent.entries, coverUrl: maybeText }),
      }),
    ),
    lastRejection: v.nullable(v.strictObject({ revision: v.number(), reason: maybeText, rejectedAt: maybeTime, rejectedBy: maybeText })),
    coverKey: maybeText,
    coverUrl: maybeText,
  }),
);
const storyAnswer = v.strictObject({ story: editorStory });

const listEntries = {
  id,
  slug: v.string(),
  title: v.string(),
  summary: v.string(),
  status: storyStatus,
  categoryCode: v.string(),
  provinceCode,
  authorId: maybeText,
  authorName: maybeText,
  submittedAt: maybeTime,
  scheduledAt: maybeTime,
  publishedAt: maybeTime,
  rejectionReason: maybeText,
  revision: v.number(),
  pendingRevision: v.nullable(v.number()),
  updatedAt: isoTime,
};
const queueItem = v.strictObject({ ...listEntries, provinceName: maybeText, categoryNameVi: maybeText, categoryNameEn: maybeText });

const fieldChange = v.strictObject({
  field: v.picklist(contentFields),
  before: v.unknown(),
  after: v.unknown(),
  lines: v.optional(v.array(v.strictObject({ op: v.picklist(['same', 'add', 'remove']), text: v.string() }))),
});

const autosaved = v.strictObject({
  story: v.strictObject({ id, status: storyStatus, revision: v.number(), editUrl: v.string() }),
  savedAt: isoTime,
});
const AUTOSAVED = 'The draft as saved, with its revision (send it back as `revision` on the next save).';

export const editorialDocs: Record<string, ResponseDoc> = {
  'GET /api/editor/queue': { description: 'Stories waiting for review (submitted, or a public story with a pending edit), oldest first.', schema: v.strictObject({ stories: v.array(queueItem) }) },
  'GET /api/editor/stories': {
    description: 'Stories (a contributor sees their own), most recently changed first, with a count per state.',
    schema: v.strictObject({ stories: v.array(v.strictObject(listEntries)), counts: v.record(storyStatus, count) }),
  },
  'GET /api/editor/stories/:id': { description: 'One story as its writer and editors see it, with the edit awaiting approval.', schema: storyAnswer },
  'POST /api/stories': { status: 201, description: 'The new draft.', schema: storyAnswer },
  'PATCH /api/stories/:id': { description: 'The story after the edit (a public story keeps its live text until the edit is approved).', schema: storyAnswer },
  'POST /api/stories/:id/submit': { description: 'The story, now submitted for review.', schema: storyAnswer },
  'POST /api/stories/:id/approve': { description: 'The story, published or scheduled.', schema: storyAnswer },
  'POST /api/stories/:id/reject': { description: 'The story, turned down with the reason.', schema: storyAnswer },
  'POST /api/stories/:id/archive': { description: 'The story, archived.', schema: storyAnswer },
  'POST /api/stories/:id/revisions/:rev/restore': { description: 'The story with that revision’s text as a new revision.', schema: storyAnswer },
  'POST /api/stories/:id/cover': { description: 'The story with its new cover.', schema: storyAnswer },
  'POST /api/stories/preview': { description: 'The Markdown body rendered as the story page will show it.', schema: v.strictObject({ html: v.string() }) },
  'POST /api/editor/preview': { description: 'The Markdown body rendered as the story page will show it.', schema: v.strictObject({ html: v.string() }) },
  'POST /api/stories/autosave': { status: 201, description: AUTOSAVED, schema: autosaved },
  'POST /api/stories/:id/autosave': { description: AUTOSAVED, schema: autosaved },
  'GET /api/stories/:id/revisions': {
    description: 'Every revision of a story, newest first: which is current, live and pending.',
    schema: v.strictObject({
      storyId: id,
      current: v.number(),
      live: v.nullable(v.number()),
      pending: v.nullable(v.number()),
      revisions: v.array(
        v.strictObject({
          revision: v.number(),
          editorId: maybeText,
          editorName: maybeText,
          createdAt: isoTime,
          approvedAt: maybeTime,
          rejectedAt: maybeTime,
          rejectionReason: maybeText,
          correctionNote: maybeText,
        }),
      ),
    }),
  },
  'GET /api/stories/:id/revisions/diff': {
    description: 'What changed between two revisions, field by field (line by line for the body and summary).',
    schema: v.strictObject({ storyId: id, from: v.number(), to: v.number(), changes: v.array(fieldChange) }),
  },
  'GET /api/stories/:id/revisions/:rev': {
    description: 'One revision’s text, as it was saved.',
    schema: v.strictObject({ storyId: id, revision: v.number(), editorId: maybeText, createdAt: isoTime, content: storedContent }),
  },
};
