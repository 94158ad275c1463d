import { SAVED_LIMITS } from '../../workers/saved/saved-limits';
import { savedVi } from '../i18n/saved';
import { t, type Lang } from '../i18n';
import { jsonLdText } from './json-ld';

/** Every `saved.*` string in the reader's language, keyed without the prefix (`button.save`, `usage`, …). */
export function savedMessages(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(savedVi) as (keyof typeof savedVi)[]) out[key.slice('saved.'.length)] = t(lang, key);
  return out;
}

/** What /js/saved.js needs besides a story: the words in the reader's language and the caps. */
export function savedScriptData(lang: Lang) {
  return { lang, messages: savedMessages(lang), limits: SAVED_LIMITS };
}

/**
 * Data for /js/saved.js as a JSON island (`<script type="application/json" data-saved>`):
 * not a script, so the CSP (`script-src 'self'`) allows it, and escaped so no value can
 * close the element.
 */
export function SavedData(props: { data: Record<string, unknown> }) {
  return <script type="application/json" data-saved="" dangerouslySetInnerHTML={{ __html: jsonLdText(props.data) }} />;
}
