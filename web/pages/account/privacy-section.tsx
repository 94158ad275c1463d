import { vnDateTime } from '../../components/editor/format';
import type { PageError } from '../../components/editor/page-error';
import type { Translate } from '../../i18n';

/**
 * /account's "Dữ liệu cá nhân": download everything kept about me (a plain link to the
 * JSON file, no script needed), ask for the account to be erased (password typed again),
 * or take that request back while no admin has confirmed it.
 */
export function PrivacySection(props: { t: Translate; deletionRequestedAt: number | null; error?: PageError }) {
  const { t } = props;
  const fieldError = props.error?.errors?.find((e) => e.path === 'password');
  return (
    <section aria-labelledby="privacy-h" class="panel">
      <h2 id="privacy-h">{t('privacy.heading')}</h2>
      <p class="muted">{t('privacy.export.hint')}</p>
      <p>
        <a class="button secondary" href="/api/me/export" download>
          {t('privacy.export.button')}
        </a>
      </p>
      <h3 id="deletion-h">{t('privacy.deletion.heading')}</h3>
      {props.deletionRequestedAt !== null ? (
        <>
          <p role="status">{t('privacy.deletion.pending', { time: vnDateTime(props.deletionRequestedAt) })}</p>
          <form method="post" action="/account/deletion/withdraw" class="stack-form">
            <p>
              <button type="submit" class="button secondary">
                {t('privacy.deletion.withdraw')}
              </button>
            </p>
          </form>
        </>
      ) : (
        <form method="post" action="/account/deletion" class="stack-form" aria-describedby="deletion-hint">
          <p class="muted" id="deletion-hint">
            {t('privacy.deletion.hint')}
          </p>
          <label for="f-password">{t('privacy.deletion.password')}</label>
          {fieldError ? (
            <p class="field-error" id="e-password">
              {fieldError.message === 'The password is not right' ? t('privacy.deletion.wrong') : fieldError.message}
            </p>
          ) : null}
          <input id="f-password" type="password" name="password" autocomplete="current-password" required aria-describedby={fieldError ? 'e-password' : undefined} />
          <p>
            <button type="submit">
              {t('privacy.deletion.request')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
