// /editor/settings/claims: the two thresholds of each matching method, as a plain form.
// National editors and admins change them; provincial accounts see them read-only.
import type { ClaimThresholds } from '../../../workers/claims/claim-settings';
import type { FieldError } from '../../../workers/core/errors';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { vnDateTime } from './format';

export type ClaimSettingsPageProps = {
  lang: Lang;
  user: SessionUser;
  thresholds: ClaimThresholds;
  canChange: boolean;
  semanticOn: boolean;
  updatedAt: number | null;
  saved?: boolean;
  /** What was typed, kept after a refusal (`lexical.candidate` → '0,35'). */
  values?: Record<string, string>;
  errors?: FieldError[];
};

const methods = ['lexical', 'semantic'] as const;
const levels = ['candidate', 'high'] as const;

/** Shown the Vietnamese way (0,35) in Vietnamese; the form accepts a comma or a point. */
const shown = (lang: Lang, n: number) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));

export function ClaimSettingsPage(props: ClaimSettingsPageProps) {
  const t = translator(props.lang);
  const failed = new Map((props.errors ?? []).map((e) => [e.path, e.message]));
  // The order rule's message names the candidate threshold ("lexical.high must be at least lexical.candidate").
  const errorText = (path: string) => (path.endsWith('.high') && failed.get(path)?.includes('.candidate') ? t('claims.settings.error.order') : t('claims.settings.error.range'));
  return (
    <Layout lang={props.lang} title={t('claims.settings.title')} path="/editor/settings/claims" user={props.user}>
      <section class="case-detail claim-settings">
        <p>
          <a href="/editor/cases">← {t('cases.back')}</a>
        </p>
        <h1>{t('claims.settings.title')}</h1>
        {props.saved ? (
          <p class="notice saved" role="status">
            {t('claims.settings.saved')}
          </p>
        ) : null}
        {failed.size > 0 ? (
          <p class="error-summary" role="alert">
            {t('claims.settings.errorSummary')}
          </p>
        ) : null}
        <p>{t('claims.settings.intro')}</p>
        {props.updatedAt ? <p class="muted">{t('claims.settings.updated', { at: vnDateTime(props.updatedAt) })}</p> : null}
        {props.canChange ? null : <p class="notice">{t('claims.settings.readOnly')}</p>}
        <form class="case-form" method="post" action="/editor/settings/claims">
          {methods.map((m) => (
            <fieldset class="threshold-group" disabled={!props.canChange}>
              <legend>{t(`claims.settings.${m}`)}</legend>
              {m === 'semantic' && !props.semanticOn ? <p class="hint">{t('claims.settings.semanticOff')}</p> : null}
              {levels.map((l) => {
                const name = `${m}.${l}`;
                const id = `threshold-${m}-${l}`;
                const bad = failed.has(name);
                return (
                  <>
                    <label for={id}>{t(`claims.settings.${l}`)}</label>
                    <p class="hint" id={`${id}-hint`}>
                      {t(`claims.settings.${l}Hint`)}
                    </p>
                    {bad ? (
                      <p class="field-error" id={`${id}-error`}>
                        {errorText(name)}
                      </p>
                    ) : null}
                    <input
                      type="text"
                      inputmode="decimal"
                      id={id}
                      name={name}
                      maxlength={8}
                      value={props.values?.[name] ?? shown(props.lang, props.thresholds[m][l])}
                      aria-describedby={bad ? `${id}-hint ${id}-error` : `${id}-hint`}
                      aria-invalid={bad ? 'true' : undefined}
                    />
                  </>
                );
              })}
            </fieldset>
          ))}
          {props.canChange ? <button type="submit">{t('claims.settings.save')}</button> : null}
        </form>
      </section>
    </Layout>
  );
}
