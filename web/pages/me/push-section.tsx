import { pushTopics } from '../../../schema';
import { jsonLdText } from '../../components/json-ld';
import { pushVi } from '../../i18n/push';
import { t as translate, type Lang, type Translate } from '../../i18n';

/** The state sentences /js/push-optin.js shows, in the page's language, keyed without `push.state.`. */
function stateWords(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(pushVi) as (keyof typeof pushVi)[]) {
    if (key.startsWith('push.state.')) out[key.slice('push.state.'.length)] = translate(lang, key);
  }
  return out;
}

/**
 * "Phone notifications" on /me. Without JavaScript it only explains what the three topics are
 * and what notifications need (no control that cannot work); /js/push-optin.js reveals the
 * checkboxes and buttons once it knows this browser can subscribe, and says the device's state
 * in words in the live region.
 */
export function PushSection(props: { t: Translate; lang: Lang; accountId: string }) {
  const { t } = props;
  return (
    // data-push-account: the script re-posts this browser's subscription only for the account that
    // turned it on here (a shared phone: the next person to sign in is not opted in unasked).
    <section aria-labelledby="me-push-h" class="panel me-push" data-push-optin="" data-push-account={props.accountId}>
      <h2 id="me-push-h">{t('push.heading')}</h2>
      <div data-push-static="">
        <ul class="me-push-topics">
          {pushTopics.map((topic) => (
            <li>
              <strong>{t(`push.topic.${topic}`)}</strong>: {t(`push.topic.${topic}.help`)}
            </li>
          ))}
        </ul>
        <p class="notice" data-push-nojs="">{t('push.noScript')}</p>
      </div>
      <form class="me-push-form" data-push-form="" hidden>
        <p>{t('push.intro')}</p>
        <fieldset class="me-push-choices">
          <legend>{t('push.legend')}</legend>
          {pushTopics.map((topic) => (
            <div class="me-push-choice">
              <label for={`push-${topic}`}>
                <input type="checkbox" id={`push-${topic}`} name={topic} value="yes" checked aria-describedby={`push-${topic}-help`} />
                {t(`push.topic.${topic}`)}
              </label>
              <p class="muted me-push-help" id={`push-${topic}-help`}>
                {t(`push.topic.${topic}.help`)}
              </p>
            </div>
          ))}
        </fieldset>
        <div class="me-push-actions">
          <button type="button" class="button" data-push-on="" hidden>
            {t('push.on')}
          </button>
          <button type="button" class="button secondary" data-push-off="" hidden>
            {t('push.off')}
          </button>
        </div>
      </form>
      <p class="me-push-state" role="status" aria-live="polite" data-push-state=""></p>
      <script type="application/json" data-push-words="" dangerouslySetInnerHTML={{ __html: jsonLdText(stateWords(props.lang)) }} />
    </section>
  );
}
