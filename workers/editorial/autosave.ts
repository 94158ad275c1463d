// Autosave of the story form: a draft is saved to the server every 30 s and when the
// writer leaves the page. Only drafts, and only the writer's own: autosaving a
// published story would file a pending revision behind the writer's back, and an
// editor's autosave of someone else's draft would put words in their mouth.
import { AppError } from '../core/errors';
import type { CreateStoryInput, PatchStoryInput } from './editorial.schemas';
import type { StoryRow } from './story-content';
import { createStory, editStory, loadStory, type Workflow } from './workflow';

/** 403 unless the actor wrote the story; 409 (naming the state) unless it is still a draft. */
export function assertAutosavable(w: Workflow, story: StoryRow): void {
  if (story.authorId !== w.actor.id) throw new AppError('FORBIDDEN', 'Only the writer of a draft can autosave it');
  if (story.status !== 'draft') {
    throw new AppError('CONFLICT', `Only drafts are autosaved; this story is ${story.status}. Save it with the form's buttons`, {
      extra: { currentState: story.status, currentRevision: story.revision },
    });
  }
}

/** Save typed text over the writer's own draft (a new revision when anything changed). */
export async function autosaveDraft(w: Workflow, id: number, input: PatchStoryInput): Promise<StoryRow> {
  assertAutosavable(w, await loadStory(w.db, id));
  return editStory(w, id, input);
}

/** The first autosave of a new story makes it a draft (title, category and province are needed for a row). */
export function autosaveNew(w: Workflow, input: CreateStoryInput): Promise<StoryRow> {
  return createStory(w, input);
}
