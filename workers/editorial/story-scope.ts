// Province scope for the review desk: an editor whose account names a province
// reviews that province's stories (the queue, the review screen, the card preview).
// Same rule and same 403 as cases and figures (workers/auth/province-scope.ts).
import { assertInProvinceScope } from '../auth/province-scope';
import type { SessionUser } from '../core/types';
import type { StoryRow } from './story-content';

export function assertStoryInScope(user: SessionUser, story: StoryRow): void {
  assertInProvinceScope(user, story.provinceCode, `story ${story.id}`);
}
