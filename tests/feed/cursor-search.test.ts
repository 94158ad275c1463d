import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../workers/stories/cursor';
import { PROVINCES } from '../../workers/geo/reference';
import { searchPlan, searchTerms } from '../../workers/stories/search';
import { provinceIn } from '../../workers/stories/search-places';

describe('cursors', () => {
  it('round-trip as short base64url strings', () => {
    const feed = { kind: 'feed' as const, publishedAt: 1764300000000, id: 42 };
    const search = { kind: 'search' as const, tier: 7, publishedAt: 1764300000000, id: 7 };
    expect(encodeCursor(feed)).toMatch(/^[A-Za-z0-9_-]{10,60}$/);
    expect(decodeCursor(encodeCursor(feed))).toEqual(feed);
    expect(decodeCursor(encodeCursor(search))).toEqual(search);
  });

  it('reject anything that is not exactly one of ours', () => {
    const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
    for (const text of ['', '!!', 'abc', b64({ p: 1, i: 2 }), b64(['f', 1]), b64(['f', 1.5, 2]), b64(['f', -1, 2]), b64(['s', 8, 1, 2]), b64(['x', 1, 2]), b64(['f', '1', 2])]) {
      expect(decodeCursor(text), text).toBeNull();
    }
  });
});

describe('searchTerms', () => {
  it('quotes each folded word, adds a phrase, and keeps the accented words when typed', () => {
    expect(searchTerms('Đà Nẵng')).toEqual({ all: '"da" "nang"', phrase: '"da nang"', exact: '"đà" "nẵng"' });
    expect(searchTerms('guong sang')).toEqual({ all: '"guong" "sang"', phrase: '"guong sang"', exact: null });
    expect(searchTerms('HOA')).toEqual({ all: '"hoa"', phrase: null, exact: null });
  });

  it('keeps only letters and digits, so FTS5 operators and quotes are inert', () => {
    expect(searchTerms('" OR title:x* NEAR(a b)')?.all).toBe('"or" "title" "x" "near" "a" "b"');
    expect(searchTerms('?!')).toBeNull();
  });

  it('uses at most 8 words', () => {
    expect(searchTerms('a b c d e f g h i j')?.all.split(' ')).toHaveLength(8);
  });
});

describe('searchTerms keeps only the words typed with marks for the exact-accent check', () => {
  it('compares words typed without marks folded only', () => {
    expect(searchTerms('hien mau Đà Nẵng')?.exact).toBe('"đà" "nẵng"');
    expect(searchTerms('Ha Nội')?.exact).toBe('"nội"');
  });
});

describe('provinceIn: which province a search names', () => {
  const named = (q: string) => searchPlan(q)?.province?.code ?? null;

  it('knows names, nicknames and abbreviations, with or without accents', () => {
    for (const q of ['ha noi', 'Hà Nội', 'HÀ NỘI', 'hanoi', 'tp ha noi', 'thành phố Hà Nội']) expect(named(q), q).toBe('HNI');
    for (const q of ['tp hcm', 'hcm', 'TPHCM', 'sai gon', 'Sài Gòn', 'saigon', 'Hồ Chí Minh', 'TP. Hồ Chí Minh']) expect(named(q), q).toBe('HCM');
    for (const q of ['hue', 'Huế', 'thừa thiên huế', 'TT Huế']) expect(named(q), q).toBe('HUE');
    for (const q of ['Thanh Hoá', 'thanh hoa', 'Thanh Hóa']) expect(named(q), q).toBe('THA');
    for (const q of ['đắk lắk', 'dak lak', 'daklak', 'Đắc Lắc']) expect(named(q), q).toBe('DLK');
    expect(named('da nang')).toBe('DNG');
    expect(named('tỉnh Gia Lai')).toBe('GLI');
  });

  it('takes a word typed with marks at its word: huệ is not Huế, đá nặng is not Đà Nẵng', () => {
    for (const q of ['huệ', 'đá nặng', 'hà nôi', 'hoa hồng', 'guong sang']) expect(named(q), q).toBeNull();
  });

  it('finds every one of the 34 provinces by its name, accented or not', () => {
    for (const p of PROVINCES) {
      expect(named(p.name), p.name).toBe(p.code);
      expect(named(p.slug.replaceAll('-', ' ')), p.slug).toBe(p.code);
    }
  });

  it('splits off the other words, prefix included', () => {
    expect(provinceIn(['hiến', 'máu', 'tp', 'hcm'])).toEqual({ code: 'HCM', start: 2, end: 4 });
    expect(searchPlan('hiến máu tp hcm')?.province).toEqual({
      code: 'HCM',
      rest: { all: '"hien" "mau"', phrase: '"hien mau"', exact: '"hiến" "máu"' },
    });
    expect(searchPlan('Đà Nẵng')?.province).toEqual({ code: 'DNG', rest: null });
  });
});
