// How one field of an audit entry reads: its name and its values in the reader's
// language. Codes go through the glossary, provinces by name, people by name,
// times as `29/11/2026 22:55` (Vietnam time), never JSON or an epoch number.
import { provinceOf } from '../../../workers/geo/reference';
import { t, type Lang, type MessageKey } from '../../i18n';
import { kindName, term, type GlossaryKind } from '../../i18n/glossary';
import { vnDateTime } from '../editor/format';

/** What an entry is about: `case:12` is a case, and so on. */
export type TargetKind = 'case' | 'story' | 'campaign' | 'user' | 'unit' | 'other';

/** Names the stored ids stand for, looked up by the route (workers/audit/history-lookups.ts). */
export type HistoryLookups = {
  /** User id → name (actors are joined already; this is for ids inside the change, e.g. `assigneeId`). */
  names: ReadonlyMap<string, string>;
  /** Target (`story:12`) → its title. */
  titles: ReadonlyMap<string, string>;
};

export const NO_LOOKUPS: HistoryLookups = { names: new Map(), titles: new Map() };

export type FieldContext = { lang: Lang; kind: TargetKind; lookups: HistoryLookups };

/** Bookkeeping that says nothing to a reader. */
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'createdBy', 'tokenId', 'authorId', 'bodyHtml', 'storySlug', 'matchId']);
const TIMES = new Set(['verdictAt', 'scheduledAt', 'publishAt', 'pinnedUntil', 'expiresAt', 'publishedAt', 'submittedAt', 'disabledAt', 'firstSeenAt', 'lastSeenAt']);
const DAYS = new Set(['startsOn', 'endsOn']);
/** Free text people wrote: quoted, and shortened in a list. */
const TEXTS = new Set(['claim', 'verdictSummary', 'note', 'reason', 'title', 'summary', 'body', 'correctionNote', 'coverAlt', 'sourceDetail', 'description', 'label']);
const MAX_TEXT = 160;

export function isShown(field: string): boolean {
  return !HIDDEN.has(field);
}

/** A message if the table has one (field and role names are open-ended). */
function known(lang: Lang, key: string): string | null {
  const text: unknown = t(lang, key as MessageKey);
  return typeof text === 'string' ? text : null;
}

function statusKind(kind: TargetKind): GlossaryKind {
  return kind === 'story' ? 'storyStatus' : kind === 'campaign' ? 'campaignStatus' : 'caseStatus';
}

/** The field's name: "Trạng thái", "Người phụ trách"… */
export function fieldLabel(field: string, ctx: FieldContext): string {
  if (field === 'status') return kindName(ctx.lang, statusKind(ctx.kind));
  if (field === 'category' && ctx.kind === 'case') return kindName(ctx.lang, 'reportReason');
  if (field === 'categoryCode') return kindName(ctx.lang, 'storyCategory');
  if (field === 'name' && ctx.kind === 'unit') return t(ctx.lang, 'units.field.name');
  return known(ctx.lang, `history.field.${field}`) ?? t(ctx.lang, 'history.field.other');
}

function day(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function shorten(text: string): string {
  const chars = [...text.normalize('NFC')];
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT - 1).join('')}…` : text;
}

/** One value as a person reads it; null means empty. */
export function fieldValue(field: string, value: unknown, ctx: FieldContext): string {
  const { lang } = ctx;
  if (value === null || value === undefined || value === '') return t(lang, 'history.empty');
  // A unit's kind is a code: its words instead.
  if (field === 'kind' && ctx.kind === 'unit' && typeof value === 'string') return known(lang, `units.kind.${value}`) ?? value;
  if (Array.isArray(value)) {
    if (value.length === 0) return t(lang, 'history.empty');
    const items = value.slice(0, 10).map((item) => listItem(field, item, ctx));
    return value.length > 10 ? `${items.join(', ')} ${t(lang, 'history.more', { count: value.length - 10 })}` : items.join(', ');
  }
  if (typeof value === 'boolean') return t(lang, value ? 'history.yes' : 'history.no');
  if (typeof value === 'object') return t(lang, 'history.more', { count: Object.keys(value).length });
  if (TIMES.has(field) || (typeof value === 'number' && value >= 1e11) || (typeof value === 'string' && ISO_TIME.test(value))) {
    const ms = typeof value === 'number' ? value : Date.parse(String(value));
    return Number.isFinite(ms) ? vnDateTime(ms) : String(value);
  }
  const text = String(value);
  switch (field) {
    case 'status':
      return term(lang, statusKind(ctx.kind), text);
    case 'category':
      return ctx.kind === 'case' ? term(lang, 'reportReason', text) : term(lang, 'storyCategory', text);
    case 'categoryCode':
      return term(lang, 'storyCategory', text);
    case 'platform':
      return term(lang, 'platform', text);
    case 'provinceCode':
      return provinceOf(text).name;
    case 'assigneeId':
      return ctx.lookups.names.get(text) ?? t(lang, 'history.target.user');
    case 'role':
      return known(lang, `users.role.${text}`) ?? text;
    case 'sourceType':
      return known(lang, `ed.source.${text}`) ?? text;
    case 'mergedIntoId':
    case 'mergedFromId':
    case 'fromCase':
      return t(lang, 'history.caseNo', { id: text });
    case 'rebuttalStoryId':
      return t(lang, 'history.storyNo', { id: text });
    case 'restoredFrom':
      return t(lang, 'history.revisionNo', { n: text });
  }
  if (DAYS.has(field)) return day(text);
  if (TEXTS.has(field)) return `“${shorten(text)}”`;
  return shorten(text);
}

function listItem(field: string, item: unknown, ctx: FieldContext): string {
  if (field === 'changed' && typeof item === 'string') return fieldLabel(item, ctx);
  if (field === 'provinces' && typeof item === 'string') return provinceOf(item).name;
  if (field === 'stories' && (typeof item === 'number' || typeof item === 'string')) return t(ctx.lang, 'history.storyNo', { id: String(item) });
  return fieldValue(field, item, ctx);
}
