// Lesson states and refusals in the reader's words (never `draft` or an English API message).
import type { LessonStatus } from '../../../schema';
import { lessonMessages } from '../../../workers/lessons/lessons.schemas';
import type { MessageKey, Translate } from '../../i18n';

export const statusKeys: Record<LessonStatus, MessageKey> = {
  draft: 'ld.status.draft',
  submitted: 'ld.status.submitted',
  published: 'ld.status.published',
  rejected: 'ld.status.rejected',
  archived: 'ld.status.archived',
};

const byEnglish = new Map<string, MessageKey>(
  (Object.keys(lessonMessages) as (keyof typeof lessonMessages)[]).map((name) => [lessonMessages[name], `ld.msg.${name}` as MessageKey]),
);

/** A validation message of the lesson schemas in the page's language (others pass through). */
export function lessonMessage(t: Translate, message: string): string {
  const key = byEnglish.get(message);
  return key ? t(key) : message;
}
