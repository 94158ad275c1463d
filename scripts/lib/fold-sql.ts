// SQLite cannot fold Vietnamese (no ICU in D1: lower() folds ASCII only, and there is no NFD),
// yet the migration from free-text units must compute `units.path_key` exactly as the Worker
// does (`unitNameKey`, workers/units/unit-keys.ts). So the SQL is GENERATED from the JS: every
// Vietnamese letter (12 vowels × 6 tones, both cases, and Đ/đ) is run through `unitNameKey` and
// becomes one REPLACE; every character JS counts as a blank becomes a space; combining marks left
// by decomposed input are dropped; then lower(), blanks collapsed, trim().
// tests/units/fold-sql.test.ts proves the SQL equals `unitNameKey` on real unit names.
// Pure TS (no Node imports): the Worker tests import it too.
import { unitNameKey } from '../../workers/units/unit-keys';
import { KIND_BY_FIRST_WORDS } from '../../workers/units/unit-kinds';

const VOWELS = 'aăâeêioôơuưy';
/** No tone, huyền, sắc, hỏi, ngã, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Marks a decomposed (NFD) Vietnamese text carries: the five tones, circumflex, breve, horn. */
const COMBINING_MARKS = [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323];

/** Each precomposed Vietnamese letter that folds to something else, with what `unitNameKey` makes of it. */
export function letterFolds(): [string, string][] {
  const letters = new Set<string>(['đ', 'Đ']);
  for (const vowel of [...VOWELS, ...VOWELS.toUpperCase()]) for (const tone of TONES) letters.add(`${vowel}${tone}`.normalize('NFC'));
  return [...letters].map((letter) => [letter, unitNameKey(letter)] as [string, string]).filter(([letter, key]) => letter !== key && !/^[A-Za-z]$/.test(letter));
}

/** Every BMP character JS's `\s` matches, other than the plain space. */
export function blankCodePoints(): number[] {
  const found: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (cp !== 0x20 && /\s/.test(String.fromCharCode(cp))) found.push(cp);
  return found;
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * D1 refuses expressions nested deeper than 100 ("Expression tree is too large"), and every
 * REPLACE nests one level: the fold is cut into steps of at most this many, each applied to the
 * previous one's result (an UPDATE per step in the migration).
 */
export const OPERATIONS_PER_STEP = 60;

type Operation = (expr: string) => string;

const blanks: Operation[] = blankCodePoints().map((cp) => (sql) => `replace(${sql}, char(${cp}), ' ')`);
/** Runs of spaces as one (each pass halves a run: 8 passes cover 256 spaces). */
const collapse: Operation[] = Array.from({ length: 8 }, () => (sql: string) => `replace(${sql}, '  ', ' ')`);
const trim: Operation = (sql) => `trim(${sql})`;

function steps(operations: Operation[], column: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < operations.length; i += OPERATIONS_PER_STEP) {
    out.push(operations.slice(i, i + OPERATIONS_PER_STEP).reduce((sql, op) => op(sql), column));
  }
  return out;
}

/** `expr` cleaned as a unit's name is stored: blanks collapsed, trimmed (accents and capitals kept). One step. */
export function cleanNameSql(expr: string): string {
  return [...blanks, ...collapse, trim].reduce((sql, op) => op(sql), expr);
}

/**
 * The fold of `unitNameKey` as SQL steps over `column`: step 1 reads `column`, each next step reads
 * the previous step's result (stored back into `column`, or bound in again).
 */
export function foldSqlSteps(column: string): string[] {
  const letters: Operation[] = letterFolds().map(([letter, key]) => (sql) => `replace(${sql}, ${quote(letter)}, ${quote(key)})`);
  const marks: Operation[] = COMBINING_MARKS.map((cp) => (sql) => `replace(${sql}, char(${cp}), '')`);
  return steps([...blanks, ...marks, ...letters, (sql) => `lower(${sql})`, ...collapse, trim], column);
}

/** The kind of a unit from its folded name `keyExpr` (as `guessUnitKind` does). */
export function kindSql(keyExpr: string): string {
  const arms = KIND_BY_FIRST_WORDS.map(([words, kind]) => `WHEN instr(${keyExpr} || ' ', ${quote(`${words} `)}) = 1 THEN ${quote(kind)}`);
  return `CASE ${arms.join(' ')} ELSE 'other' END`;
}
