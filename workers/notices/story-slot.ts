import { CorrectionNotes } from '../../web/components/correction-notices';
import type { StorySlot } from '../stories/story-slots';

/** The story page's dated correction notes (they come with the story: no extra query). */
export const correctionNotesSlot: StorySlot = ({ story, lang }) => CorrectionNotes({ lang, corrections: story.corrections });
