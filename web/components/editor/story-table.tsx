import type { StoryStatus } from '../../../schema';
import type { MessageKey, Translate } from '../../i18n';
import { vnDateTime } from './format';

export type StoryTableRow = {
  id: number;
  title: string;
  status: StoryStatus;
  provinceCode: string;
  categoryCode: string;
  authorName: string | null;
  submittedAt: number | null;
  updatedAt: number;
  /** An edit of a public story awaiting a second editor (the queue lists those too). */
  pendingRevision?: number | null;
};

export const statusKey = (status: StoryStatus): MessageKey => `ed.status.${status}`;

export function StatusBadge(props: { t: Translate; status: StoryStatus }) {
  return <span class={`status-badge status-${props.status}`}>{props.t(statusKey(props.status))}</span>;
}

/** A list of stories as a table that scrolls sideways on a phone rather than squashing. */
export function StoryTable(props: {
  t: Translate;
  rows: StoryTableRow[];
  caption: string;
  /** `review` links to the review screen, `edit` to the editor. */
  link: 'review' | 'edit';
  showAuthor?: boolean;
  timeColumn: 'submitted' | 'updated';
}) {
  const { t } = props;
  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabindex={0}>
      <table class="data-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ed.col.title')}</th>
            <th scope="col">{t('ed.col.status')}</th>
            <th scope="col">{t('ed.col.province')}</th>
            {props.showAuthor ? <th scope="col">{t('ed.col.author')}</th> : null}
            <th scope="col">{props.timeColumn === 'submitted' ? t('ed.col.submitted') : t('ed.col.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <td>
                <a href={props.link === 'review' ? `/editor/stories/${row.id}/review` : `/editor/stories/${row.id}`}>{row.title}</a>
              </td>
              <td>
                <StatusBadge t={t} status={row.status} />
                {row.pendingRevision ? <span class="status-badge status-submitted">{t('ed.pendingBadge')}</span> : null}
              </td>
              <td>{row.provinceCode}</td>
              {props.showAuthor ? <td>{row.authorName ?? '—'}</td> : null}
              <td>{vnDateTime(props.timeColumn === 'submitted' ? row.submittedAt : row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
