// Folding, shingles and MinHash/LSH of claim text (workers/claims/): the pure parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimWords } from '../../workers/claims/claim-text';
import { bandKeysOf, BANDS, estimateJaccard, signature } from '../../workers/claims/minhash';
import { jaccard, sharedWords, shingles, similarity } from '../../workers/claims/shingles';

describe('claim words', () => {
  it('folds accents, đ, case, emoji, hashtags, links and punctuation', () => {
    expect(claimWords('🔥 Uống NƯỚC chanh chữa được COVID-19!!! #chiase https://t.me/x')).toEqual(['uong', 'nuoc', 'chanh', 'chua', 'covid', '19']);
    expect(claimWords('Đường phố Đắk Lắk ngập nước')).toEqual(['duong', 'pho', 'dak', 'lak', 'ngap', 'nuoc']);
  });

  it('drops Facebook-style prefixes and calls to share, wherever they stand', () => {
    const plain = claimWords('Cầu Rồng bị nứt dầm chính');
    expect(claimWords('Nóng: Cầu Rồng bị nứt dầm chính')).toEqual(plain);
    expect(claimWords('CHIA SẺ GẤP ‼️ Cầu Rồng bị nứt dầm chính, share ngay cho mọi người')).toEqual(plain);
    expect(claimWords('Tin khẩn!!! Cảnh báo: Cầu Rồng bị nứt dầm chính')).toEqual(plain);
  });

  it('keeps opener words when they carry the claim ("nắng nóng", "khan hiếm")', () => {
    expect(claimWords('Miền Bắc nắng nóng 45 độ')).toContain('nong');
    expect(claimWords('Xăng khan hiếm khắp Hà Nội')).toContain('khan');
  });

  it('spells out teencode and keeps negation', () => {
    expect(claimWords('ko dc ăn cá sông vs ng già')).toEqual(claimWords('không được ăn cá sông với người già'));
    expect(claimWords('vắc xin không gây vô sinh')).toContain('khong');
  });
});

describe('shingles and exact scores', () => {
  it('scores a claim retyped without accents, in capitals with emoji, as the same claim', () => {
    const a = shingles('Hà Nội cấm xe máy vào nội thành từ ngày 1/7');
    expect(jaccard(a, shingles('HA NOI CAM XE MAY VAO NOI THANH TU NGAY 1/7 😱 #tinnong'))).toBe(1);
  });

  it('names the words both claims share, at most 20', () => {
    expect(sharedWords(shingles('cá chết trắng sông Hương'), shingles('sông Hương nhiễm độc, cá chết'))).toEqual(['ca', 'chet', 'song', 'huong']);
    const long = shingles(Array.from({ length: 40 }, (_, i) => `tu${i}`).join(' '));
    expect(sharedWords(long, long)).toHaveLength(20);
  });

  it('gives 0, not NaN, when a text has no content words', () => {
    expect(jaccard(shingles('Nóng!!! 🔥🔥'), shingles('cầu Rồng nứt'))).toBe(0);
    expect(similarity(shingles('Nóng!!! 🔥🔥'), shingles('cầu Rồng nứt'))).toBe(0);
    expect(bandKeysOf(shingles('#chiase 🔥'))).toEqual([]);
  });

  const words = fc.array(fc.constantFrom('cau', 'rong', 'nut', 'dam', 'song', 'huong', 'ca', 'chet', 'ha', 'noi', 'xe', 'may', 'bao', 'lu', 'phi', 'gao'), { minLength: 1, maxLength: 30 });

  it('property: identical text scores 1 and gives identical band keys', () => {
    fc.assert(
      fc.property(words, (ws) => {
        const text = ws.join(' ');
        expect(jaccard(shingles(text), shingles(text))).toBe(1);
        expect(bandKeysOf(shingles(text))).toEqual(bandKeysOf(shingles(text)));
      }),
    );
  });

  it('property: scores are symmetric and within 0..1', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const [sa, sb] = [shingles(a.join(' ')), shingles(b.join(' '))];
        expect(jaccard(sa, sb)).toBe(jaccard(sb, sa));
        expect(jaccard(sa, sb)).toBeGreaterThanOrEqual(0);
        expect(jaccard(sa, sb)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('MinHash and LSH bands', () => {
  it('estimates Jaccard within 0.15 of the exact value', () => {
    const a = new Set(Array.from({ length: 30 }, (_, i) => `w${i}`));
    const b = new Set(Array.from({ length: 30 }, (_, i) => `w${i + 10}`)); // 20 shared of 40: 0.5
    expect(Math.abs(estimateJaccard(signature(a), signature(b)) - jaccard(a, b))).toBeLessThan(0.15);
  });

  it('keys are `<band>:<8 hex>`, one per band', () => {
    const keys = bandKeysOf(shingles('cầu Rồng bị nứt dầm chính'));
    expect(keys).toHaveLength(BANDS);
    keys.forEach((k, i) => expect(k).toMatch(new RegExp(`^${i}:[0-9a-f]{8}$`)));
  });

  it('property: sets with Jaccard ≥ 0.8 share a band key (with high probability)', () => {
    // Random sets of 10–40 words, changed by at most 10% of their words: Jaccard ≥ 0.8.
    // P(no shared band) at j = 0.8 is (1 − 0.8³)^42 ≈ 1e-13: any miss is a bug, not bad luck.
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 10, maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), (ids, salt) => {
        const a = new Set(ids.map((i) => `w${i}`));
        const swap = Math.floor(ids.length / 10);
        const b = new Set([...ids.slice(swap).map((i) => `w${i}`), ...Array.from({ length: swap }, (_, i) => `x${salt}-${i}`)]);
        expect(jaccard(a, b)).toBeGreaterThanOrEqual(0.8);
        const keysA = new Set(bandKeysOf(a));
        expect(bandKeysOf(b).some((k) => keysA.has(k))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('unrelated claims rarely share a band', () => {
    const a = new Set(bandKeysOf(shingles('Cầu Rồng Đà Nẵng bị nứt dầm chính, cấm xe qua cầu vô thời hạn')));
    expect(bandKeysOf(shingles('Gạo ở Cần Thơ bị trộn nhựa, ăn vào gây ung thư')).some((k) => a.has(k))).toBe(false);
  });
});
