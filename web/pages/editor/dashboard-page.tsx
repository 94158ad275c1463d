import type { StoryStatus } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import type { QueueItem } from '../../../workers/editorial/editorial.queries';
import { DoneNotice } from '../../components/editor/page-error';
import { ReviewQueue, type QueueFilter } from '../../components/editor/review-queue';
import { StatusBadge } from '../../components/editor/status-badge';
import { Layout } from '../../components/layout';
import { MyStories } from '../../components/editor/my-stories';
import type { MyStory } from '../../../workers/editorial/my-stories.queries';
import { translator, type Lang } from '../../i18n';

export type DashboardProps = {
  lang: Lang;
  user: SessionUser;
  counts: Record<StoryStatus, number>;
  /** Editors only: the review queue (null for contributors). */
  queue: QueueItem[] | null;
  /** A provincial editor's province name: their queue holds only its stories. */
  lockedProvince?: string | null;
  now?: number;
  /** The signed-in person's own stories, grouped by state on the page. */
  mine: MyStory[];
  provinces: { code: string; name: string }[];
  categories: { code: string; nameVi: string; nameEn: string }[];
  filter: QueueFilter;
  isEditor: boolean;
  isAdmin: boolean;
  /** Admins and provincial editors hand out invitation links (/editor/invites). */
  mayInvite?: boolean;
  done?: string;
};

const order: StoryStatus[] = ['submitted', 'scheduled', 'published', 'draft', 'rejected', 'archived'];

/** /editor: counts, the review queue (editors), and the signed-in person's own stories. */
export function DashboardPage(props: DashboardProps) {
  const t = translator(props.lang);
  return (
    <Layout lang={props.lang} title={t('ed.title')} path="/editor" user={props.user}>
      <div class="editor-head">
        <h1>{t('ed.title')}</h1>
        <p class="editor-actions">
          <a class="button" href="/editor/stories/new">
            {t('ed.newStory')}
          </a>
          {props.isEditor ? (
            <a class="button secondary" href="/editor/audit">
              {t('ed.links.audit')}
            </a>
          ) : null}
          {props.isEditor ? (
            <a class="button secondary" href="/editor/cases">
              {t('cases.title')}
            </a>
          ) : null}
          {props.isEditor ? (
            <a class="button secondary" href="/editor/stats">
              {t('stats.title')}
            </a>
          ) : null}
          {props.isEditor ? (
            <a class="button secondary" href="/editor/campaigns">
              {t('cm.title')}
            </a>
          ) : null}
          {props.isEditor ? (
            <a class="button secondary" href="/editor/lessons">
              {t('ld.title')}
            </a>
          ) : null}
          {props.isEditor ? (
            <a class="button secondary" href="/editor/units">
              {t('ed.links.units')}
            </a>
          ) : null}
          {props.isAdmin ? (
            <a class="button secondary" href="/editor/users">
              {t('ed.links.users')}
            </a>
          ) : null}
          {props.mayInvite ? (
            <a class="button secondary" href="/editor/invites">
              {t('ed.links.invites')}
            </a>
          ) : null}
        </p>
      </div>
      <DoneNotice t={t} done={props.done} prefix="ed.done" />
      <section aria-labelledby="overview-h">
        <h2 id="overview-h">{t('ed.overview')}</h2>
        <ul class="count-grid">
          {order.map((status) => (
            <li class="count-card">
              <span class="count-number">{props.counts[status]}</span>
              <StatusBadge t={t} status={status} />
            </li>
          ))}
        </ul>
      </section>
      {props.queue ? (
        <ReviewQueue
          t={t}
          lang={props.lang}
          rows={props.queue}
          filter={props.filter}
          provinces={props.provinces}
          categories={props.categories}
          lockedProvince={props.lockedProvince ?? null}
          now={props.now ?? Date.now()}
        />
      ) : null}
      <section aria-labelledby="mine-h">
        <h2 id="mine-h">{t('ed.mine.heading')}</h2>
        {props.mine.length === 0 ? (
          <p>{t('ed.mine.empty')}</p>
        ) : (
          <MyStories t={t} stories={props.mine} />
        )}
      </section>
    </Layout>
  );
}
