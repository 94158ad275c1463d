// Personal data: citizen ID numbers, mobile numbers, bank accounts, a home address next to a
// name. A number is read with its separators ("0912 345 678", "001.203.004.567") and decided by
// its digits and the words around it; what is shown is always masked (never the whole number).
import type { TextFinding } from './check.types';
import { originalSpan, type Folded } from './fold';

/** Digits with single separators between groups, optionally +84. */
const NUMBER = /(?<![\d\p{L}])(?:\+\s?)?\d(?:[ .\-]?\d){6,19}(?![\d\p{L}])/gu;

/** Mobile prefixes in use (03x, 05x, 07x, 08x, 09x); landlines (02x…) are offices' numbers and are left alone. */
const MOBILE = /^0[35789]\d{8}$/;
/** 12 digits: a province code 001–096, then the century/sex digit 0–3. */
const CITIZEN_ID = /^0(?:0[1-9]|[1-8]\d|9[0-6])[0-3]\d{8}$/;

const ID_CONTEXT = /(?<![a-z0-9])(?:cccd|can cuoc(?: cong dan)?|cmnd|cmt|chung minh(?: nhan dan| thu)?|so dinh danh|dinh danh ca nhan|citizen id|id card)(?![a-z0-9])/;
const BANK_CONTEXT = new RegExp(
  '(?<![a-z0-9])(?:stk|tk|so tai khoan|so tk|tai khoan|ngan hang|nh|chuyen khoan|ck|bank|account|acc|' +
    'vietcombank|vcb|techcombank|tcb|bidv|agribank|vietinbank|viettinbank|mb ?bank|mb|acb|sacombank|vpbank|tpbank|shb|hdbank|ocb|msb|vib|' +
    'seabank|lpbank|lienvietpostbank|eximbank|scb|abbank|bac a bank|nam a bank|namabank|pvcombank|kienlongbank|baoviet ?bank|momo|zalopay|vietabank|oceanbank|gpbank|cake|timo)(?![a-z0-9])',
);
/** An amount of money, not an account: "15.000.000 đồng", "2000000 vnđ". */
const MONEY_AFTER = /^\s*(?:d|dong|vnd|vnđ|đ|đồng|trieu|tr|k|nghin|ngan|usd|\$|%)(?![a-z])/;

type Kind = 'citizenId' | 'phone' | 'bankAccount';

/** "0912 *** 678": enough to recognise one's own number, never the whole of it. */
export function maskDigits(digits: string, kind: Kind): string {
  const tail = digits.slice(-3);
  if (kind === 'phone') return `${digits.slice(0, 4)} *** ${tail}`;
  if (kind === 'citizenId') return `${digits.slice(0, 3)} ****** ${tail}`;
  return `${'*'.repeat(Math.min(6, Math.max(3, digits.length - 3)))} ${tail}`;
}

function classify(digits: string, before: string, after: string): Kind | null {
  const local = digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
  if (MONEY_AFTER.test(after)) return null;
  if (digits.length === 12 && ID_CONTEXT.test(before)) return 'citizenId';
  if (digits.length >= 8 && digits.length <= 16 && (BANK_CONTEXT.test(before.slice(-40)) || BANK_CONTEXT.test(after.slice(0, 25)))) return 'bankAccount';
  if (digits.length === 12 && CITIZEN_ID.test(digits)) return 'citizenId';
  if (MOBILE.test(local)) return 'phone';
  return null;
}

function numbers(f: Folded): Record<Kind, string[]> {
  const out: Record<Kind, string[]> = { citizenId: [], phone: [], bankAccount: [] };
  const seen = new Set<string>();
  for (const m of f.text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const digits = m[0].replace(/\D/g, '');
    const kind = classify(digits, f.text.slice(Math.max(0, start - 40), start), f.text.slice(start + m[0].length, start + m[0].length + 25));
    if (!kind) continue;
    const local = kind === 'phone' && digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
    const masked = maskDigits(local, kind);
    if (seen.has(kind + local)) continue;
    seen.add(kind + local);
    out[kind].push(masked);
  }
  return out;
}

/** Where someone lives: a house number with a lane or street ("số 12 ngõ 34", "45/6 hẻm 7", "12 đường Lê Lợi"). */
const ADDRESS =
  /(?<![a-z0-9])(?:so\s*)?\d{1,4}[a-z]?(?:\s*\/\s*\d{1,4}[a-z]?)*\s*,?\s*(?:ngo|ngach|hem|kiet|duong|pho|to dan pho|to|khu pho|kp|thon|ap|xom|chung cu|cc|tap the|khu tap the|lo)\s+[a-z0-9]/g;
/** Words that make an address someone's home: "nhà ở", "sống tại", "thường trú", "địa chỉ nhà" (not a venue's "tại số 12 …"). */
const HOME_CUE = /(?<![a-z0-9])(?:nha(?: o| rieng| cua [^\n,.;]{1,25})?|o|song(?: o| tai)?|cu ngu(?: tai)?|thuong tru(?: tai)?|tam tru(?: tai)?|o tro(?: tai)?|tro(?: tai| o)|dia chi(?: nha)?\s*:?)\s*(?:tai\s*)?$/;
/** A person: "anh Tuấn", "chị Lan", "ông Nguyễn Văn A", or a full name led by a common surname. */
const HONORIFIC = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${['anh', 'chị', 'ông', 'bà', 'cô', 'chú', 'bác', 'em', 'cụ', 'thím', 'dì', 'cháu', 'ong', 'chi', 'ba', 'co', 'chu', 'bac', 'cu']
    .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\s+\\p{Lu}\\p{Ll}*`,
  'u',
);
const SURNAME_NAME =
  /(?<![\p{L}\p{N}])(?:Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|Đỗ|Do|Hồ|Ho|Ngô|Ngo|Dương|Duong|Lý|Ly|Đinh|Dinh|Trương|Truong|Lâm|Lam|Mai|Tô|To|Đào|Dao|Cao|Hà|Ha)(?:\s+\p{Lu}\p{Ll}*){1,3}/u;

function addresses(f: Folded): string[] {
  const found: string[] = [];
  for (const m of f.text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    if (!HOME_CUE.test(f.text.slice(Math.max(0, start - 30), start))) continue;
    const oStart = f.map[start] ?? 0;
    const around = f.original.slice(Math.max(0, oStart - 90), oStart + 120);
    if (!HONORIFIC.test(around) && !SURNAME_NAME.test(around)) continue;
    // Shown without its numbers: the person sees which address, a reader of the screen does not learn it.
    const rest = /^[^,.;\n]{0,30}/.exec(f.text.slice(start + m[0].length - 1))?.[0] ?? '';
    const cut = rest.length === 30 ? rest.replace(/\s+\S*$/, '') : rest;
    const span = originalSpan(f, start, start + m[0].length - 1 + cut.length).replace(/\d/g, '*');
    found.push(span.trim());
  }
  return found;
}

/** Findings of kind personalData, one per signal seen, matches masked. */
export function personalDataFindings(f: Folded): TextFinding[] {
  const nums = numbers(f);
  const out: TextFinding[] = [];
  const add = (signal: TextFinding['signal'], matches: string[]) => {
    if (matches.length > 0) out.push({ kind: 'personalData', signal, matches: [...new Set(matches)].slice(0, 5) });
  };
  add('citizenId', nums.citizenId);
  add('phone', nums.phone);
  add('bankAccount', nums.bankAccount);
  add('addressWithName', addresses(f));
  return out;
}
