// `/kiem-tra` (English `/check`): paste a text and/or a link, learn in seconds what is wrong
// with it. Works without JavaScript (the form posts here and the server renders the findings
// under it, the typed text kept); /js/check.js asks POST /api/check for the same fragment.
import type { FieldError } from '../../../workers/core/errors';
import type { SessionUser } from '../../../workers/core/types';
import { CHECK_MAX_CHARS } from '../../../workers/check/check.types';
import { MISSING_CHECK, TOO_LONG_CHECK } from '../../../workers/check/check.schemas';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { CheckResults, type CheckResultsProps } from './check-results';

export const CHECK_PATH = '/kiem-tra';
export const CHECK_PATH_EN = '/check';

export type CheckPageProps = {
  lang: Lang;
  user: SessionUser | null;
  /** The page's own path (and `?lang=` when given): the form posts back to it. */
  path: string;
  canonical: string;
  values?: { text: string; url: string };
  errors?: FieldError[];
  /** A failure that is not about one field (too many checks). */
  formError?: MessageKey;
  results?: Omit<CheckResultsProps, 'lang' | 'text' | 'url'>;
};

/** A field's error in the reader's words (the problem's own message is for API clients). */
function errorKey(err: FieldError): MessageKey {
  if (err.path === 'url') return 'check.error.url';
  if (err.message === MISSING_CHECK) return 'check.error.missing';
  if (err.message === TOO_LONG_CHECK) return 'check.error.tooLong';
  return 'check.error.text';
}

export function CheckPage(props: CheckPageProps) {
  const t = translator(props.lang);
  const values = props.values ?? { text: '', url: '' };
  const fieldErrors = new Map<string, MessageKey>();
  for (const e of props.errors ?? []) if (!fieldErrors.has(e.path === 'url' ? 'url' : 'text')) fieldErrors.set(e.path === 'url' ? 'url' : 'text', errorKey(e));
  const fieldIds: Record<string, string> = { text: 'check-text', url: 'check-url' };
  const described = (name: string) => [`${name}-hint`, fieldErrors.has(name) ? `${name}-error` : null].filter(Boolean).join(' ');
  const fieldError = (name: string) => {
    const key = fieldErrors.get(name);
    return key ? (
      <p class="field-error" id={`${name}-error`}>
        {t(key, { max: CHECK_MAX_CHARS.toLocaleString(props.lang === 'vi' ? 'vi-VN' : 'en-GB') })}
      </p>
    ) : null;
  };
  const hasErrors = fieldErrors.size > 0 || props.formError;
  return (
    <Layout
      lang={props.lang}
      title={t('check.title')}
      description={t('check.intro')}
      canonical={props.canonical}
      path={props.path}
      user={props.user}
      current={CHECK_PATH}
      scripts={['/js/share-kit.js', '/js/check.js']}
    >
      <section class="check-page">
        <h1>{t('check.title')}</h1>
        <p class="lead">{t('check.intro')}</p>
        <aside class="notice check-privacy" aria-labelledby="check-privacy-title">
          <h2 id="check-privacy-title">{t('check.privacy.title')}</h2>
          <p>{t('check.privacy.body')}</p>
        </aside>
        {hasErrors ? (
          <div class="error-summary" role="alert" tabindex={-1}>
            <h2>{t('check.errors.title')}</h2>
            <ul>
              {props.formError ? <li>{t(props.formError)}</li> : null}
              {[...fieldErrors].map(([name, key]) => (
                <li>
                  <a href={`#${fieldIds[name]}`}>{t(key, { max: CHECK_MAX_CHARS.toLocaleString(props.lang === 'vi' ? 'vi-VN' : 'en-GB') })}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form class="check-form" method="post" action={props.path} data-check-form="">
          <div class={fieldErrors.has('text') ? 'field field-invalid' : 'field'}>
            <label for="check-text">{t('check.field.text')}</label>
            <p class="hint" id="text-hint">
              {t('check.field.textHint', { max: CHECK_MAX_CHARS.toLocaleString(props.lang === 'vi' ? 'vi-VN' : 'en-GB') })}
            </p>
            {fieldError('text')}
            <textarea
              id="check-text"
              name="text"
              rows={8}
              maxlength={CHECK_MAX_CHARS}
              aria-describedby={described('text')}
              aria-invalid={fieldErrors.has('text') ? 'true' : undefined}
            >
              {values.text}
            </textarea>
          </div>
          <div class={fieldErrors.has('url') ? 'field field-invalid' : 'field'}>
            <label for="check-url">{t('check.field.url')}</label>
            <p class="hint" id="url-hint">
              {t('check.field.urlHint')}
            </p>
            {fieldError('url')}
            <input
              type="text"
              inputmode="url"
              id="check-url"
              name="url"
              value={values.url}
              autocomplete="off"
              spellcheck={false}
              aria-describedby={described('url')}
              aria-invalid={fieldErrors.has('url') ? 'true' : undefined}
            />
          </div>
          <button type="submit">{t('check.submit')}</button>
          <p class="check-status" data-check-status="" role="status" aria-live="polite"></p>
        </form>
        <div id="check-results" data-check-target="">
          {props.results ? <CheckResults lang={props.lang} text={values.text} url={values.url} {...props.results} /> : null}
        </div>
      </section>
    </Layout>
  );
}
