import type { ErrorCode, FieldError } from '../../../workers/core/errors';
import { AppError } from '../../../workers/core/errors';
import type { MessageKey, Translate } from '../../i18n';

/** What a form page shows when an action was refused. */
export type PageError = { code: ErrorCode; detail: string; errors?: FieldError[]; extra?: Record<string, unknown> };

export function pageError(err: AppError): PageError {
  return { code: err.code, detail: err.message, errors: err.errors, extra: err.extra };
}

/** AppErrors a form page explains itself; anything else goes to the error page. */
export function isFormError(err: unknown): err is AppError {
  return err instanceof AppError && err.status >= 400 && err.status < 500 && err.code !== 'UNAUTHENTICATED';
}

const statusKey = (status: unknown): MessageKey | null =>
  typeof status === 'string' && ['draft', 'submitted', 'scheduled', 'published', 'rejected', 'archived'].includes(status)
    ? (`ed.status.${status}` as MessageKey)
    : null;

export function errorMessage(t: Translate, err: PageError): string {
  if (err.code === 'CONFLICT' && typeof err.extra?.currentRevision === 'number') return t('ed.error.revisionConflict', { n: err.extra.currentRevision });
  if (err.code === 'CONFLICT' && err.extra?.currentState !== undefined) {
    const key = statusKey(err.extra.currentState);
    return t('ed.error.CONFLICT', { state: key ? t(key) : String(err.extra.currentState) });
  }
  if (err.code === 'FORBIDDEN' && err.detail.includes('four-eyes')) return t('ed.error.fourEyes');
  const known: Partial<Record<ErrorCode, MessageKey>> = {
    FORBIDDEN: 'ed.error.FORBIDDEN',
    VALIDATION_FAILED: 'ed.error.VALIDATION_FAILED',
    PAYLOAD_TOO_LARGE: 'ed.error.PAYLOAD_TOO_LARGE',
    UNSUPPORTED_MEDIA_TYPE: 'ed.error.UNSUPPORTED_MEDIA_TYPE',
    NOT_FOUND: 'ed.error.NOT_FOUND',
  };
  const key = known[err.code];
  return key ? t(key) : t('ed.error.other');
}

/** Form field labels by error path (`captions.1` → the captions label). */
const fieldLabels: Record<string, MessageKey> = {
  title: 'ed.field.title',
  summary: 'ed.field.summary',
  body: 'ed.field.body',
  categoryCode: 'ed.field.categoryCode',
  provinceCode: 'ed.field.provinceCode',
  commune: 'ed.field.commune',
  tags: 'ed.field.tags',
  captions: 'ed.field.captions',
  replies: 'ed.field.replies',
  hashtags: 'ed.field.hashtags',
  sourceType: 'ed.field.sourceType',
  sourceDetail: 'ed.field.sourceDetail',
  consent: 'ed.field.consent',
  showAuthor: 'ed.field.showAuthor',
  coverAlt: 'ed.field.coverAlt',
  alt: 'ed.field.coverAlt',
  file: 'ed.field.file',
  reason: 'ed.field.reason',
  publishAt: 'ed.field.publishAt',
  revision: 'ed.field.revision',
  email: 'users.field.email',
  phone: 'users.field.phone',
  name: 'users.field.name',
  password: 'users.field.password',
  currentPassword: 'account.password.current',
  newPassword: 'account.password.new',
  role: 'users.field.role',
  unit: 'users.field.unit',
  label: 'users.tokens.label',
  expiresInDays: 'users.tokens.days',
};

/** An error summary at the top of a form: the message, then each field. */
export function ErrorSummary(props: { t: Translate; error?: PageError; messageKey?: MessageKey }) {
  const { t, error } = props;
  if (!error) return null;
  const fields = error.errors ?? [];
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <p>
        <strong>{props.messageKey ? t(props.messageKey) : errorMessage(t, error)}</strong>
      </p>
      {fields.length > 0 ? (
        <ul>
          {fields.map((f) => {
            const key = fieldLabels[f.path.split('.')[0] ?? ''];
            const field = key ? t(key) : f.path;
            const anchor = key && !['alt', 'file', 'reason', 'publishAt'].includes(f.path) ? `#f-${f.path.split('.')[0]}` : undefined;
            return <li>{anchor ? <a href={anchor}>{t('ed.fieldError', { field, message: f.message })}</a> : t('ed.fieldError', { field, message: f.message })}</li>;
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** A green "done" notice after a redirect (`?done=saved`). */
export function DoneNotice(props: { t: Translate; done?: string; prefix: 'ed.done' | 'users.done' | 'units.done' }) {
  if (!props.done || !/^[a-z]+$/.test(props.done)) return null;
  const key = `${props.prefix}.${props.done}` as MessageKey;
  // An unknown `done` value has no string: show nothing rather than the key.
  const text: string | undefined = props.t(key);
  if (!text) return null;
  return (
    <p class="done-notice" role="status">
      {text}
    </p>
  );
}
