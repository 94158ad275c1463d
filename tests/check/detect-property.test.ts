import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_MAX_CHARS } from '../../workers/check/check.types';
import { detectText } from '../../workers/check/detect';
import { BUILTIN_TONE_RULES } from '../../workers/check/tone-words';
import { DETECT_TABLE } from './detect-table.data';

// Text that looks like what people paste: Vietnamese letters, digits in phone/ID/account shapes,
// markers, cues and punctuation, glued in any order.
const pieces = fc.constantFrom(
  'MẬT', 'mật ong', 'Lưu hành nội bộ', 'Số: 12/CV-UBND', 'Nơi nhận:', 'CHIA SẺ GẤP', 'nóng', '!!!', 'ngu', 'Nguyễn', 'STK', 'CCCD',
  'anh Tuấn', 'nhà ở số 12 ngõ 34', 'theo', 'https://x.vn', '\n', ' ', 'đ', 'Ư', '̀', '+84', '.', '-', '/',
);
const digits = fc.stringMatching(/^[0-9]{7,16}$/);
const groupedNumber = digits.map((d) => d.replace(/(\d{3})(?=\d)/g, '$1 '));
const pasted = fc.array(fc.oneof(pieces, digits, groupedNumber, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join(' '));

describe('detectText, for any text', () => {
  it('never throws, and gives the same findings twice', () => {
    fc.assert(
      fc.property(pasted, (text) => {
        const first = detectText(text, BUILTIN_TONE_RULES);
        expect(detectText(text, BUILTIN_TONE_RULES)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it('never shows a personal number whole (no run of more than 4 digits in a personal-data match)', () => {
    fc.assert(
      fc.property(pasted, digits, fc.constantFrom('CCCD: ', 'STK ', 'SĐT ', 'Vietcombank ', ''), (text, number, label) => {
        const findings = detectText(`${text} ${label}${number} ${text}`, BUILTIN_TONE_RULES).filter((f) => f.kind === 'personalData');
        for (const f of findings) {
          for (const m of f.matches) {
            expect(m).not.toContain(number);
            expect(m.replace(/[ .\-]/g, '')).not.toMatch(/\d{5}/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectText is fast', () => {
  it('checks 5,000 characters in well under 5 ms (median of 20 runs, loose for a shared machine)', () => {
    const all = DETECT_TABLE.map((r) => r.text).join('\n');
    let text = '';
    while (text.length < CHECK_MAX_CHARS) text += all;
    text = text.slice(0, CHECK_MAX_CHARS);
    detectText(text, BUILTIN_TONE_RULES);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      detectText(text, BUILTIN_TONE_RULES);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // workerd freezes its timers during synchronous code in some modes: Date/performance may read 0, which passes.
    expect(times[10] ?? 0).toBeLessThan(5);
  });
});
