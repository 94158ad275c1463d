import type { MyStory } from '../../../workers/editorial/my-stories.queries';
import { groupOf, myStoryGroups } from '../../../workers/editorial/my-stories.queries';
import type { Translate } from '../../i18n';
import { vnDateTime } from './format';
import { StatusBadge } from './status-badge';

/** What last happened to a story, as a sentence with its date ("Bị trả lại lúc 29/11/2026 22:55: …"). */
export function lastEvent(t: Translate, s: MyStory): string {
  switch (s.status) {
    case 'draft':
      return t('wr.event.draft', { time: vnDateTime(s.updatedAt) });
    case 'submitted':
      return t('wr.event.submitted', { time: vnDateTime(s.submittedAt ?? s.updatedAt) });
    case 'scheduled':
      return t('wr.event.scheduled', { time: vnDateTime(s.scheduledAt ?? s.updatedAt) });
    case 'published':
      return t('wr.event.published', { time: vnDateTime(s.publishedAt ?? s.updatedAt) });
    case 'rejected':
      return t('wr.event.rejected', { time: vnDateTime(s.sentBackAt ?? s.updatedAt), reason: s.rejectionReason ?? '—' });
    case 'archived':
      return t('wr.event.archived', { time: vnDateTime(s.withdrawnAt ?? s.updatedAt), reason: s.archiveReason ?? '—' });
  }
}

/** The writer's own stories by state, each with what happened to it; empty groups are left out. */
export function MyStories(props: { t: Translate; stories: MyStory[] }) {
  const { t } = props;
  return (
    <div class="my-stories">
      {myStoryGroups.map((group) => {
        const rows = props.stories.filter((s) => groupOf(s.status) === group);
        if (rows.length === 0) return null;
        return (
          <section class={`my-group my-group-${group}`} aria-labelledby={`mine-${group}`} id={`mine-group-${group}`}>
            <h3 id={`mine-${group}`}>
              {t(`wr.mine.group.${group}`)} <span class="muted">({t('wr.mine.count', { n: rows.length })})</span>
            </h3>
            <ul class="my-list">
              {rows.map((s) => (
                <li class="my-story">
                  <a class="my-story-link" href={`/editor/stories/${s.id}`}>
                    {s.title}
                  </a>
                  <p class="my-story-event">
                    <StatusBadge t={t} status={s.status} /> {lastEvent(t, s)}
                    {s.pendingRevision ? ` ${t('wr.event.pending')}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
