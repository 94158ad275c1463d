import type { Lang } from '../../i18n';
import { t } from '../../i18n';
import { describeEntry, type DescribedEntry, type HistoryEntry } from './describe';
import { NO_LOOKUPS, type HistoryLookups } from './fields';

/** The sentence with the actor in bold and the target linked where it has a page. */
function Sentence(props: { entry: DescribedEntry; linkTarget: boolean }) {
  const { entry } = props;
  const parts = entry.template.split(/(\{actor\}|\{target\})/);
  return (
    <>
      {parts.map((part) => {
        if (part === '{actor}') return <strong class="history-actor">{entry.actor}</strong>;
        if (part === '{target}') return props.linkTarget && entry.target.href ? <a href={entry.target.href}>{entry.target.label}</a> : <span>{entry.target.label}</span>;
        return part;
      })}
    </>
  );
}

/**
 * A history as a list of sentences, newest first as given: "Chị Lan kết luận hồ sơ #12 ·
 * 29/11/2026 22:55", then each change as "Trạng thái: Đang xem xét → Sai sự thật".
 * Used by the audit log, a case's history and a story's history.
 */
export function HistoryList(props: {
  lang: Lang;
  entries: HistoryEntry[];
  lookups?: HistoryLookups;
  /** Off where every entry is about the page's own subject (no link back to itself). */
  linkTargets?: boolean;
  id?: string;
}) {
  if (props.entries.length === 0) return <p class="muted">{t(props.lang, 'history.none')}</p>;
  const linkTargets = props.linkTargets ?? true;
  return (
    <ol class="history-list" id={props.id}>
      {props.entries.map((raw) => {
        const entry = describeEntry(raw, props.lang, props.lookups ?? NO_LOOKUPS);
        return (
          <li class="history-entry" data-action={entry.action}>
            <p class="history-sentence">
              <Sentence entry={entry} linkTarget={linkTargets} />{' '}
              <time class="history-time" datetime={new Date(entry.at).toISOString()}>
                {entry.when}
              </time>
            </p>
            {entry.changes.length > 0 ? (
              <ul class="history-changes">
                {entry.changes.map((c) => (
                  <li>
                    <span class="history-field">{c.label}:</span>{' '}
                    {c.before !== null ? (
                      <>
                        <span class="history-before">{c.before}</span> <span aria-hidden="true">→</span>
                        <span class="visually-hidden"> {t(props.lang, 'history.to')} </span>{' '}
                      </>
                    ) : null}
                    <span class="history-after">{c.after}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
