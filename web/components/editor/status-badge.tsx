import type { StoryStatus } from '../../../schema';
import type { MessageKey, Translate } from '../../i18n';

const statusKey = (status: StoryStatus): MessageKey => `ed.status.${status}`;

/** A story's state in words (from the glossary), coloured by state. */
export function StatusBadge(props: { t: Translate; status: StoryStatus }) {
  return <span class={`status-badge status-${props.status}`}>{props.t(statusKey(props.status))}</span>;
}
