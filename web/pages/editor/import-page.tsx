import type { SessionUser } from '../../../workers/core/types';
import type { ImportJob, ErrorRow } from '../../../workers/imports/import-jobs';
import { MAX_IMPORT_ROWS, type FileErrorReason, type ImportPlan, type PlannedRow } from '../../../workers/imports/plan';
import { vnDateTime } from '../../components/editor/format';
import { ErrorSummary, type PageError } from '../../components/editor/page-error';
import { Layout } from '../../components/layout';
import { translator, type Lang, type Translate } from '../../i18n';
import { formatPhone } from '../../../workers/users/phone';

/** Rows listed per group: a 5,000-row file stays a page a phone can scroll. */
const SHOWN = 100;

const PATH = '/editor/users/import';

function Breadcrumb(props: { t: Translate }) {
  return (
    <p class="breadcrumb">
      <a href="/editor/users">{props.t('import.back')}</a>
    </p>
  );
}

function ErrorList(props: { t: Translate; rows: { line: number; name: string; message: string }[] }) {
  const { t, rows } = props;
  if (rows.length === 0) return <p>{t('import.errorsNone')}</p>;
  return (
    <>
      <ol class="import-rows import-errors">
        {rows.slice(0, SHOWN).map((row) => (
          <li>
            <strong>{t('import.line', { line: row.line })}</strong>
            {row.name ? <span> · {row.name}</span> : null}
            <br />
            <span>{row.message}</span>
          </li>
        ))}
      </ol>
      {rows.length > SHOWN ? <p>{t('import.errorsMore', { count: rows.length - SHOWN })}</p> : null}
    </>
  );
}

function contact(row: PlannedRow): string {
  return [row.email, row.phone ? formatPhone(row.phone) : null].filter(Boolean).join(' · ');
}

function OutcomeGroup(props: { t: Translate; outcome: 'created' | 'updated' | 'unchanged'; rows: PlannedRow[] }) {
  const { t, rows } = props;
  if (rows.length === 0) return null;
  return (
    <details class="import-group">
      <summary>{t(`import.outcome.${props.outcome}`, { count: rows.length })}</summary>
      <ol class="import-rows">
        {rows.slice(0, SHOWN).map((row) => (
          <li>
            <strong>{t('import.line', { line: row.line })}</strong> · {row.name}
            <br />
            <span>{contact(row)}</span>
            {row.unit ? <span> · {row.unit}</span> : null}
          </li>
        ))}
      </ol>
      {rows.length > SHOWN ? <p>{t('import.rowsMore', { count: rows.length - SHOWN })}</p> : null}
    </details>
  );
}

export type ImportPageProps = {
  lang: Lang;
  user: SessionUser;
  /** The province the admin is limited to, by name (null: national). */
  scopeName: string | null;
  error?: PageError;
  /** A dry run's result, with the checked text to import on confirmation. */
  checked?: { plan: ImportPlan; csv: string };
};

/** /editor/users/import: upload, check (dry run), then import. Works without scripts. */
export function ImportPage(props: ImportPageProps) {
  const t = translator(props.lang);
  const reason = props.error?.extra?.reason;
  const fileError = props.error?.errors?.find((e) => e.path === 'file')
    ? { message: typeof reason === 'string' ? t(`import.file.${reason as FileErrorReason}`, { max: MAX_IMPORT_ROWS.toLocaleString('vi') }) : t('import.file.type') }
    : undefined;
  const plan = props.checked?.plan;
  const importable = plan ? plan.counts.created + plan.counts.updated : 0;
  return (
    <Layout lang={props.lang} title={t('import.title')} path={PATH} user={props.user}>
      <Breadcrumb t={t} />
      <h1>{t('import.title')}</h1>
      <ErrorSummary t={t} error={props.error} />
      {plan && props.checked ? (
        <section aria-labelledby="dry-heading" class="import-result">
          <h2 id="dry-heading">{t('import.dryHeading')}</h2>
          <p role="status">
            {t('import.summary', { total: plan.counts.total, created: plan.counts.created, updated: plan.counts.updated, unchanged: plan.counts.unchanged, errors: plan.counts.error })}
          </p>
          <h3>{t('import.errorsHeading', { count: plan.counts.error })}</h3>
          <ErrorList t={t} rows={plan.rows.filter((r) => r.error).map((r) => ({ line: r.line, name: r.name, message: t(`import.error.${r.error ?? 'formula'}`) }))} />
          <OutcomeGroup t={t} outcome="created" rows={plan.rows.filter((r) => r.outcome === 'created')} />
          <OutcomeGroup t={t} outcome="updated" rows={plan.rows.filter((r) => r.outcome === 'updated')} />
          <OutcomeGroup t={t} outcome="unchanged" rows={plan.rows.filter((r) => r.outcome === 'unchanged')} />
          {importable > 0 ? (
            <form method="post" action={PATH} class="stack-form">
              {plan.counts.error > 0 ? <p>{t('import.errorRowsNote')}</p> : null}
              <input type="hidden" name="csv" value={props.checked.csv} />
              <button type="submit">{t('import.confirm', { count: importable })}</button>
            </form>
          ) : null}
          <h2>{t('import.again')}</h2>
        </section>
      ) : (
        <>
          <p>{t('import.intro')}</p>
          <p>{t('import.columns')}</p>
          {props.scopeName ? <p>{t('import.scope', { province: props.scopeName })}</p> : null}
          <p>
            <a href={`${PATH}/mau.csv`} download="mau-nhap-thanh-vien.csv">
              {t('import.template')}
            </a>
          </p>
        </>
      )}
      <form method="post" action={PATH} enctype="multipart/form-data" class="stack-form">
        <label for="f-file">{t('import.file')}</label>
        {fileError ? (
          <p class="field-error" id="e-file">
            {fileError.message}
          </p>
        ) : null}
        <input id="f-file" type="file" name="file" accept=".csv,text/csv" required aria-describedby={fileError ? 'e-file' : undefined} />
        <p class="import-actions">
          <button type="submit" name="dryRun" value="1">
            {t('import.check')}
          </button>
          <button type="submit" name="dryRun" value="0" class="secondary">
            {t('import.run')}
          </button>
        </p>
      </form>
    </Layout>
  );
}

export type ImportJobPageProps = { lang: Lang; user: SessionUser; job: ImportJob; errors: ErrorRow[]; linksPending: number };

/** /editor/users/import/:id: a job's progress (refreshing itself while it runs, no script) and its results. */
export function ImportJobPage(props: ImportJobPageProps) {
  const t = translator(props.lang);
  const { job } = props;
  const running = job.status === 'running';
  const percent = job.chunksTotal === 0 ? 100 : Math.floor((job.chunksDone / job.chunksTotal) * 100);
  return (
    <Layout
      lang={props.lang}
      title={t('import.jobTitle')}
      path={`${PATH}/${job.id}`}
      user={props.user}
      head={running ? <meta http-equiv="refresh" content="3" /> : undefined}
    >
      <Breadcrumb t={t} />
      <h1>{t('import.jobTitle')}</h1>
      <p>{t('import.jobBy', { time: vnDateTime(job.createdAt) })}</p>
      {running ? (
        <>
          <p role="status">{t('import.jobRunning', { done: job.chunksDone, total: job.chunksTotal, percent })}</p>
          <progress max={Math.max(1, job.chunksTotal)} value={job.chunksDone}>
            {percent}%
          </progress>
        </>
      ) : (
        <p role="status" class="done-notice">
          {t('import.jobDone', { time: vnDateTime(job.finishedAt) })}
        </p>
      )}
      <p>{t('import.summary', { total: job.totalRows, created: job.created, updated: job.updated, unchanged: job.unchanged, errors: job.errors })}</p>
      <section aria-labelledby="links-heading">
        <h2 id="links-heading">{t('import.links')}</h2>
        {props.linksPending > 0 ? (
          <form method="post" action={`${PATH}/${job.id}/links`} class="stack-form">
            <p>{t('import.linksHint')}</p>
            <button type="submit">{t('import.links')}</button>
          </form>
        ) : (
          <p>{running ? t('import.jobRunning', { done: job.chunksDone, total: job.chunksTotal, percent }) : t('import.linksNone')}</p>
        )}
      </section>
      <section aria-labelledby="errors-heading">
        <h2 id="errors-heading">{t('import.errorsHeading', { count: job.errors })}</h2>
        <ErrorList t={t} rows={props.errors.map((e) => ({ line: e.line, name: e.name, message: t(`import.error.${e.code}`) }))} />
      </section>
      <p>
        <a href={PATH}>{t('import.newImport')}</a>
      </p>
    </Layout>
  );
}
