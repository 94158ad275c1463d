// /editor/settings/tone: the built-in list of words to rewrite (read-only, from the repository)
// and the editors' additions as one plain textarea, "word = calmer wording" per line. Works
// without JavaScript; a refused line is named next to the field and everything typed is kept.
import type { ToneRule } from '../../../workers/check/check.types';
import type { SessionUser } from '../../../workers/core/types';
import { Layout } from '../../components/layout';
import { translator, type Lang, type MessageKey } from '../../i18n';
import { vnDateTime } from '../reports/format';

export type ToneFormError = { key: MessageKey; line: number };

export type ToneSettingsPageProps = {
  lang: Lang;
  user: SessionUser;
  builtin: readonly ToneRule[];
  /** The textarea's content: what is stored, or what was typed when a line was refused. */
  typed: string;
  updatedAt: number | null;
  saved?: boolean;
  errors?: ToneFormError[];
};

export function ToneSettingsPage(props: ToneSettingsPageProps) {
  const t = translator(props.lang);
  const errors = props.errors ?? [];
  const bad = errors.length > 0;
  return (
    <Layout lang={props.lang} title={t('check-findings.tone.pageTitle')} path="/editor/settings/tone" user={props.user}>
      <section class="tone-settings">
        <h1>{t('check-findings.tone.pageTitle')}</h1>
        {props.saved ? (
          <p class="notice saved" role="status">
            {t('check-findings.tone.saved')}
          </p>
        ) : null}
        <p>{t('check-findings.tone.intro')}</p>
        {props.updatedAt ? <p class="muted">{t('check-findings.tone.updatedAt', { when: vnDateTime(props.updatedAt) })}</p> : null}
        <form method="post" action="/editor/settings/tone">
          <h2>{t('check-findings.tone.extraHeading')}</h2>
          <label for="tone-words">{t('check-findings.tone.extraLabel')}</label>
          <p class="field-hint" id="tone-words-hint">
            {t('check-findings.tone.extraHint')}
          </p>
          {bad ? (
            <div class="field-error" id="tone-words-error" role="alert">
              <ul>
                {errors.map((e) => (
                  <li>{t(e.key, { line: e.line, max: 300 })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <textarea
            id="tone-words"
            name="words"
            rows={12}
            lang="vi"
            aria-describedby={bad ? 'tone-words-hint tone-words-error' : 'tone-words-hint'}
            aria-invalid={bad ? 'true' : undefined}
          >
            {props.typed}
          </textarea>
          <p>
            <button type="submit">{t('check-findings.tone.save')}</button>
          </p>
        </form>
        <details class="tone-builtin">
          <summary>{t('check-findings.tone.builtinSummary')}</summary>
          <h2>{t('check-findings.tone.builtinHeading', { count: props.builtin.length })}</h2>
          <div class="table-scroll" tabindex={0} role="region" aria-label={t('check-findings.tone.builtinHeading', { count: props.builtin.length })}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('check-findings.tone.colWord')}</th>
                  <th scope="col">{t('check-findings.tone.colCalmer')}</th>
                </tr>
              </thead>
              <tbody>
                {props.builtin.map((r) => (
                  <tr>
                    <td>{r.word}</td>
                    <td>{r.calmer}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
    </Layout>
  );
}
