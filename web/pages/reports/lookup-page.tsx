import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang, type Translate } from '../../i18n';

/** Why a lookup found nothing: no such report, not a code at all, or too many tries from this network. */
export type LookupProblem = 'notFound' | 'invalid' | 'rateLimited';

/** Where the lookup form sends the code (GET, so it works without a script and the answer can be reloaded). */
export const LOOKUP_PATH = '/tra-cuu';

/** The code box: used on its own page, under the report form and on the "not found" page. */
export function LookupForm(props: { t: Translate; value?: string; problem?: LookupProblem; headingLevel?: 'h1' | 'h2' }) {
  const { t, problem } = props;
  const error = problem === 'notFound' ? t('report.lookup.notFound') : problem === 'invalid' ? t('report.lookup.invalid') : problem === 'rateLimited' ? t('report.lookup.rateLimited') : null;
  return (
    <form class="lookup-form" method="get" action={LOOKUP_PATH} role="search" aria-label={t('report.lookup.title')}>
      <label for="lookup-code">
        {t('report.lookup.field')}
      </label>
      <p class="hint" id="lookup-code-hint">
        {t('report.lookup.hint')}
      </p>
      {error ? (
        <p class="field-error" id="lookup-code-error">
          {error}
        </p>
      ) : null}
      <div class="lookup-row">
        <input
          type="text"
          id="lookup-code"
          name="ma"
          value={props.value ?? ''}
          maxlength={64}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          placeholder="LT-7K3M-9QXA"
          aria-describedby={error ? 'lookup-code-error lookup-code-hint' : 'lookup-code-hint'}
          aria-invalid={error ? 'true' : undefined}
          required
        />
        <button type="submit">{t('report.lookup.submit')}</button>
      </div>
    </form>
  );
}

export type LookupPageProps = { lang: Lang; user: SessionUser | null; path: string; value?: string; problem?: LookupProblem };

/** `/tra-cuu`: the lookup form alone, or with why the typed code or link found nothing. */
export function LookupPage(props: LookupPageProps) {
  const t = translator(props.lang);
  const failed = props.problem === 'notFound' || props.problem === 'invalid';
  const title = failed ? t('report.lookup.notFoundTitle') : t('report.lookup.title');
  return (
    <Layout lang={props.lang} title={title} path={props.path} user={props.user} head={<meta name="robots" content="noindex, nofollow" />}>
      <section class="receipt-page lookup-page">
        <h1>{title}</h1>
        <p class="lead">{t('report.lookup.intro')}</p>
        <LookupForm t={t} value={props.value} problem={props.problem} />
        <p>
          <a class="button secondary" href="/report">
            {t('report.receipt.another')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
