// The editors' review queue on /editor: a GET form of filters (works without script)
// and the stories as a list that reads on a phone, longest waiting first.
import type { QueueItem } from '../../../workers/editorial/editorial.queries';
import { queueStates, type QueueState } from '../../../workers/editorial/editorial.schemas';
import type { Lang, MessageKey, Translate } from '../../i18n';
import { vnDateTime } from './format';
import { StatusBadge } from './status-badge';
import { waitedFor } from './waited';

export type QueueFilter = { province?: string; category?: string; state?: QueueState };

export type ReviewQueueProps = {
  t: Translate;
  lang: Lang;
  rows: QueueItem[];
  filter: QueueFilter;
  provinces: { code: string; name: string }[];
  categories: { code: string; nameVi: string; nameEn: string }[];
  /** A provincial editor's own province (name): the queue is fixed to it. */
  lockedProvince: string | null;
  now: number;
};

const stateKey = (state: QueueState): MessageKey => `rv.queue.${state}`;

function QueueFilters(props: ReviewQueueProps) {
  const { t, filter } = props;
  return (
    <form method="get" action="/editor" class="filter-form queue-filters">
      {props.lockedProvince ? null : (
        <div>
          <label for="q-province">{t('ed.col.province')}</label>
          <select id="q-province" name="province">
            <option value="">{t('ed.any')}</option>
            {props.provinces.map((p) => (
              <option value={p.code} selected={filter.province === p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label for="q-category">{t('ed.col.category')}</label>
        <select id="q-category" name="category">
          <option value="">{t('ed.any')}</option>
          {props.categories.map((cat) => (
            <option value={cat.code} selected={filter.category === cat.code}>
              {props.lang === 'vi' ? cat.nameVi : cat.nameEn}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="q-state">{t('rv.queue.state')}</label>
        <select id="q-state" name="state">
          <option value="">{t('rv.queue.stateAll')}</option>
          {queueStates.map((state) => (
            <option value={state} selected={filter.state === state}>
              {t(stateKey(state))}
            </option>
          ))}
        </select>
      </div>
      {props.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <div>
        <button type="submit" class="button secondary">
          {t('ed.filter')}
        </button>
      </div>
    </form>
  );
}

function QueueEntry(props: { t: Translate; lang: Lang; row: QueueItem; now: number }) {
  const { t, row } = props;
  const category = (props.lang === 'vi' ? row.categoryNameVi : row.categoryNameEn) ?? row.categoryCode;
  const scheduled = row.status === 'scheduled' && row.pendingRevision === null;
  return (
    <li class="queue-item">
      <a class="queue-title" href={`/editor/stories/${row.id}/review`}>
        {row.title}
      </a>
      <p class="queue-badges">
        {row.pendingRevision ? <span class="status-badge status-submitted">{t('ed.pendingBadge')}</span> : <StatusBadge t={t} status={row.status} />}
      </p>
      <p class="queue-meta">
        {row.provinceName ?? row.provinceCode} · {category}
        {row.authorName ? ` · ${t('rv.queue.by', { name: row.authorName })}` : ''}
      </p>
      <p class="queue-time">
        {scheduled ? (
          t('rv.queue.scheduledFor', { time: vnDateTime(row.scheduledAt) })
        ) : (
          <>
            {row.submittedAt ? `${t('rv.queue.submittedAt', { time: vnDateTime(row.submittedAt) })} · ` : ''}
            <strong class="queue-waited">{waitedFor(t, row.submittedAt, props.now)}</strong>
          </>
        )}
      </p>
    </li>
  );
}

export function ReviewQueue(props: ReviewQueueProps) {
  const { t } = props;
  return (
    <section aria-labelledby="queue-h" class="review-queue">
      <h2 id="queue-h">{t('ed.queue.heading')}</h2>
      {props.lockedProvince ? <p class="notice">{t('rv.queue.scope', { province: props.lockedProvince })}</p> : null}
      <QueueFilters {...props} />
      <p class="muted">
        {t('rv.queue.count', { count: props.rows.length })} · {t(props.filter.state === 'scheduled' ? 'rv.queue.scheduledFirst' : 'rv.queue.oldestFirst')}
      </p>
      {props.rows.length === 0 ? (
        <p>{t('ed.queue.empty')}</p>
      ) : (
        <ol class="queue-list">
          {props.rows.map((row) => (
            <QueueEntry t={t} lang={props.lang} row={row} now={props.now} />
          ))}
        </ol>
      )}
    </section>
  );
}
