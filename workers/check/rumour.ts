// Signs of a rumour: a push to forward at once, a row of exclamation marks, a text shouted in
// capitals, and no source. "No source" alone says nothing (most good news carries no link): it
// is raised only beside another sign, or when the text makes the kind of claim rumours make.
import type { TextFinding } from './check.types';
import { isCapitals, mostlyCapitals, originalSpan, type Folded } from './fold';

const words = (list: readonly string[]) =>
  new RegExp(`(?<![a-z0-9])(?:${[...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`, 'g');

/** Calls to forward, anywhere in the text (folded; teencode and English included). */
const URGENCY_PHRASES = words([
  'chia se gap', 'chia se ngay', 'chia se nhanh', 'chia se lien', 'chia se rong rai', 'hay chia se cho', 'chia se cho moi nguoi',
  'share gap', 'share ngay', 'share nhanh', 'share lien', 'sr gap', 'cs gap', 'lan toa ngay', 'chuyen tiep ngay', 'chuyen tiep gap',
  'chuyen gap', 'tin nong', 'tin khan', 'tin gap', 'khan cap chia se', 'truoc khi bi xoa', 'truoc khi bi go', 'xem ngay truoc khi',
  'doc ngay truoc khi', 'can biet gap', 'bao cho nguoi than ngay', 'nguoi than ngay', 'share now', 'share this now', 'share before',
  'forward this', 'forward to everyone', 'please share', 'must share', 'breaking', 'urgent',
]);
/** Openers that push only at the head of a line ("NÓNG:", "Khẩn!", "[GẤP]"): "nắng nóng", "khẩn trương" stay ordinary. */
const URGENCY_OPENER = /^[^a-z0-9\n]*(nong|khan|khan cap|gap|hot|cap bao|bao dong)[^\S\n]*[:!\-–|\]]/gm;
/** The same words alone in capitals ("… NÓNG …", "GẤP"), not after "nắng". */
const URGENCY_CAPS = /(?<![a-z0-9])(nong|khan|gap|khan cap)(?![a-z0-9])/g;

/** "NẮNG NÓNG", "TĂNG GẤP ĐÔI", "KHẨN TRƯƠNG", "NÓNG LẠNH" in capitals: ordinary words, not a push. Tested on `before|word|after`. */
const CAPS_NOT_URGENT = /(?:nang\s*\|nong\||\|nong\|\s*(?:buc|nuc|bong|am|chay|lanh|long)|(?:tang|hon|lon|nhanh)\s*\|gap\||\|gap\|\s*(?:doi|ba|bon|nam|muoi|tram|nhieu|lan|rut)|\|khan\|\s*(?:truong|thiet|khoan|hoang))/;

/** Claims rumours make: hearsay, "the truth they hide", miracle cures, arrests and deaths, money. */
const CLAIM_CUES = words([
  'nghe noi', 'nghe bao', 'co nguoi noi', 'nguoi ta noi', 'nguoi ta don', 'dang lan truyen', 'ro ri', 'tin mat', 'su that la', 'su that ve',
  'bi giau', 'che giau', 'bung bit', 'khong ai dam noi', 'bao chi khong dua', 'bao chi im lang', 'chinh thuc xac nhan', 'tiet lo', 'cuc soc', 'chan dong', 'bang chung', 'chua khoi', 'chua dut diem', 'chua bach benh', 'than duoc', 'khoi han',
  'gay ung thu', 'chua ung thu', 'doc hai', 'nhiem doc', 'bi bat', 'bat giu', 'bi bat coc', 'bat coc', 'tu vong', 'da chet', 'bi giet',
  'mat tich', 'thu hoi het', 'doi tien', 'pha san', 'dong bang tai khoan', 'se bi phat', 'phat nang', 'cam hoan toan',
  'se bi cam', 'se bi cat', 'cat song', 'giai the', 'they dont want you to know', 'cover up', 'leaked', 'miracle cure',
]);

/** A link, a domain, or "theo …"/"nguồn: …" naming a source. */
const LINK = /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+\.(?:vn|com|net|org|gov|info|tv|news)(?![\p{L}\p{N}])/iu;
const ATTRIBUTION = /(?<![a-z0-9])(?:nguon\s*(?:tin)?\s*:|nguon tin tu|nguon tu|trich (?:tu|dan)|dan nguon|according to|source\s*:|via\s+\S|theo\s+(?:bao|tin tu|thong tin tu|thong bao|thong cao|cong bo|quyet dinh|so lieu|bo|so|ubnd|cong an|chinh quyen|dai|cuc|vien|trung tam|tong cuc|ttxvn|vtv))(?![a-z0-9])/;
/** "Theo VnExpress", "theo Bộ Y tế": "theo" before a name (capital) is an attribution, "theo dõi" is not. */
const THEO_NAME = /(?<![\p{L}\p{N}])[Tt]heo\s+\p{Lu}/u;

function urgency(f: Folded, capsText: boolean): string[] {
  const found: string[] = [];
  const taken: [number, number][] = [];
  const take = (start: number, end: number) => {
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    found.push(originalSpan(f, start, end));
  };
  for (const m of f.text.matchAll(URGENCY_PHRASES)) take(m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of f.text.matchAll(URGENCY_OPENER)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    take(start, start + (m[1] as string).length);
  }
  if (!capsText) {
    for (const m of f.text.matchAll(URGENCY_CAPS)) {
      const start = m.index ?? 0;
      const span = originalSpan(f, start, start + m[0].length);
      if (!isCapitals(span) || CAPS_NOT_URGENT.test(`${f.text.slice(Math.max(0, start - 8), start)}|${m[0]}|${f.text.slice(start + m[0].length, start + m[0].length + 8)}`)) continue;
      take(start, start + m[0].length);
    }
  }
  return found;
}

function exclamations(original: string): string[] {
  const marks = original.match(/[!！]/g)?.length ?? 0;
  if (marks < 3) return [];
  return [...new Set(original.match(/[!！]{2,}/g) ?? ['!'.repeat(Math.min(marks, 3))])].slice(0, 3);
}

/** Enough letters, nearly all capitals: the first words of the shouted text, as shown. */
function allCaps(f: Folded): string[] {
  if (!mostlyCapitals(f, 30)) return [];
  const trimmed = f.original.trim();
  const head = trimmed.split(/\s+/).slice(0, 6).join(' ');
  return [head.length < trimmed.length ? `${head} …` : head];
}

/** Findings of kind rumour. */
export function rumourFindings(f: Folded): TextFinding[] {
  const capsText = mostlyCapitals(f);
  const out: TextFinding[] = [];
  const add = (signal: TextFinding['signal'], matches: string[]) => {
    if (matches.length > 0) out.push({ kind: 'rumour', signal, matches: [...new Set(matches.map((m) => m.trim()))].slice(0, 5) });
  };
  add('urgency', urgency(f, capsText));
  add('exclamations', exclamations(f.original));
  add('allCaps', allCaps(f));
  const sourced = LINK.test(f.original) || ATTRIBUTION.test(f.text) || THEO_NAME.test(f.original);
  if (!sourced) {
    const cues = [...f.text.matchAll(CLAIM_CUES)].map((m) => originalSpan(f, m.index ?? 0, (m.index ?? 0) + m[0].length));
    if (out.length > 0 || cues.length > 0) add('noSource', cues.length > 0 ? cues : []);
    if (out.length > 0 && !out.some((x) => x.signal === 'noSource')) out.push({ kind: 'rumour', signal: 'noSource', matches: [] });
  }
  return out;
}
