import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../workers/stories/cursor';
import { searchTerms } from '../../workers/stories/search';

describe('cursors', () => {
  it('round-trip as short base64url strings', () => {
    const feed = { kind: 'feed' as const, publishedAt: 1764300000000, id: 42 };
    const search = { kind: 'search' as const, tier: 3, publishedAt: 1764300000000, id: 7 };
    expect(encodeCursor(feed)).toMatch(/^[A-Za-z0-9_-]{10,60}$/);
    expect(decodeCursor(encodeCursor(feed))).toEqual(feed);
    expect(decodeCursor(encodeCursor(search))).toEqual(search);
  });

  it('reject anything that is not exactly one of ours', () => {
    const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
    for (const text of ['', '!!', 'abc', b64({ p: 1, i: 2 }), b64(['f', 1]), b64(['f', 1.5, 2]), b64(['f', -1, 2]), b64(['s', 9, 1, 2]), b64(['x', 1, 2]), b64(['f', '1', 2])]) {
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
