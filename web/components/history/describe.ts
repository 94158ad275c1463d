// An audit entry as a sentence: who did what to which thing, when, and what changed
// ("field: before → after"). One formatter for the audit page, a case's history
// and a story's history, so they all read the same way.
import { t, type Lang, type MessageKey } from '../../i18n';
import { vnDateTime } from '../editor/format';
import { fieldLabel, fieldValue, isShown, NO_LOOKUPS, type FieldContext, type HistoryLookups, type TargetKind } from './fields';

/** An audit_log row with its actor's name, as the queries return it. */
export type HistoryEntry = {
  id: number;
  action: string;
  target: string;
  actorId: string | null;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: number;
};

export type HistoryChange = { field: string; label: string; before: string | null; after: string | null };

export type DescribedEntry = {
  id: number;
  /** Kept for machines (a `data-` attribute), never shown. */
  action: string;
  /** The sentence with `{actor}` and `{target}` still to fill, so a page can link them. */
  template: string;
  actor: string;
  target: { label: string; href: string | null };
  at: number;
  /** `29/11/2026 22:55`, Vietnam time. */
  when: string;
  changes: HistoryChange[];
};

function targetOf(target: string): { kind: TargetKind; id: string } {
  const m = /^([a-z_]+):(.*)$/.exec(target);
  const kind = m?.[1];
  const id = m?.[2] ?? '';
  return kind === 'case' || kind === 'story' || kind === 'campaign' || kind === 'user' || kind === 'unit' ? { kind, id } : { kind: 'other', id };
}

function targetLabel(entry: HistoryEntry, lang: Lang, lookups: HistoryLookups): DescribedEntry['target'] {
  const { kind, id } = targetOf(entry.target);
  const title = lookups.titles.get(entry.target);
  switch (kind) {
    case 'case':
      return { label: t(lang, 'history.target.case', { id }), href: /^\d+$/.test(id) ? `/editor/cases/${id}` : null };
    case 'story':
      return {
        label: title ? t(lang, 'history.target.storyTitled', { title }) : t(lang, 'history.target.story', { id }),
        href: /^\d+$/.test(id) ? `/editor/stories/${id}/review` : null,
      };
    case 'campaign':
      return {
        label: title ? t(lang, 'history.target.campaignTitled', { title }) : t(lang, 'history.target.campaign', { id }),
        href: /^\d+$/.test(id) ? `/editor/campaigns/${id}` : null,
      };
    case 'user': {
      const name = lookups.names.get(id);
      return { label: name ? t(lang, 'history.target.userNamed', { name }) : t(lang, 'history.target.user'), href: null };
    }
    case 'unit':
      return { label: t(lang, 'history.target.unit', { id }), href: /^\d+$/.test(id) ? `/editor/units/${id}` : null };
    default:
      return { label: t(lang, 'history.target.other'), href: null };
  }
}

const VERDICTS = ['false', 'misleading', 'not_misinformation', 'referred'];

/** Which sentence: a case's status moves have their own verbs (took up, gave a verdict, reopened). */
function sentenceKey(entry: HistoryEntry): string {
  if (entry.action === 'case.update' && typeof entry.after?.status === 'string') {
    const to = entry.after.status;
    const from = entry.before?.status;
    if (from === 'new' && to === 'reviewing') return 'history.action.case.pickUp';
    if (VERDICTS.includes(to)) return 'history.action.case.verdict';
    if (to === 'reviewing') return 'history.action.case.reopen';
  }
  return `history.action.${entry.action}`;
}

function changesOf(entry: HistoryEntry, ctx: FieldContext): HistoryChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter(isShown);
  return fields.map((field) => {
    const hasBefore = Object.hasOwn(before, field);
    const hasAfter = Object.hasOwn(after, field);
    const was = hasBefore ? fieldValue(field, before[field], ctx) : null;
    const now = hasAfter ? fieldValue(field, after[field], ctx) : null;
    // A value only recorded before (what a merge or a revoke undid) reads as what it was.
    if (!hasAfter) return { field, label: fieldLabel(field, ctx), before: null, after: was };
    return { field, label: fieldLabel(field, ctx), before: was !== null && was !== now ? was : null, after: now };
  });
}

/**
 * One entry in the reader's language.
 *
 * @example
 * describeEntry({ action: 'case.update', target: 'case:12', actorName: 'Chị Lan', before: { status: 'reviewing' }, after: { status: 'false' }, … }, 'vi')
 * // template '{actor} kết luận {target}', changes [{ label: 'Trạng thái', before: 'Đang xem xét', after: 'Sai sự thật' }]
 */
export function describeEntry(entry: HistoryEntry, lang: Lang, lookups: HistoryLookups = NO_LOOKUPS): DescribedEntry {
  const ctx: FieldContext = { lang, kind: targetOf(entry.target).kind, lookups };
  const template: unknown = t(lang, sentenceKey(entry) as MessageKey);
  return {
    id: entry.id,
    action: entry.action,
    template: typeof template === 'string' ? template : t(lang, 'history.action.other'),
    actor: entry.actorId === null ? t(lang, 'history.system') : (entry.actorName ?? t(lang, 'history.someone')),
    target: targetLabel(entry, lang, lookups),
    at: entry.createdAt,
    when: vnDateTime(entry.createdAt),
    changes: changesOf(entry, ctx),
  };
}

/** The whole entry as plain text ("Chị Lan kết luận hồ sơ #12 lúc …; Trạng thái: A → B"), for tests and feeds. */
export function entryText(d: DescribedEntry): string {
  const sentence = d.template.replace('{actor}', d.actor).replace('{target}', d.target.label);
  const changes = d.changes.map((c) => `${c.label}: ${c.before !== null ? `${c.before} → ` : ''}${c.after ?? ''}`);
  return [`${sentence} (${d.when})`, ...changes].join('; ');
}
