import { reportCategories } from '../../../schema';
import type { FieldError } from '../../../workers/core/errors';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { term } from '../../i18n/glossary';
import { MISSING_CONTENT } from '../../../workers/reports/reports.schemas';
import { LookupForm } from './lookup-page';

export type ReportFormProps = {
  lang: Lang;
  user: SessionUser | null;
  provinces: { code: string; name: string }[];
  /** A fresh key per rendered form, so a resubmitted or retried form never makes two reports. */
  idempotencyKey: string;
  turnstileSiteKey?: string;
  values?: Record<string, unknown>;
  errors?: FieldError[];
  /** Message for a failure that is not about one field (rate limit, storage). */
  formError?: MessageKey;
};

const fieldIds: Record<string, string> = {
  url: 'report-url',
  category: 'report-category-0',
  description: 'report-description',
  province: 'report-province',
  contact: 'report-contact',
  screenshot: 'report-screenshot',
  turnstileToken: 'report-turnstile',
};

/** The public report form: short, mobile-first, and fully working without JavaScript. */
export function ReportFormPage(props: ReportFormProps) {
  const t = translator(props.lang);
  const value = (name: string) => {
    const v = props.values?.[name];
    return typeof v === 'string' ? v : '';
  };
  const failed = new Set((props.errors ?? []).map((e) => (e.path in fieldIds ? e.path : 'body')));
  // Nothing to check at all (no link, no copied message, no screenshot) is named on `url`, in its own words.
  const missingContent = (props.errors ?? []).some((e) => e.path === 'url' && e.message === MISSING_CONTENT);
  const errorKey = (path: string): MessageKey =>
    path === 'url' && missingContent ? 'report.error.urlMissing' : path in fieldIds ? (`report.error.${path}` as MessageKey) : 'report.error.generic';
  const invalid = (name: string) => (failed.has(name) ? { 'aria-invalid': 'true' as const } : {});
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${name}-hint` : null, failed.has(name) ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: string) =>
    failed.has(name) ? (
      <p class="field-error" id={`${name}-error`}>
        {t(errorKey(name))}
      </p>
    ) : null;
  const hasErrors = failed.size > 0 || props.formError;
  return (
    <Layout lang={props.lang} title={t('report.title')} description={t('report.intro')} path="/report" user={props.user}>
      <section class="report-page">
        <h1>{t('report.title')}</h1>
        <p class="lead">{t('report.intro')}</p>
        {hasErrors ? (
          <div class="error-summary" role="alert" tabindex={-1}>
            <h2>{t('report.errors.title')}</h2>
            <ul>
              {props.formError ? <li>{t(props.formError)}</li> : null}
              {[...failed].map((path) => (
                <li>{path in fieldIds ? <a href={`#${fieldIds[path]}`}>{t(errorKey(path))}</a> : t(errorKey(path))}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <aside class="notice verify-reminder" aria-labelledby="verify-title">
          <h2 id="verify-title">{t('report.remind.title')}</h2>
          <ul>
            <li>{t('report.remind.source')}</li>
            <li>{t('report.remind.noShare')}</li>
            <li>{t('report.remind.noArgue')}</li>
          </ul>
        </aside>
        <form class="report-form" method="post" action="/api/reports" enctype="multipart/form-data">
          <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
          <label for="report-url">{t('report.field.url')}</label>
          <p class="hint" id="url-hint">
            {t('report.field.urlHint')}
          </p>
          <input
            type="url"
            id="report-url"
            name="url"
            maxlength={2048}
            inputmode="url"
            autocomplete="off"
            placeholder="https://"
            value={value('url')}
            aria-describedby={describedBy('url', true)}
            {...invalid('url')}
          />
          {fieldError('url')}

          <fieldset class="choice-list" aria-describedby={failed.has('category') ? 'category-error' : undefined}>
            <legend>{t('report.field.category')}</legend>
            {reportCategories.map((code, i) => (
              <label class="choice" for={`report-category-${i}`}>
                <input type="radio" id={`report-category-${i}`} name="category" value={code} required checked={value('category') === code} />
                <span>{term(props.lang, 'reportReason', code)}</span>
              </label>
            ))}
            {fieldError('category')}
          </fieldset>

          <label for="report-description">{t('report.field.description')}</label>
          <p class="hint" id="description-hint">
            {t('report.field.descriptionHint')}
          </p>
          <textarea
            id="report-description"
            name="description"
            maxlength={2000}
            rows={4}
            aria-describedby={describedBy('description', true)}
            {...invalid('description')}
          >
            {value('description')}
          </textarea>
          {fieldError('description')}

          <label for="report-province">{t('report.field.province')}</label>
          <select id="report-province" name="province" aria-describedby={describedBy('province', false)} {...invalid('province')}>
            <option value="">{t('report.field.provinceNone')}</option>
            {props.provinces.map((p) => (
              <option value={p.code} selected={value('province').toUpperCase() === p.code}>
                {p.name}
              </option>
            ))}
          </select>
          {fieldError('province')}

          <label for="report-contact">{t('report.field.contact')}</label>
          <p class="hint" id="contact-hint">
            {t('report.field.contactHint')}
          </p>
          <input
            type="text"
            id="report-contact"
            name="contact"
            maxlength={200}
            autocomplete="email"
            value={value('contact')}
            aria-describedby={describedBy('contact', true)}
            {...invalid('contact')}
          />
          {fieldError('contact')}

          <label for="report-screenshot">{t('report.field.screenshot')}</label>
          <p class="hint" id="screenshot-hint">
            {t('report.field.screenshotHint')}
          </p>
          <input
            type="file"
            id="report-screenshot"
            name="screenshot"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={describedBy('screenshot', true)}
            {...invalid('screenshot')}
          />
          {fieldError('screenshot')}

          {props.turnstileSiteKey ? <div class="cf-turnstile" id="report-turnstile" data-sitekey={props.turnstileSiteKey} /> : null}
          {fieldError('turnstileToken')}

          <p class="muted privacy-note">{t('report.privacy')}</p>
          {/* A signed-in report carries the account (reports.user_id, for the verdict push): say so before it is sent. */}
          {props.user ? <p class="muted privacy-note">{t('report.privacySignedIn')}</p> : null}
          <button type="submit">{t('report.submit')}</button>
        </form>
      </section>
      <section class="report-page lookup-section" aria-labelledby="lookup-heading">
        <h2 id="lookup-heading">{t('report.lookup.other')}</h2>
        <LookupForm t={t} />
      </section>
    </Layout>
  );
}
