// Claim text reduced to the words that carry the claim, for lexical matching. The same
// rumour arrives retyped, with or without accents, in capitals, behind "Nóng:" or
// "CHIA SẺ GẤP", with emoji, hashtags and teencode; none of that says what is claimed.
import { foldClaimText } from '../reports/claim-key';

/**
 * Forwarding noise, folded: calls to share, dropped wherever they stand, as whole phrases
 * (so "chia se gap" goes but "gap" in "gap tai nan" stays).
 */
const NOISE_PHRASES = [
  'tin nong', 'tin khan', 'khan cap', 'chia se gap', 'chia se ngay', 'hay chia se', 'chia se', 'share ngay', 'share gap',
  'cho moi nguoi', 'cho nguoi than', 'cho ca nha', 'canh bao', 'bao dong', 'lan truyen', 'moi nguoi oi', 'moi nguoi', 'mn oi', 'cac ban', 'ca nha', 'can biet', 'cap nhat',
  'tin moi', 'ai cung', 'breaking', 'share',
];

/** Words that are noise only as a post's opening ("Nóng:", "KHẨN", "Gấp"): "nắng nóng", "khan hiếm" keep theirs. */
const NOISE_OPENERS = new Set(['nong', 'khan', 'gap', 'hot', 'tin', 'oi']);

/** Teencode and abbreviations as they are typed, mapped to the full folded word (one token each). */
const SPELLINGS: Record<string, string> = {
  ko: 'khong', k: 'khong', kg: 'khong', khg: 'khong', hok: 'khong',
  dc: 'duoc', dk: 'duoc', vs: 'voi', j: 'gi', z: 'vay', v: 'vay', r: 'roi', ng: 'nguoi', mn: 'moi nguoi',
  bit: 'biet', bik: 'biet', wa: 'qua', qa: 'qua', trc: 'truoc', ntn: 'nhu the nao', bn: 'bao nhieu', tp: 'thanh pho',
  hn: 'ha noi', hcm: 'ho chi minh', sg: 'sai gon', tphcm: 'thanh pho ho chi minh', bv: 'benh vien', cq: 'co quan',
  cs: 'cong an', ubnd: 'uy ban nhan dan', bhxh: 'bao hiem xa hoi', bhyt: 'bao hiem y te', tr: 'trieu',
  nguoj: 'nguoi', hem: 'khong', zay: 'vay', wan: 'quan', nhiu: 'nhieu', lun: 'luon', hum: 'hom',
};

/**
 * Function words that every Vietnamese sentence has: two claims sharing them share nothing.
 * Negation (khong, chua) is kept on purpose: "có" and "không" claims must not look alike.
 */
const STOPWORDS = new Set(
  // Only words with no likely content twin once accents are gone: "thi" (thì/thi), "cho" (cho/chợ),
  // "ban" (bạn/bán), "ho" (họ/ho), "khi" (khi/khí), "the" (thế/thẻ) are kept.
  ('la cua va ma cac nhung mot da se dang bi duoc o tai voi nay do nhu de co con cung rat ra vao ' +
    'nen vi den trong tren duoi sau truoc roi luon nua nhe ay ah oi vay day kia nao gi ai hay hoac boi theo ' +
    've toi minh nguoi ta no anh chi em nhieu it qua lam moi tung cai chiec').split(' '),
);

const phrasePattern = new RegExp(`(?:^| )(?:${[...NOISE_PHRASES].sort((a, b) => b.length - a.length).join('|')})(?= |$)`, 'g');

/** Expand teencode, token by token, after folding. */
function respell(folded: string): string {
  return folded
    .split(' ')
    .map((w) => SPELLINGS[w] ?? w)
    .join(' ');
}

/**
 * The claim's content words, in order: folded (claim-key.ts), teencode spelled out,
 * forwarding noise and function words dropped.
 *
 * @example
 * claimWords('NÓNG: Uống nước chanh chữa đc COVID 🔥 #chiase') // ['uong', 'nuoc', 'chanh', 'chua', 'covid']
 */
export function claimWords(text: string): string[] {
  const spelled = respell(foldClaimText(text));
  // Twice: removing one phrase can leave another at the edge of the same gap ("tin nong chia se gap").
  const words = spelled.replace(phrasePattern, ' ').replace(phrasePattern, ' ').split(' ').filter((w) => w !== '');
  let start = 0;
  while (start < words.length && NOISE_OPENERS.has(words[start] ?? '')) start++;
  return words.slice(start).filter((w) => !STOPWORDS.has(w));
}
