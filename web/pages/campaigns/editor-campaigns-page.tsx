import type { PickerResult } from '../../../workers/campaigns/story-picker.view';
import type { CampaignView } from '../../../workers/campaigns/campaigns.view';
import type { FieldError } from '../../../workers/core/errors';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey, type Translate } from '../../i18n';
import { CampaignCoverForm, CampaignStoryList, StoryFinder, type DeskStory } from './campaign-desk-sections';
import { formatDay, formatNumber } from './format';

/** What the campaign form shows: the saved campaign, or what the editor just typed. */
export type CampaignFormValues = {
  title: string;
  slug: string;
  description: string;
  hashtags: string;
  startsOn: string;
  endsOn: string;
  targetShares: string;
  targetClicks: string;
  provinces: string[];
  /** The "read before sharing" lesson's id, or '' for none. */
  lessonId: string;
};

export type FormProblem = { message: string; errors: FieldError[] };

export function formValuesOf(c: CampaignView): CampaignFormValues {
  return {
    title: c.title,
    slug: c.slug,
    description: c.description,
    hashtags: c.hashtags.join(' '),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    targetShares: c.progress.targetShares?.toString() ?? '',
    targetClicks: c.progress.targetClicks?.toString() ?? '',
    provinces: c.provinces,
    lessonId: c.lessonId === null ? '' : String(c.lessonId),
  };
}

export const emptyFormValues = (today: string): CampaignFormValues => ({
  title: '',
  slug: '',
  description: '',
  hashtags: 'LanToa',
  startsOn: today,
  endsOn: today,
  targetShares: '',
  targetClicks: '',
  provinces: [],
  lessonId: '',
});

const fieldKeys: Record<string, MessageKey> = {
  title: 'cm.field.title',
  slug: 'cm.field.slug',
  description: 'cm.field.description',
  hashtags: 'cm.field.hashtags',
  startsOn: 'cm.field.startsOn',
  endsOn: 'cm.field.endsOn',
  targetShares: 'cm.field.targetShares',
  targetClicks: 'cm.field.targetClicks',
  provinces: 'cm.field.provinces',
  lessonId: 'ld.campaign.field',
  stories: 'cmd.field.stories',
  story: 'cmd.field.story',
  file: 'cmd.field.file',
  alt: 'cmd.field.alt',
  coverAlt: 'cmd.field.alt',
  status: 'cm.field.status',
};

function Problems(props: { t: Translate; problem?: FormProblem }) {
  if (!props.problem) return null;
  const { t, problem } = props;
  return (
    <div class="error-summary" role="alert" id="error-summary">
      <p>
        <strong>{problem.message}</strong>
      </p>
      {problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((e) => {
            const name = e.path.split('.')[0] ?? '';
            const key = fieldKeys[name];
            const text = t('cm.fieldError', { field: key ? t(key) : e.path, message: e.message });
            return <li>{key ? <a href={`#cf-${name}`}>{text}</a> : text}</li>;
          })}
        </ul>
      ) : null}
    </div>
  );
}

function Done(props: { t: Translate; done?: string }) {
  const keys: Record<string, MessageKey> = {
    created: 'cm.done.created',
    saved: 'cm.done.saved',
    activated: 'cm.done.activated',
    ended: 'cm.done.ended',
    deleted: 'cm.done.deleted',
    storyAdded: 'cmd.done.storyAdded',
    storyMoved: 'cmd.done.storyMoved',
    storyRemoved: 'cmd.done.storyRemoved',
    cover: 'cmd.done.cover',
    coverRemoved: 'cmd.done.coverRemoved',
  };
  const key = props.done ? keys[props.done] : undefined;
  return key ? (
    <p class="done-notice" role="status">
      {props.t(key)}
    </p>
  ) : null;
}

/** The fields shared by the create and edit forms. `slugLocked`: the campaign is public, its address is frozen. */
/** Published lessons a campaign can ask members to read first. */
export type LessonChoice = { id: number; title: string };

/** The "Đọc trước khi chia sẻ" select: no lesson, or one published lesson. */
function LessonSelect(props: { t: Translate; value: string; lessons: LessonChoice[] }) {
  const { t } = props;
  return (
    <p>
      <label for="cf-lessonId">{t('ld.campaign.field')}</label>
      <span class="muted" id="cf-lessonId-hint">
        {t('ld.campaign.hint')}
      </span>
      <select id="cf-lessonId" name="lessonId" aria-describedby="cf-lessonId-hint">
        <option value="" selected={props.value === ''}>
          {t('ld.campaign.none')}
        </option>
        {props.lessons.map((l) => (
          <option value={String(l.id)} selected={props.value === String(l.id)}>
            {l.title}
          </option>
        ))}
      </select>
    </p>
  );
}

function CampaignFields(props: { t: Translate; values: CampaignFormValues; provinces: { code: string; name: string }[]; slugLocked: boolean; lessons: LessonChoice[] }) {
  const { t, values } = props;
  const text = (name: keyof CampaignFormValues, key: MessageKey, extra: Record<string, string | boolean> = {}) => (
    <p>
      <label for={`cf-${name}`}>{t(key)}</label>
      <input type="text" id={`cf-${name}`} name={name} value={String(values[name])} {...extra} />
    </p>
  );
  return (
    <>
      {text('title', 'cm.field.title', { required: true, maxlength: '160' })}
      <p>
        <label for="cf-slug">{t('cm.field.slug')}</label>
        <input type="text" id="cf-slug" name="slug" value={values.slug} disabled={props.slugLocked} aria-describedby="cf-slug-hint" pattern="[a-z0-9]+(-[a-z0-9]+)*" />
        <span class="muted" id="cf-slug-hint">
          {t('cm.field.slugHint')}
        </span>
      </p>
      <p>
        <label for="cf-description">{t('cm.field.description')}</label>
        <textarea id="cf-description" name="description" rows={4}>
          {values.description}
        </textarea>
      </p>
      <p>
        <label for="cf-hashtags">{t('cm.field.hashtags')}</label>
        <input type="text" id="cf-hashtags" name="hashtags" value={values.hashtags} aria-describedby="cf-hashtags-hint" />
        <span class="muted" id="cf-hashtags-hint">
          {t('cm.field.hashtagsHint')}
        </span>
      </p>
      <div class="cm-row">
        <p>
          <label for="cf-startsOn">{t('cm.field.startsOn')}</label>
          <input type="date" id="cf-startsOn" name="startsOn" value={values.startsOn} required />
        </p>
        <p>
          <label for="cf-endsOn">{t('cm.field.endsOn')}</label>
          <input type="date" id="cf-endsOn" name="endsOn" value={values.endsOn} required />
        </p>
      </div>
      <div class="cm-row">
        <p>
          <label for="cf-targetShares">{t('cm.field.targetShares')}</label>
          <input type="number" id="cf-targetShares" name="targetShares" value={values.targetShares} min="1" aria-describedby="cf-target-hint" />
        </p>
        <p>
          <label for="cf-targetClicks">{t('cm.field.targetClicks')}</label>
          <input type="number" id="cf-targetClicks" name="targetClicks" value={values.targetClicks} min="1" aria-describedby="cf-target-hint" />
        </p>
      </div>
      <p class="muted" id="cf-target-hint">
        {t('cm.field.targetHint')}
      </p>
      <LessonSelect t={t} value={values.lessonId} lessons={props.lessons} />
      <fieldset class="cm-provinces" id="cf-provinces">
        <legend>{t('cm.field.provinces')}</legend>
        <p class="muted">{t('cm.field.provincesHint')}</p>
        <ul>
          {props.provinces.map((p) => (
            <li>
              <input type="checkbox" id={`cf-province-${p.code}`} name="provinces" value={p.code} checked={values.provinces.includes(p.code)} />
              <label for={`cf-province-${p.code}`}>{p.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

type Common = { lang: Lang; user: SessionUser; provinces: { code: string; name: string }[]; lessons: LessonChoice[]; done?: string; problem?: FormProblem };

/** `/editor/campaigns`: every campaign with its state, and the form for a new one. */
export function EditorCampaignsPage(props: Common & { campaigns: CampaignView[]; values: CampaignFormValues }) {
  const t = translator(props.lang);
  const n = (v: number) => formatNumber(props.lang, v);
  return (
    <Layout lang={props.lang} title={t('cm.title')} path="/editor/campaigns" user={props.user}>
      <h1>{t('cm.title')}</h1>
      <Done t={t} done={props.done} />
      <section aria-labelledby="cm-list">
        <h2 id="cm-list">{t('cm.list')}</h2>
        {props.campaigns.length === 0 ? (
          <p>{t('cm.none')}</p>
        ) : (
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="cm-list">
            <table class="stats-table">
              <thead>
                <tr>
                  <th scope="col">{t('cm.col.campaign')}</th>
                  <th scope="col">{t('cm.col.status')}</th>
                  <th scope="col">{t('cm.col.dates')}</th>
                  <th scope="col" class="num">
                    {t('cm.col.progress')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.campaigns.map((c) => (
                  <tr>
                    <td>
                      <a href={`/editor/campaigns/${c.id}`}>{c.title}</a>
                    </td>
                    <td>
                      <span class={`badge phase-${c.phase}`}>{t(`campaigns.phase.${c.phase}`)}</span>
                    </td>
                    <td>{t('campaigns.dates', { start: formatDay(props.lang, c.startsOn), end: formatDay(props.lang, c.endsOn) })}</td>
                    <td class="num">
                      {c.progress.targetShares ? `${n(c.progress.shares)} / ${n(c.progress.targetShares)}` : n(c.progress.shares)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="cm-new">
        <h2 id="cm-new">{t('cm.new')}</h2>
        <Problems t={t} problem={props.problem} />
        <form method="post" action="/editor/campaigns" class="stack-form cm-form">
          <CampaignFields t={t} values={props.values} provinces={props.provinces} lessons={props.lessons} slugLocked={false} />
          <p>
            <button type="submit">{t('cm.create')}</button>
          </p>
        </form>
      </section>
    </Layout>
  );
}

/** What the story finder holds: what was typed, and its results (null: nothing searched yet). */
export type FinderState = { q: string; results: PickerResult[] | null };

/** `/editor/campaigns/:id`: its stories (find, add, order, remove), its cover, its details and its lifecycle. */
export function EditorCampaignPage(
  props: Common & { campaign: CampaignView; values: CampaignFormValues; stories: DeskStory[]; finder: FinderState; coverAltValue?: string },
) {
  const t = translator(props.lang);
  const c = props.campaign;
  const ended = c.status === 'ended';
  return (
    <Layout
      lang={props.lang}
      title={`${t('cm.edit')}: ${c.title}`}
      path={`/editor/campaigns/${c.id}`}
      user={props.user}
      scripts={ended ? [] : ['/js/campaign-desk.js']}
    >
      <p class="breadcrumb">
        <a href="/editor/campaigns">{t('cm.back')}</a>
      </p>
      <h1>
        {c.title} <span class={`badge phase-${c.phase}`}>{t(`campaigns.phase.${c.phase}`)}</span>
      </h1>
      {c.status !== 'draft' ? (
        <p>
          <a href={`/campaigns/${c.slug}`}>{t('cm.view')}</a>
        </p>
      ) : null}
      <Done t={t} done={props.done} />
      <Problems t={t} problem={props.problem} />
      <section aria-labelledby="cm-actions">
        <h2 id="cm-actions">{t('cm.actions')}</h2>
        <p class="muted">{t('cm.actionsHint')}</p>
        <div class="editor-actions">
          {c.status === 'draft' ? (
            <form method="post" action={`/editor/campaigns/${c.id}/status`} class="inline-form">
              <input type="hidden" name="status" value="active" />
              <button type="submit">{t('cm.activate')}</button>
            </form>
          ) : null}
          {c.status === 'active' ? (
            <form method="post" action={`/editor/campaigns/${c.id}/status`} class="inline-form">
              <input type="hidden" name="status" value="ended" />
              <button type="submit">{t('cm.end')}</button>
            </form>
          ) : null}
          {c.status === 'draft' ? (
            <form method="post" action={`/editor/campaigns/${c.id}/delete`} class="inline-form">
              <button type="submit" class="button secondary">
                {t('cm.delete')}
              </button>
            </form>
          ) : null}
        </div>
      </section>
      <CampaignStoryList t={t} campaignId={c.id} stories={props.stories} editable={!ended} />
      {ended ? null : <StoryFinder t={t} campaignId={c.id} q={props.finder.q} results={props.finder.results} errors={props.problem?.errors ?? []} />}
      {ended ? (
        c.coverKey ? <img class="campaign-cover" src={`/media/${c.coverKey}`} alt={c.coverAlt ?? ''} width={1200} height={630} /> : null
      ) : (
        <CampaignCoverForm t={t} campaignId={c.id} coverUrl={c.coverKey ? `/media/${c.coverKey}` : null} coverAlt={c.coverAlt ?? ''} altValue={props.coverAltValue} errors={props.problem?.errors ?? []} />
      )}
      {ended ? null : (
        <section aria-labelledby="cm-edit">
          <h2 id="cm-edit">{t('cm.edit')}</h2>
          <form method="post" action={`/editor/campaigns/${c.id}`} class="stack-form cm-form">
            <CampaignFields t={t} values={props.values} provinces={props.provinces} lessons={props.lessons} slugLocked={c.status !== 'draft'} />
            <p>
              <button type="submit">{t('cm.save')}</button>
            </p>
          </form>
        </section>
      )}
    </Layout>
  );
}
