// Validation messages in words. Every valibot refusal a client sees says what the field
// takes ("Use a whole number", "Choose one of: json, csv"), never valibot's default
// `Invalid type: Expected ("" | string) but received "…"`. Schemas still give their own,
// more specific messages (those win); this is the fallback for everything they leave unsaid.
// The API speaks English; pages put the field's Vietnamese words next to it (web/i18n).
import * as v from 'valibot';

type Issue = v.BaseIssue<unknown> & { requirement?: unknown };

const unquote = (text: string) => text.replace(/^"(.*)"$/, '$1');

/** `("json" | "csv")` (or with commas) → `json, csv`. */
function choices(expected: string | null): string {
  const list = (expected ?? '').replace(/^\((.*)\)$/, '$1');
  return list.split(/\s*[|,]\s*/).map((s) => unquote(s.trim())).filter((s) => s !== '').join(', ');
}

const unit = (input: unknown) => (Array.isArray(input) ? 'items' : 'characters');

/** A union refused every option: say what the options that came closest wanted, in their words. */
function unionWords(issue: Issue): string {
  const nested = issue.issues ?? [];
  const closest = nested.filter((i) => i.kind !== 'schema').map((i) => i.message);
  const said = [...new Set(closest.length > 0 ? closest : nested.map((i) => i.message))];
  return said.length > 0 ? said.join('; or ') : 'This value is not one this field takes';
}

function objectWords(issue: Issue): string {
  // A member nobody declared (strict objects), a required member left out, or not an object at all.
  if (issue.expected === 'never') return 'This field is not expected here: leave it out';
  if (issue.received === 'undefined' && issue.path && issue.path.length > 0) return 'This field is required';
  return 'Send an object of named fields';
}

/** Words for one issue, from its kind and what it expected. */
export function wordsFor(issue: Issue): string {
  const need = issue.requirement;
  switch (issue.type) {
    case 'string':
      return issue.received === 'undefined' ? 'This field is required' : 'Use text';
    case 'number':
      return issue.received === 'undefined' ? 'This field is required' : 'Use a number';
    case 'boolean':
      return 'Use true or false';
    case 'array':
    case 'tuple':
      return 'Send a list';
    case 'object':
    case 'loose_object':
    case 'strict_object':
    case 'object_with_rest':
    case 'record':
      return objectWords(issue);
    case 'picklist':
    case 'enum':
      return `Choose one of: ${choices(issue.expected)}`;
    case 'literal':
      return `Use ${unquote(issue.expected ?? 'the given value')}`;
    case 'union':
    case 'variant':
      return unionWords(issue);
    case 'null':
    case 'undefined':
    case 'never':
      return 'Leave this field out';
    case 'min_length':
      return `At least ${String(need)} ${unit(issue.input)}`;
    case 'max_length':
      return `At most ${String(need)} ${unit(issue.input)}`;
    case 'length':
      return `Exactly ${String(need)} ${unit(issue.input)}`;
    case 'non_empty':
      return 'This must not be empty';
    case 'min_value':
    case 'gt_value':
      return `At least ${String(need)}`;
    case 'max_value':
    case 'lt_value':
      return `At most ${String(need)}`;
    case 'integer':
    case 'safe_integer':
      return 'Use a whole number';
    case 'email':
      return 'Enter an email address, like ten@example.vn';
    case 'url':
      return 'Enter a web address starting with https://';
    case 'iso_date':
      return 'Use a date like 2026-11-29 (YYYY-MM-DD)';
    case 'iso_timestamp':
    case 'iso_date_time':
      return 'Use a date and time like 2026-11-29T22:55:00+07:00';
    case 'uuid':
      return 'Use an id as the API gave it';
    case 'regex':
      return 'This value is not in the form this field takes';
    case 'blob':
    case 'file':
      return 'Attach a file';
    case 'mime_type':
      return `Use a file of type: ${Array.isArray(need) ? need.join(', ') : String(need)}`;
    case 'max_size':
      return `At most ${String(need)} bytes`;
    default:
      return 'This value is not one this field takes';
  }
}

/** Installs `wordsFor` as valibot's fallback message (once; workers/core/validate.ts does it). */
export function useWordedMessages(): void {
  v.setGlobalMessage((issue) => wordsFor(issue as Issue));
}
