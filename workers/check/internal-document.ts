// Internal-document markers. A marker counts only as a STAMP, the way it stands on a document:
// on a line of its own ("MẬT", "(Lưu hành nội bộ)", "Độ mật: Tối mật"), or in capitals inside a
// text that is not all capitals. Prose that merely names the words ("bí mật của thành công",
// "mật ong", "đừng đăng tài liệu nội bộ", "kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa
// Việt Nam") raises nothing.
import type { TextFinding } from './check.types';
import { isCapitals, mostlyCapitals, originalSpan, type Folded } from './fold';

const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';

/** Folded marker phrases per signal (space = any run of blanks or separators). */
const MARKERS = {
  secretMarker: ['tuyet mat', 'toi mat', 'mat'],
  internalMarker: ['luu hanh noi bo', 'chi luu hanh noi bo', 'tai lieu noi bo', 'khong pho bien', 'han che pho bien', 'tai lieu mat'],
  nationalMotto: ['cong hoa xa hoi chu nghia viet nam', 'doc lap tu do hanh phuc'],
} as const;
type MarkerSignal = keyof typeof MARKERS;

const phrase = (p: string) => p.split(' ').join('[\\s\\-–—.,]+');

/** Labels that may stand before a marker on its line ("Độ mật:", "Phạm vi:", "Tài liệu:"). */
const LINE_LABEL = '(?:(?:muc )?do mat|pham vi(?: luu hanh)?|tai lieu|ghi chu|luu y)\\s*[:\\-–]?\\s*';

/** Words that turn "mật" into an ordinary word: bí mật, mật ong, bảo mật, mật khẩu, mật độ… */
const MAT_BEFORE = new Set(['bi', 'bao', 'co', 'than', 'tin', 'chi', 'nghiem', 'tham', 'dang', 'ngot', 'cay', 'mat']);
const MAT_AFTER = new Set(['ong', 'khau', 'thiet', 'do', 'ma', 'vu', 'bao', 'tham', 'mia', 'gau', 'ngot', 'uoc', 'danh', 'lenh', 'thu', 'dam', 'hieu', 'ngu', 'ke', 'tap', 'trong', 'cua', 'la', 'va']);

function wordBefore(folded: string, at: number): string {
  const m = /([a-z]+)[^a-z0-9\n]*$/.exec(folded.slice(Math.max(0, at - 20), at));
  return m?.[1] ?? '';
}
function wordAfter(folded: string, at: number): string {
  const m = /^[^a-z0-9\n]*([a-z]+)/.exec(folded.slice(at, at + 20));
  return m?.[1] ?? '';
}

/** A line that is only the marker (after an optional label, inside brackets or punctuation). */
function lineStamps(f: Folded, signal: MarkerSignal): string[] {
  const found: string[] = [];
  const alts = MARKERS[signal].map(phrase).join('|');
  const re = new RegExp(`^[^a-z0-9\\n]*(?:${LINE_LABEL})?(${alts})[^a-z0-9\\n]*$`, 'gm');
  for (const m of f.text.matchAll(re)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    found.push(originalSpan(f, start, start + (m[1] as string).length).trim());
  }
  return found;
}

/** The marker in capitals inside a line ("Văn bản LƯU HÀNH NỘI BỘ, …"), in a text not all in capitals. */
function capitalStamps(f: Folded, signal: MarkerSignal, capsText: boolean): string[] {
  if (capsText) return [];
  const found: string[] = [];
  const re = new RegExp(`${B}(?:${MARKERS[signal].map(phrase).join('|')})${E}`, 'g');
  for (const m of f.text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const span = originalSpan(f, start, end);
    if (!isCapitals(span)) continue;
    if (signal === 'secretMarker' && m[0] === 'mat') {
      // A lone capital MẬT: not "MẶT" (face, front) and not a compound (BÍ MẬT, MẬT ONG).
      if (!/^(?:MẬT|MAT)$/.test(span)) continue;
      if (MAT_BEFORE.has(wordBefore(f.text, start)) || MAT_AFTER.has(wordAfter(f.text, end))) continue;
    }
    found.push(span);
  }
  return found;
}

/** "Độ mật: Mật" anywhere in a line. */
function labelledSecret(f: Folded): string[] {
  const re = /(?<![a-z0-9])(?:muc )?do mat\s*[:\-–]\s*(tuyet mat|toi mat|mat)(?![a-z0-9])/g;
  return [...f.text.matchAll(re)].map((m) => {
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[1] as string);
    return originalSpan(f, start, start + (m[1] as string).length);
  });
}

/** "Số: 123/CV-UBND", "Số 45/2024/QĐ-UBND" as a document header: at a line's start, or with its colon. */
const DOC_NUMBER = /(?:^[^\S\n]*|(?<![a-z0-9]))so(?:\s*:\s*|\s+)\d{1,6}\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z]{1,8}(?:\s*-\s*[a-z]{1,10})+(?![a-z0-9])/gm;

function documentNumbers(f: Folded): string[] {
  const found: string[] = [];
  for (const m of f.text.matchAll(DOC_NUMBER)) {
    const start = m.index ?? 0;
    const text = m[0];
    const atLineStart = start === 0 || f.text[start - 1] === '\n' || /^\s/.test(text);
    // Inside a sentence ("theo quyết định số 45/2024/QĐ-UBND") a public document is being cited: only "Số:" with its colon is a header.
    if (!atLineStart && !/^so\s*:/.test(text)) continue;
    found.push(originalSpan(f, start, start + text.length).trim());
  }
  return found;
}

/** "Nơi nhận:" at the start of a line or sentence (not "địa chỉ nơi nhận: …" of a parcel). */
const RECIPIENTS = /(?:^|[.;])[^\S\n]*[-–*•]?[^\S\n]*noi nhan\s*:/gm;

function recipients(f: Folded): string[] {
  const found: string[] = [];
  for (const m of f.text.matchAll(RECIPIENTS)) {
    const start = (m.index ?? 0) + m[0].indexOf('noi nhan');
    found.push(originalSpan(f, start, start + 'noi nhan:'.length));
  }
  return found;
}

const unique = (xs: string[]) => [...new Set(xs.map((x) => x.replace(/\s+/g, ' ')))];

/** Findings of kind internalDocument, one per signal seen. */
export function internalDocumentFindings(f: Folded): TextFinding[] {
  const capsText = mostlyCapitals(f);
  const out: TextFinding[] = [];
  const add = (signal: TextFinding['signal'], matches: string[]) => {
    if (matches.length > 0) out.push({ kind: 'internalDocument', signal, matches: unique(matches).slice(0, 5) });
  };
  add('secretMarker', [...lineStamps(f, 'secretMarker'), ...labelledSecret(f), ...capitalStamps(f, 'secretMarker', capsText)]);
  add('internalMarker', [...lineStamps(f, 'internalMarker'), ...capitalStamps(f, 'internalMarker', capsText)]);
  add('documentNumber', documentNumbers(f));
  add('nationalMotto', [...lineStamps(f, 'nationalMotto'), ...capitalStamps(f, 'nationalMotto', capsText)]);
  add('recipientsBlock', recipients(f));
  return out;
}
