// What changed between two revisions, in words a reviewer reads: field names in the
// reader's language, names instead of codes, lists as lists, and inside a changed
// paragraph the words that changed marked (<del>/<ins>), not just the whole line.
import { diffWords } from 'diff';
import type { FieldChange, LineOp } from '../../../workers/editorial/revision-diff';
import { coverUrl } from '../../../workers/editorial/story-json';
import type { Lang, MessageKey, Translate } from '../../i18n';

export type DiffData = { from: number; to: number; changes: FieldChange[] };
/** Province and category names by code (see review.queries.ts `referenceNames`). */
export type DiffNames = { provinces: Map<string, string>; categories: Map<string, { vi: string; en: string }> };

const fieldKey = (field: FieldChange['field']): MessageKey => `ed.field.${field === 'coverKey' ? 'cover' : field}`;

/** One value as a person reads it. */
function ReadableValue(props: { t: Translate; lang: Lang; field: FieldChange['field']; value: unknown; names?: DiffNames }) {
  const { t, field, value } = props;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <>{t('rv.diff.empty')}</>;
  if (field === 'consent') return <>{t(value ? 'ed.consentYes' : 'ed.consentNo')}</>;
  if (field === 'showAuthor') return <>{t(value ? 'ed.showAuthorYes' : 'ed.showAuthorNo')}</>;
  if (field === 'sourceType' && typeof value === 'string') return <>{t(`ed.source.${value}` as MessageKey)}</>;
  if (field === 'provinceCode' && typeof value === 'string') return <>{props.names?.provinces.get(value) ?? value}</>;
  if (field === 'categoryCode' && typeof value === 'string') {
    const name = props.names?.categories.get(value);
    return <>{name ? (props.lang === 'vi' ? name.vi : name.en) : value}</>;
  }
  if (field === 'coverKey' && typeof value === 'string') return <img class="diff-cover" src={coverUrl(value) ?? ''} alt={t('ed.field.cover')} width={160} />;
  if (Array.isArray(value)) {
    const prefix = field === 'hashtags' ? '#' : '';
    return (
      <ul class="diff-list">
        {value.map((item) => (
          <li>{`${prefix}${String(item)}`}</li>
        ))}
      </ul>
    );
  }
  return <>{String(value)}</>;
}

/** A removed line followed by an added one is the same paragraph rewritten: mark the words. */
function pairLines(lines: LineOp[]): { op: LineOp['op']; text: string; words?: { text: string; changed: boolean }[] }[] {
  const out: ReturnType<typeof pairLines> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const prev = lines[i - 1];
    const after = lines[i + 2];
    if (!line) continue;
    // Only a lone remove/add pair: runs of several lines read better whole.
    if (line.op === 'remove' && next?.op === 'add' && prev?.op !== 'remove' && after?.op !== 'add' && line.text.length + next.text.length < 4000) {
      const parts = diffWords(line.text, next.text);
      out.push({ op: 'remove', text: line.text, words: parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed })) });
      out.push({ op: 'add', text: next.text, words: parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added })) });
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

function LineDiff(props: { t: Translate; lines: LineOp[] }) {
  const { t } = props;
  return (
    <ol class="diff-lines">
      {pairLines(props.lines).map((line) => (
        <li class={`diff-${line.op}`}>
          {line.op === 'add' ? <span class="visually-hidden">{t('ed.diff.added')}: </span> : null}
          {line.op === 'remove' ? <span class="visually-hidden">{t('ed.diff.removed')}: </span> : null}
          <span aria-hidden="true" class="diff-sign">
            {line.op === 'add' ? '+' : line.op === 'remove' ? '−' : ' '}
          </span>
          {line.words
            ? line.words.map((w) => (w.changed ? line.op === 'add' ? <ins>{w.text}</ins> : <del>{w.text}</del> : w.text))
            : line.text || ' '}
        </li>
      ))}
    </ol>
  );
}

export function DiffView(props: { t: Translate; lang: Lang; diff: DiffData; id?: string; names?: DiffNames }) {
  const { t, diff } = props;
  const id = props.id ?? 'diff-h';
  return (
    <section class="diff" aria-labelledby={id}>
      <h3 id={id}>{t('ed.diff.heading', { from: diff.from, to: diff.to })}</h3>
      {diff.changes.length === 0 ? <p>{t('ed.diff.none')}</p> : <p class="muted">{t('rv.diff.intro')}</p>}
      {diff.changes.map((change) => (
        <div class="diff-field">
          <h4>{t(fieldKey(change.field))}</h4>
          {change.lines ? (
            <LineDiff t={t} lines={change.lines} />
          ) : (
            <dl class="diff-pair">
              <dt>{t('ed.diff.before')}</dt>
              <dd class="diff-remove">
                <ReadableValue t={t} lang={props.lang} field={change.field} value={change.before} names={props.names} />
              </dd>
              <dt>{t('ed.diff.after')}</dt>
              <dd class="diff-add">
                <ReadableValue t={t} lang={props.lang} field={change.field} value={change.after} names={props.names} />
              </dd>
            </dl>
          )}
        </div>
      ))}
    </section>
  );
}
