import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { settings } from '../../schema';
import type { Db } from '../core/db';
import type { TextFinding, ToneRule } from './check.types';
import { foldPlain, foldText, originalSpan, typedWithoutAccents, type Folded } from './fold';
import { ACCENTS_ONLY, BENIGN_AROUND, BUILTIN_TONE_RULES } from './tone-words';
import { toneExtraList, TONE_EXTRA_KEY } from './tone-settings';

/**
 * Tone rules: the curated Vietnamese list kept in the repository (tone-words.ts) plus what
 * editors add in the desk (the `settings` row `check.tone.extra`). Used by the check page and by
 * the desk, which refuses to approve a reply kit that trips them. A malformed stored row is
 * ignored (the built-in list still applies).
 */
export async function loadToneRules(db: Db): Promise<ToneRule[]> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, TONE_EXTRA_KEY)).limit(1);
  return [...BUILTIN_TONE_RULES, ...parseStoredExtra(row?.value)];
}

/** The editors' additions from the stored JSON ([] when absent or malformed). */
export function parseStoredExtra(value: string | undefined): ToneRule[] {
  if (value === undefined) return [];
  try {
    const parsed = v.safeParse(toneExtraList, JSON.parse(value));
    return parsed.success ? parsed.output : [];
  } catch {
    return [];
  }
}

type Compiled = {
  re: RegExp;
  /** Folded word (single spaces) → its rules ("mất dạy" and "mặt dày" fold alike). */
  byFolded: Map<string, ToneRule[]>;
};

const compiledCache = new WeakMap<readonly ToneRule[], Compiled>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const foldWord = (w: string) => foldPlain(w.trim()).replace(/\s+/g, ' ');

/** One alternation over every rule, longest first, on whole words of folded text. */
function compile(rules: readonly ToneRule[]): Compiled {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const byFolded = new Map<string, ToneRule[]>();
  for (const rule of rules) {
    const key = foldWord(rule.word);
    if (key === '') continue;
    const list = byFolded.get(key);
    if (list) list.push(rule);
    else byFolded.set(key, [rule]);
  }
  const alts = [...byFolded.keys()].sort((a, b) => b.length - a.length).map((k) => escape(k).replace(/ /g, '\\s+'));
  const re = new RegExp(alts.length > 0 ? `(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])` : '(?!)', 'g');
  const out = { re, byFolded };
  compiledCache.set(rules, out);
  return out;
}

/**
 * A short single accented word ("lồn", "đĩ", "éo") typed without accents is another word
 * ("lon", "di", "eo"): only its accented spelling counts.
 */
function needsAccents(word: string): boolean {
  if (ACCENTS_ONLY.has(word.normalize('NFC').toLowerCase())) return true;
  const folded = foldWord(word);
  return !folded.includes(' ') && folded.replace(/[^a-z]/g, '').length <= 4 && !typedWithoutAccents(word);
}

function accepted(f: Folded, start: number, end: number, rule: ToneRule): boolean {
  const span = originalSpan(f, start, end);
  const spanLower = span.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  if (!typedWithoutAccents(span)) {
    // Typed with accents: it must be the rule's own word (so "ngủ", "mặt", "đi" are not "ngu", "mất", "đĩ").
    return foldPlain(spanLower) === spanLower || spanLower === rule.word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  }
  if (needsAccents(rule.word)) return false;
  const benign = BENIGN_AROUND[foldWord(rule.word)];
  if (benign) {
    if (benign.before?.test(f.text.slice(Math.max(0, start - 12), start))) return false;
    if (benign.after?.test(f.text.slice(end, end + 12))) return false;
  }
  return true;
}

/** The tone findings in one text (a reply, a pasted post); empty when the wording is calm. */
export function toneFindings(text: string, rules: readonly ToneRule[]): TextFinding[] {
  return toneFindingsFolded(foldText(text), rules);
}

/** Same, on text already folded (detectText folds once for every detector). */
export function toneFindingsFolded(f: Folded, rules: readonly ToneRule[]): TextFinding[] {
  if (rules.length === 0) return [];
  const { re, byFolded } = compile(rules);
  const matches: string[] = [];
  const suggestions: string[] = [];
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(f.text); m !== null; m = re.exec(f.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = m[0].replace(/\s+/g, ' ');
    // Already shown once: the finding names each word once, so a text repeating it costs no more checks.
    if (seen.has(key)) continue;
    const rule = byFolded.get(key)?.find((r) => accepted(f, start, end, r));
    if (!rule) {
      // A shorter rule may still start here ("ngu" inside a refused "ngu ngon"): try one character on.
      re.lastIndex = start + 1;
      continue;
    }
    seen.add(key);
    matches.push(originalSpan(f, start, end).replace(/\s+/g, ' '));
    suggestions.push(rule.calmer);
    if (matches.length >= 10) break;
  }
  return matches.length > 0 ? [{ kind: 'tone', signal: 'insult', matches, suggestions }] : [];
}
