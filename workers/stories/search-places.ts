// Which province a search names, if any: `ha noi`, `Hà Nội`, `tp hcm`, `hcm`, `sai gon`, `hue`…
// A query that names a province ranks that province's stories first (search.ts).
//
// Names come from the reference list (workers/geo/reference.ts); the aliases below are
// the ones people type. A typed word WITH marks must equal the alias word with its marks
// (`huệ` is not `Huế`, `đá nặng` is not `Đà Nẵng`); a word typed WITHOUT marks is compared
// folded (`hue`, `da nang`), since the reader told us nothing about accents.
import { PROVINCES, type ProvinceCode } from '../geo/reference';
import { foldVietnamese } from './text';

/**
 * What people call a province besides its name: abbreviations, old names, the older tone
 * placement (`hoá`), no spaces. Province names only: a city inside one (`nha trang`) is not
 * the province, and naming it must not lift every story of Khánh Hòa.
 */
const ALIASES: Partial<Record<ProvinceCode, string[]>> = {
  HNI: ['hanoi', 'thủ đô hà nội'],
  HUE: ['thừa thiên huế', 'thừa thiên', 'tt huế'],
  HPG: ['haiphong'],
  DNG: ['danang'],
  HCM: ['hcm', 'tphcm', 'sài gòn', 'saigon'],
  CTO: ['cantho'],
  THA: ['thanh hoá'],
  KHA: ['khánh hoà'],
  DLK: ['đắc lắc', 'đắk lắc', 'daklak'],
};

/** Words before a province name that say "city" or "province": `tp hcm`, `thành phố Huế`, `tỉnh Gia Lai`. */
const PREFIXES: string[][] = [['thành', 'phố'], ['tp'], ['tỉnh']];

type Alias = { code: ProvinceCode; words: string[] };

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every name and alias as words, longest first, so `thừa thiên huế` wins over `huế`. */
const ALIAS_LIST: Alias[] = PROVINCES.flatMap((p) => {
  const name = p.name.replace(/^TP\.\s*/, '');
  return [name, ...(ALIASES[p.code] ?? [])].map((text) => ({ code: p.code, words: words(text.normalize('NFC')) }));
}).sort((a, b) => b.words.length - a.words.length);

const hasMarks = (word: string) => foldVietnamese(word) !== word;

/** One typed word (lower-case NFC) against one alias word. */
function wordMatches(typed: string, alias: string): boolean {
  return hasMarks(typed) ? typed === alias : typed === foldVietnamese(alias);
}

function matchesAt(typed: string[], at: number, aliasWords: string[]): boolean {
  return at + aliasWords.length <= typed.length && aliasWords.every((w, k) => wordMatches(typed[at + k] ?? '', w));
}

export type ProvinceMention = {
  code: ProvinceCode;
  /** Index of the first word that names the province (a prefix such as `tp` included). */
  start: number;
  /** Index after the last one. */
  end: number;
};

/**
 * The first province named in `typed` (lower-case NFC words as the search cut them), or null.
 *
 * @example
 * provinceIn(['tp', 'hcm']) // { code: 'HCM', start: 0, end: 2 }
 * provinceIn(['đá', 'nặng']) // null
 */
export function provinceIn(typed: string[]): ProvinceMention | null {
  for (let at = 0; at < typed.length; at++) {
    const alias = ALIAS_LIST.find((a) => matchesAt(typed, at, a.words));
    if (!alias) continue;
    let start = at;
    for (const prefix of PREFIXES) {
      if (start >= prefix.length && matchesAt(typed, start - prefix.length, prefix)) {
        start -= prefix.length;
        break;
      }
    }
    return { code: alias.code, start, end: at + alias.words.length };
  }
  return null;
}
