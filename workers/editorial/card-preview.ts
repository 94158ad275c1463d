// The share card an editor is about to make public, drawn from the text under review
// (a submission or a pending edit) with the same engine as the public cards. Nothing
// is stored: the public card store (R2 `cards/…`, the Cache API) only ever holds cards
// of published text, so an unapproved title never has a public, content-addressed URL.
import { normaliseCardContent } from '../cards/card-address';
import type { CardContent, CardFormat } from '../cards/card-design';
import { renderCard } from '../cards/card-store';
import type { PngBytes } from '../cards/card-engine';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { findRevision } from './editorial.queries';
import { headContent } from './pending';
import { reviewFacts } from './review.queries';
import { contentFromJson, snapshot, type StoryContent, type StoryRow } from './story-content';

/** The text a preview draws: revision `revision` if named, else the newest (a pending edit, or the row). */
export async function previewContent(db: Db, story: StoryRow, revision: number | undefined): Promise<StoryContent> {
  if (revision === undefined) return headContent(db, story);
  const row = await findRevision(db, story.id, revision);
  if (!row) throw new AppError('NOT_FOUND', `Story ${story.id} has no revision ${revision}`);
  return contentFromJson(row.content, snapshot(story));
}

export async function previewCardContent(db: Db, story: StoryRow, content: StoryContent): Promise<CardContent> {
  const facts = await reviewFacts(db, story, content);
  return normaliseCardContent({
    storyId: story.id,
    title: content.title,
    summary: content.summary,
    categoryName: facts.categoryNameVi,
    categoryColor: facts.categoryColor,
    provinceName: facts.provinceName,
    coverKey: content.coverKey,
  });
}

/** Render now, store nowhere. */
export function renderPreviewCard(env: Env, card: CardContent, format: CardFormat): Promise<PngBytes> {
  return renderCard(env, card, format);
}
