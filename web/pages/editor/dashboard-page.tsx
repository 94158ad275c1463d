import type { StoryStatus } from '../../../schema';
import type { SessionUser } from '../../../workers/core/types';
import { DoneNotice } from '../../components/editor/page-error';
import { StatusBadge, StoryTable, type StoryTableRow } from '../../components/editor/story-table';
import { Layout } from '../../components/layout';
import { MyStories } from '../../components/editor/my-stories';
import type { MyStory } from '../../../workers/editorial/my-stories.queries';
import { translator, type Lang } from '../../i18n';

export type DashboardProps = {
  lang: Lang;
  user: SessionUser;
  counts: Record<StoryStatus, number>;
  /** Editors only: the review queue (null for contributors). */
  queue: StoryTableRow[] | null;
  /** The signed-in person's own stories, grouped by state on the page. */
  mine: MyStory[];
  provinces: { code: string; name: string }[];
  categories: { code: string; nameVi: string; nameEn: string }[];
  filter: { province?: string; category?: string };
  isEditor: boolean;
  isAdmin: boolean;
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
          {props.isAdmin ? (
            <a class="button secondary" href="/editor/users">
              {t('ed.links.users')}
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
        <section aria-labelledby="queue-h">
          <h2 id="queue-h">{t('ed.queue.heading')}</h2>
          <p class="muted">{t('ed.queue.intro')}</p>
          <form method="get" action="/editor" class="filter-form">
            <div>
              <label for="q-province">{t('ed.col.province')}</label>
              <select id="q-province" name="province">
                <option value="">{t('ed.any')}</option>
                {props.provinces.map((p) => (
                  <option value={p.code} selected={props.filter.province === p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="q-category">{t('ed.col.category')}</label>
              <select id="q-category" name="category">
                <option value="">{t('ed.any')}</option>
                {props.categories.map((cat) => (
                  <option value={cat.code} selected={props.filter.category === cat.code}>
                    {props.lang === 'vi' ? cat.nameVi : cat.nameEn}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" class="button secondary">
                {t('ed.filter')}
              </button>
            </div>
          </form>
          {props.queue.length === 0 ? (
            <p>{t('ed.queue.empty')}</p>
          ) : (
            <StoryTable t={t} rows={props.queue} caption={t('ed.queue.heading')} link="review" showAuthor timeColumn="submitted" />
          )}
        </section>
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
