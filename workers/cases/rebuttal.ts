// Starting a rebuttal: a draft story in the `rebuttal` category, prefilled from
// the case and linked to it. From there it follows the normal editorial
// workflow (submit, approve, publish); once published, receipts show it.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { auditLog, cases, stories, storyRevisions } from '../../schema';
import { t } from '../../web/i18n';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { withFreeSlug } from '../editorial/editorial.queries';
import { contentColumns, type StoryContent } from '../editorial/story-content';
import { isKnownProvince } from '../reports/reports.queries';
import { nfc, slugify } from '../stories/text';
import { findVisibleCase } from './cases.queries';
import type { StartRebuttal } from './cases.schemas';

/** Stories are written in Vietnamese first, whatever language the editor's screen is in. */
const STORY_LANG = 'vi';

function draftBody(claim: string | null, verdictSummary: string | null): string {
  const todo = t(STORY_LANG, 'cases.rebuttal.bodyTodo');
  return [
    t(STORY_LANG, 'cases.rebuttal.bodyIntro'),
    `## ${t(STORY_LANG, 'cases.rebuttal.bodyClaim')}`,
    claim ?? todo,
    `## ${t(STORY_LANG, 'cases.rebuttal.bodyFacts')}`,
    verdictSummary ?? todo,
    `## ${t(STORY_LANG, 'cases.rebuttal.bodySources')}`,
    todo,
  ].join('\n\n');
}

/** Create the draft and link it to the case in one batch; 409 if the case already has a rebuttal. */
export async function startRebuttal(db: Db, caseId: number, input: StartRebuttal, editor: SessionUser, now = Date.now()) {
  const row = await findVisibleCase(db, caseId, editor);
  if (row.mergedIntoId !== null) {
    throw new AppError('CONFLICT', `Case #${caseId} was merged into case #${row.mergedIntoId}`, { extra: { currentState: 'merged', mergedIntoId: row.mergedIntoId } });
  }
  if (row.rebuttalStoryId !== null) {
    throw new AppError('CONFLICT', `Case #${caseId} already has a rebuttal story`, { extra: { currentState: row.status, rebuttalStoryId: row.rebuttalStoryId } });
  }
  const provinceCode = input.provinceCode ?? row.provinceCode ?? editor.provinceCode;
  if (!provinceCode) throw AppError.field('provinceCode', 'Choose the province or city the rebuttal story belongs to');
  if (!(await isKnownProvince(db, provinceCode))) throw AppError.field('provinceCode', 'Unknown province code');

  // NOTE: the default title does not repeat the claim: headlines that restate a myth spread it.
  // A message forwarded in chats (platform "other", often without a link) spreads "online", not "on Other".
  const defaultTitle =
    row.platform === 'other'
      ? t(STORY_LANG, 'cases.rebuttal.defaultTitleOnline')
      : t(STORY_LANG, 'cases.rebuttal.defaultTitle', { platform: t(STORY_LANG, `report.platform.${row.platform}`) });
  const title = nfc(input.title ?? defaultTitle);
  const summary = nfc(input.summary ?? row.verdictSummary ?? '');
  // The same content shape (and revision snapshot) the editorial workflow writes, so its editor opens the draft as its own.
  const content: StoryContent = {
    title,
    summary,
    body: draftBody(row.claim, row.verdictSummary),
    categoryCode: 'rebuttal',
    provinceCode,
    commune: null,
    tags: [],
    coverKey: null,
    coverAlt: null,
    sourceType: 'other',
    sourceDetail: `Lan Tỏa case #${caseId}`,
    consent: false,
    // A rebuttal speaks for the desk, not a person.
    showAuthor: false,
    captions: [],
    hashtags: [],
    // Written by the editor before approval: a rebuttal needs 2–3 (workers/editorial/replies.ts).
    replies: [],
  };
  const [inserted, , linked] = await withFreeSlug(db, slugify(title), (slug) => {
    const storyId = sql`(SELECT ${stories.id} FROM ${stories} WHERE ${stories.slug} = ${slug})`;
    return db.batch([
      db
        .insert(stories)
        .values({ ...contentColumns(content), slug, status: 'draft', authorId: editor.id, revision: 1, createdAt: now, updatedAt: now })
        .returning({ id: stories.id, slug: stories.slug, title: stories.title, status: stories.status }),
      db.insert(storyRevisions).values({ storyId, revision: 1, editorId: editor.id, content, createdAt: now }),
      db
        .update(cases)
        .set({ rebuttalStoryId: storyId, updatedAt: now })
        .where(and(eq(cases.id, caseId), isNull(cases.rebuttalStoryId)))
        .returning({ id: cases.id }),
      db.insert(auditLog).values([
        { actorId: editor.id, action: 'case.rebuttal_started', target: `case:${caseId}`, before: null, after: { storySlug: slug }, createdAt: now },
        { actorId: editor.id, action: 'story.create', target: sql`'story:' || ${storyId}`, before: null, after: { status: 'draft', title, fromCase: caseId }, createdAt: now },
      ]),
    ]);
  });
  const story = inserted[0];
  if (!story) throw new Error('rebuttal story insert returned no row');
  if (linked.length === 0) {
    // Another editor linked a rebuttal a moment earlier: drop our draft rather than leave an orphan.
    await db.delete(storyRevisions).where(eq(storyRevisions.storyId, story.id));
    await db.delete(stories).where(eq(stories.id, story.id));
    throw new AppError('CONFLICT', `Case #${caseId} already has a rebuttal story`, { extra: { currentState: row.status } });
  }
  return story;
}
