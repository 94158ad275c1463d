// The labelled pairs (≥ 300) built from the hand-written claims in claim-pairs.data.ts:
// positives are rewordings and the ways people retype a forwarded rumour (accents stripped,
// capitals, emoji and hashtags, "Nóng:" prefixes, teencode, clauses swapped); negatives are
// different rumours about the same place, and different rumours in the same forwarding boilerplate.
import { BOILERPLATE, CLAIM_GROUPS, LOOKALIKES } from './claim-pairs.data';

export type LabelledPair = { a: string; b: string; same: boolean; kind: string };

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D');
}

const TEENCODE: [RegExp, string][] = [
  [/\bkhông\b/gi, 'ko'],
  [/\bđược\b/gi, 'dc'],
  [/\bngười\b/gi, 'ng'],
  [/\bvới\b/gi, 'vs'],
  [/\bbiết\b/gi, 'bít'],
  [/\brồi\b/gi, 'r'],
  [/\bquá\b/gi, 'wá'],
  [/\btrước\b/gi, 'trc'],
  [/\bthành phố\b/gi, 'tp'],
];

/** How a hurried phone typist writes it: teencode, no accents on some words, lower case. */
export function teencode(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, short] of TEENCODE) out = out.replace(pattern, short);
  // Every third word loses its accents, as when the keyboard's Telex is off for a moment.
  return out
    .split(' ')
    .map((w, i) => (i % 3 === 2 ? stripAccents(w) : w))
    .join(' ');
}

/** The two halves of a claim swapped at its first comma ("A, B." → "B, A"). */
export function swapClauses(text: string): string {
  const parts = text.replace(/[.!]+$/, '').split(', ');
  if (parts.length < 2) return text;
  const [first, ...rest] = parts;
  return `${rest.join(', ')}, ${first?.toLowerCase()}`;
}

const EMOJI = ['🔥', '⚠️', '😱', '🙏', '‼️', '📢'];

export function shouted(text: string, i: number): string {
  return `${i % 2 ? 'NÓNG:' : 'CHIA SẺ GẤP'} ${EMOJI[i % EMOJI.length]} ${text.toUpperCase()} ${EMOJI[(i + 2) % EMOJI.length]} #chiase #tinnong`;
}

const ASKING = ['Mình thấy trên Facebook có bài:', 'Nhóm Zalo của khu phố đang chuyền tin này:', 'Mẹ em gửi cho em cái này:'];
const ENDING = ['Có ai biết thật không, lo quá.', 'Nhờ các anh chị kiểm tra giúp với ạ.', 'Em thấy vô lý nhưng nhiều người tin lắm.'];

export function buildPairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const all = CLAIM_GROUPS.flatMap((g) => g.claims);
  all.forEach((claim, i) => {
    const [r0 = '', r1 = ''] = claim.rewordings;
    pairs.push({ a: claim.text, b: r0, same: true, kind: 'rewording' });
    pairs.push({ a: claim.text, b: r1, same: true, kind: 'rewording' });
    pairs.push({ a: r0, b: `${stripAccents(r1)} ${EMOJI[i % EMOJI.length]}`, same: true, kind: 'rewording without accents' });
    pairs.push({ a: claim.text, b: shouted(claim.text, i), same: true, kind: 'capitals, emoji, hashtags, prefix' });
    pairs.push({ a: claim.text, b: `Tin khẩn!!! ${teencode(swapClauses(claim.text))}`, same: true, kind: 'teencode, clauses swapped' });
    // The claim quoted inside a reporter's own words, as report descriptions often are.
    pairs.push({ a: claim.text, b: `${ASKING[i % ASKING.length]} "${r0}" ${ENDING[i % ENDING.length]}`, same: true, kind: 'quoted in commentary' });
  });
  for (const group of CLAIM_GROUPS) {
    group.claims.forEach((x, i) => {
      group.claims.slice(i + 1).forEach((y, j) => {
        pairs.push({ a: x.text, b: y.text, same: false, kind: `same place (${group.place})` });
        const wrap = BOILERPLATE[(i + j) % BOILERPLATE.length] ?? ((s: string) => s);
        pairs.push({ a: x.rewordings[0] ?? x.text, b: wrap(y.text), same: false, kind: `same place, boilerplate (${group.place})` });
      });
    });
  }
  all.forEach((claim, i) => {
    const other = all[(i + 7) % all.length];
    const wrap = BOILERPLATE[i % BOILERPLATE.length] ?? ((s: string) => s);
    if (other) pairs.push({ a: wrap(claim.text), b: wrap(other.text), same: false, kind: 'same boilerplate' });
  });
  LOOKALIKES.forEach(([a, b], i) => {
    pairs.push({ a, b, same: false, kind: 'same subject, different rumour' });
    // The same lookalike as a second person forwards it: accents gone, a prefix, an emoji.
    pairs.push({ a, b: `Nóng ${EMOJI[i % EMOJI.length]} ${stripAccents(b)}`, same: false, kind: 'same subject, different rumour, retyped' });
  });
  return pairs;
}
