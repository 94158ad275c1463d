import { describe, expect, it } from 'vitest';
import { caseContentKind, claimImageKey, claimTextKey, foldClaimText, isClaimText, reportContentKind, shownUrl } from '../../workers/reports/claim-key';
import { sha256Hex, toHex } from '../../workers/core/crypto';

const RUMOUR = 'Uống nước chanh nóng mỗi sáng chữa khỏi COVID-19, Bộ Y tế đã xác nhận!';

describe('foldClaimText', () => {
  it('folds case, Vietnamese accents and đ, and drops links, hashtags, emoji and punctuation', () => {
    expect(foldClaimText('🔥🔥 ĐỪNG uống   NƯỚC đá!!! #chiase #CanhBao https://t.me/kenh/12 www.example.com/x')).toBe('dung uong nuoc da');
  });

  it('keeps digits and letters of other scripts, so different claims stay different', () => {
    expect(foldClaimText('Giá xăng tăng 20% từ 1/12')).toBe('gia xang tang 20 tu 1 12');
    expect(foldClaimText('Тест 测试')).toBe('тест 测试');
  });
});

describe('claimTextKey', () => {
  it('gives the same key to the same message forwarded with or without accents, in another case, with emoji and extra spaces', async () => {
    const key = await claimTextKey(RUMOUR);
    expect(key).toMatch(/^claim:text:[0-9a-f]{64}$/);
    const variants = [
      'uong nuoc chanh nong moi sang chua khoi covid 19 bo y te da xac nhan',
      'UỐNG NƯỚC CHANH NÓNG mỗi sáng chữa khỏi Covid-19, Bộ Y tế đã xác nhận',
      '‼️ Uống nước chanh nóng   mỗi sáng\nchữa khỏi COVID-19 😱😱 Bộ Y tế đã xác nhận!!! #chiase',
      // NFD input (as some keyboards and copy-paste produce) folds the same as NFC.
      RUMOUR.normalize('NFD'),
      `${RUMOUR} https://zalo.me/g/abc123`,
    ];
    for (const text of variants) expect(await claimTextKey(text), text).toBe(key);
    expect(key).toBe(`claim:text:${await sha256Hex('uong nuoc chanh nong moi sang chua khoi covid 19 bo y te da xac nhan')}`);
  });

  it('gives different keys to different messages', async () => {
    const keys = new Set(
      await Promise.all([
        claimTextKey(RUMOUR),
        claimTextKey('Uống nước chanh nóng mỗi tối chữa khỏi COVID-19, Bộ Y tế đã xác nhận!'),
        claimTextKey('Giá xăng tăng 20% từ ngày 1/12, hãy đổ đầy bình ngay hôm nay'),
        claimTextKey('Giá xăng tăng 30% từ ngày 1/12, hãy đổ đầy bình ngay hôm nay'),
      ]),
    );
    expect(keys.size).toBe(4);
  });
});

describe('claimImageKey', () => {
  it('is the SHA-256 of the image bytes, so the same screenshot is one case and another is not', async () => {
    const a = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const b = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 4]);
    expect(await claimImageKey(a)).toBe(`claim:image:${toHex(await crypto.subtle.digest('SHA-256', a))}`);
    expect(await claimImageKey(a.slice())).toBe(await claimImageKey(a));
    expect(await claimImageKey(b)).not.toBe(await claimImageKey(a));
  });
});

describe('what counts as the claim’s text, and what a case or report is about', () => {
  it('needs at least 20 characters that are more than links and emoji', () => {
    expect(isClaimText('Tin này sai sự thật!')).toBe(true); // exactly 20
    expect(isClaimText('Tin này sai sự thật')).toBe(false); // 19
    expect(isClaimText('   ngắn quá   ')).toBe(false);
    expect(isClaimText('😱'.repeat(25))).toBe(false);
    expect(isClaimText('https://example.com/a/very/long/path')).toBe(false);
    expect(isClaimText(undefined)).toBe(false);
  });

  it('reads the kind from the key, and never hands a key out as a URL', () => {
    expect(caseContentKind('https://facebook.com/1/posts/2')).toBe('link');
    expect(caseContentKind('claim:text:ab')).toBe('text');
    expect(caseContentKind('claim:image:cd')).toBe('image');
    expect(shownUrl('https://facebook.com/1/posts/2')).toBe('https://facebook.com/1/posts/2');
    expect(shownUrl('claim:text:ab')).toBeNull();
    expect(shownUrl('')).toBeNull();
    expect(reportContentKind({ url: 'https://a.vn/x', description: '' })).toBe('link');
    expect(reportContentKind({ url: '', description: RUMOUR })).toBe('text');
    expect(reportContentKind({ url: '', description: 'ảnh này' })).toBe('image');
  });
});
