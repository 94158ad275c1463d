import { translator, type Lang, type MessageKey } from '../i18n';

/** The five questions, in order. Keys double as checkbox values (`source`, `fullRead`, …). */
export const VERIFY_CHECKLIST: readonly MessageKey[] = [
  'checklist.source',
  'checklist.fullRead',
  'checklist.context',
  'checklist.harm',
  'checklist.tone',
];

export type VerifyChecklistProps = {
  lang: Lang;
  /** Id of the heading (unique per page when the checklist appears twice). */
  id?: string;
  /** Heading level in the surrounding page. */
  level?: 2 | 3;
  /**
   * Render checkboxes instead of a numbered list (e.g. the share kit asks the
   * reader to tick each before sharing). Their `name` is `name`, values the item keys.
   */
  interactive?: boolean;
  name?: string;
};

/**
 * "Verify before you share": used by the sharing guide, the share kit and the report form.
 *
 * @example
 * <VerifyChecklist lang={lang} id="share-check" level={3} interactive name="verified" />
 */
export function VerifyChecklist(props: VerifyChecklistProps) {
  const t = translator(props.lang);
  const id = props.id ?? 'verify-checklist';
  const title = t('checklist.title');
  return (
    <section class="verify-checklist" aria-labelledby={id}>
      {props.level === 3 ? <h3 id={id}>{title}</h3> : <h2 id={id}>{title}</h2>}
      <p>{t('checklist.intro')}</p>
      {props.interactive ? (
        <ul class="checklist-items checklist-interactive">
          {VERIFY_CHECKLIST.map((key, i) => (
            <li>
              <input type="checkbox" id={`${id}-${i + 1}`} name={props.name ?? 'verified'} value={key.replace('checklist.', '')} />
              <label for={`${id}-${i + 1}`}>{t(key)}</label>
            </li>
          ))}
        </ul>
      ) : (
        <ol class="checklist-items">
          {VERIFY_CHECKLIST.map((key) => (
            <li>{t(key)}</li>
          ))}
        </ol>
      )}
      <p class="checklist-note">{t('checklist.note')}</p>
    </section>
  );
}
