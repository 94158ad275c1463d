import { describe, expect, it } from 'vitest';
import { CheckFindingList, CheckFindingView, describeFinding } from '../../web/components/check-finding';
import { checkSignals, type TextFinding, type TextFindingKind } from '../../workers/check/check.types';
import { detectText } from '../../workers/check/detect';
import { BUILTIN_TONE_RULES } from '../../workers/check/tone-words';

const every: TextFinding[] = (Object.keys(checkSignals) as TextFindingKind[]).flatMap((kind) =>
  checkSignals[kind].map((signal) => ({ kind, signal, matches: ['x'] }) as TextFinding),
);

describe('the words for a finding', () => {
  it('every signal has a title, a reason and advice in Vietnamese and in English, none of them a code', () => {
    for (const finding of every) {
      for (const lang of ['vi', 'en'] as const) {
        const words = describeFinding(lang, finding);
        for (const text of [words.kind, words.title, words.why, words.advice]) {
          expect(text.length).toBeGreaterThan(8);
          expect(text).not.toContain('check-findings.');
          // No camelCase code ("citizenId", "noSource") shown as words.
          expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
          if (lang === 'vi') expect(text).not.toContain(finding.signal);
        }
      }
      expect(describeFinding('vi', finding).title).not.toBe(describeFinding('en', finding).title);
    }
  });
});

describe('CheckFindingView', () => {
  const [phone] = detectText('Gọi chị Hoa 0912 345 678', BUILTIN_TONE_RULES);
  const [tone] = detectText('Đồ ngu, lũ khốn nạn', BUILTIN_TONE_RULES);
  const rumour = detectText('CHIA SẺ GẤP!!! <script>nước chanh</script> chữa khỏi bệnh', BUILTIN_TONE_RULES);

  it('shows a personal number masked, says it is masked, with the reason and the advice', () => {
    const html = String(<CheckFindingView lang="vi" finding={phone as TextFinding} />);
    expect(html).toContain('<h3 id="check-finding-personalData-phone" class="check-finding__title">Có số điện thoại</h3>');
    expect(html).toContain('0912 *** 678');
    expect(html).not.toContain('345');
    expect(html).toContain('đã che bớt số');
    expect(html).toContain('Xóa số điện thoại');
    expect(html).not.toContain('verify-checklist');
  });

  it('pairs each rude word with a calmer one', () => {
    const html = String(<CheckFindingView lang="en" finding={tone as TextFinding} />);
    expect(html).toContain('Insulting or inflaming words');
    expect(html).toContain('“Đồ ngu” → “chưa hiểu rõ”');
    expect(html).toContain('“lũ khốn” → “sai trái”');
  });

  it('a rumour finding carries the verify checklist; the list shows it once, under the last rumour finding', () => {
    const one = String(<CheckFindingView lang="vi" finding={rumour[0] as TextFinding} />);
    expect(one).toContain('class="verify-checklist"');
    expect(one).toContain('Kiểm tra trước khi chia sẻ');
    expect(rumour.length).toBeGreaterThanOrEqual(3);
    const list = String(<CheckFindingList lang="vi" findings={[...rumour, phone as TextFinding]} />);
    expect(list.split('class="verify-checklist"').length - 1).toBe(1);
    // Most harmful first: personal data before the rumour signs.
    expect(list.indexOf('Có số điện thoại')).toBeLessThan(list.indexOf('Giục chia sẻ gấp'));
  });

  it('escapes what was pasted', () => {
    const html = String(<CheckFindingView lang="vi" finding={{ kind: 'rumour', signal: 'noSource', matches: ['<script>alert(1)</script>'] }} checklist={false} />);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });
});
