// Folding for the check detectors: every marker, cue and tone word is matched on text with no
// accents, đ as d and lower case, so "MẬT", "Mật" and "MAT" read alike. Unlike foldClaimText the
// folded text keeps punctuation, line breaks and digits, and a map back to the original, so a
// detector can show what was typed and look at the original (were these capitals? accents?).

const cache = new Map<string, string>();

/** One character folded to one character: accents dropped, đ → d, lower case (else the character itself). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let out = cache.get(ch);
  if (out === undefined) {
    const base = ch === 'đ' || ch === 'Đ' ? 'd' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    out = base.length === 1 && !/\p{M}/u.test(base) ? base : ch;
    if (cache.size < 4096) cache.set(ch, out);
  }
  return out;
}

/** Fold a short string (a rule word, a span) the same way, without the map. */
export function foldPlain(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

export type Folded = {
  /** The NFC original the map points into. */
  original: string;
  /** Folded: same characters one for one, except a run of 3+ of the same letter kept once ("nguuu" → "ngu"). */
  text: string;
  /** `map[i]` = index in `original` of folded character i; `map[text.length]` = original.length. */
  map: Int32Array;
  /** Letters that have a case, and how many of them are capitals (for "written in capitals"). */
  cased: number;
  upper: number;
};

/** Per UTF-16 code unit above ASCII: the folded code unit, and its case (1 capital, 2 small, 0 none). */
const unitCache = new Map<number, number>();
function foldUnit(code: number): number {
  let packed = unitCache.get(code);
  if (packed === undefined) {
    const ch = String.fromCharCode(code);
    const folded = foldChar(ch);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const kind = lower === upper ? 0 : ch === upper ? 1 : 2;
    packed = (folded.length === 1 ? folded.charCodeAt(0) : code) * 4 + kind;
    if (unitCache.size < 4096) unitCache.set(code, packed);
  }
  return packed;
}

const isLetter = (c: number) => c >= 97 && c <= 122;

/**
 * @example
 * foldText('Chia sẻ GẤP!!!').text // 'chia se gap!!!'
 */
export function foldText(input: string): Folded {
  const original = input.normalize('NFC');
  const n = original.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let len = 0;
  let cased = 0;
  let upper = 0;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    let f: number;
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        f = code + 32;
        cased++;
        upper++;
      } else {
        f = code;
        if (code >= 97 && code <= 122) cased++;
      }
    } else {
      const packed = foldUnit(code);
      f = packed >> 2;
      const kind = packed & 3;
      if (kind !== 0) cased++;
      if (kind === 1) upper++;
    }
    run = f === prev ? run + 1 : 1;
    prev = f;
    // Letters stretched for effect ("nguuuu", "khonnnn") are read as typed once; Vietnamese never
    // triples a letter. The second of a run of 3+ goes too, so only the first stays.
    if (isLetter(f) && (run >= 3 || (run === 2 && i + 1 < n && foldUnitCode(original.charCodeAt(i + 1)) === f))) continue;
    out[len] = f;
    map[len] = i;
    len++;
  }
  map[len] = n;
  let text = '';
  for (let i = 0; i < len; i += 4096) text += String.fromCharCode(...out.subarray(i, Math.min(len, i + 4096)));
  return { original, text, map: map.subarray(0, len + 1), cased, upper };
}

function foldUnitCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return foldUnit(code) >> 2;
}

/** Is most of the text written in capitals (at least 20 letters with a case, 70 % of them capitals)? */
export function mostlyCapitals(f: Folded, minLetters = 20): boolean {
  return f.cased >= minLetters && f.upper / f.cased >= 0.7;
}

/** The original characters behind folded text [start, end). */
export function originalSpan(f: Folded, start: number, end: number): string {
  return f.original.slice(f.map[start] ?? 0, end >= f.text.length ? f.original.length : (f.map[end] ?? f.original.length));
}

/** Did the person type this span without accents (so it may stand for any accented word)? */
export function typedWithoutAccents(span: string): boolean {
  return foldPlain(span) === span.toLowerCase();
}

/** Letters with case: is this span written in capitals (at least one cased letter, none lower)? */
export function isCapitals(span: string): boolean {
  return /\p{Lu}/u.test(span) && !/\p{Ll}/u.test(span);
}
