// Hostile values for the property suite: what a careless client, a paste from a
// phone or an attacker sends. Each generator favours the edges (empty, huge, control
// characters, broken encodings) over the ordinary, which the other suites cover.
import fc from 'fast-check';

/** Strings no well-behaved form would send. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\u007f',
  '\t\r\n',
  '\r\nSet-Cookie: x=1',
  '\ud800',
  'x\udfffy',
  '\ufeff',
  '\u202etxt.exe',
  '%',
  '%%',
  '%25',
  '_%_',
  "' OR 1=1 --",
  '"; DROP TABLE stories; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '//evil.example',
  '/\\evil.example',
  'javascript:alert(1)',
  'Đà Nẵng',
  'Gương sáng Đà Nẵng: người thợ điện Phạm Văn Đức hiến máu cứu người',
  'https://m.facebook.com/story.php?story_fbid=1&id=2&__cft__[0]=' + 'AZ'.repeat(120),
  '0',
  '-1',
  '1.5',
  '1e309',
  '99999999999999999999999999',
  'NaN',
  'true',
  'null',
  '[]',
  '{}',
  '2026-02-30',
  '9999-99-99',
  'HNI',
  'story:',
  'a'.repeat(49),
  'ữ'.repeat(300),
  'x'.repeat(5_000),
];

/** Percent-encodings that do not decode as UTF-8 (or at all), sent raw in the URL. */
export const BROKEN_ENCODINGS = ['%FF', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%', '%zz', '%00', '%0A', '%F4%90%80%80', '%C3', 'a%ZZb', '%25%FF'];

/** Plausible values, so that some requests get past the first check into the handler. */
export const PLAUSIBLE_STRINGS = ['1', '2', 'HNI', 'DNG', 'role_model', 'facebook', 'draft', 'published', 'editor', 'member', '2026-03-01', '2026-12-31', 'csv', 'daily', 'vi', 'en'];

/** Long text of every kind: D1's LIKE limit (50 bytes), column sizes, header sizes. */
const LONG_STRINGS = ['a'.repeat(49), 'Đ'.repeat(26), `${'ẫ'.repeat(60)}\u0000`, '%_'.repeat(40), `/${'x'.repeat(600)}`, `https://example.com/${'p/'.repeat(1_100)}`];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...LONG_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u0008', '\u001f', '\u007f', '\u0085', '\u2028', 'a', 'đ', ' '), maxLength: 60 }) },
);

/** Any string-ish value a query string or form field can carry. */
export const hostileText: fc.Arbitrary<string> = text;

/** Stands for numbers JSON.stringify cannot write (1e400 parses as Infinity); replaced in the body text. */
export const HUGE = '\u0000HUGE\u0000';
export const NEG_HUGE = '\u0000-HUGE\u0000';

/** `depth` arrays inside each other: deep JSON. */
export const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const DEEP = '\u0000DEEP\u0000';

/** Values of the wrong type (or the right type at its limits) for any JSON member. */
export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  -0,
  0.5,
  2 ** 53 + 1,
  -(2 ** 63),
  1e308,
  HUGE,
  NEG_HUGE,
  DEEP,
  [],
  {},
  [null],
  { constructor: { prototype: { polluted: true } } },
  ['a', 1, null, {}],
);

/** Turn a generated body into JSON text, writing the stand-ins as the raw JSON they stand for. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll(JSON.stringify(HUGE), '1e400')
    .replaceAll(JSON.stringify(NEG_HUGE), '-1e400')
    .replaceAll(JSON.stringify(DEEP), deepArray(3_000));
}

/** Raw request bodies that are not what their content type says. */
export const brokenBodies = fc.constantFrom(
  '',
  '{',
  '{"a":',
  'null',
  '"just a string"',
  '[1,2,3]',
  '\u0000\u0001\u0002',
  '\ufeff{}',
  deepArray(10_000),
  `{"title":${'['.repeat(5_000)}`,
  '{"a":1e400}',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}',
  'a=%FF&b=%E0%A4%A&c=%',
  '--boundary\r\nContent-Disposition: form-data; name="x"\r\n\r\nx\r\n--boundary--',
);

/**
 * Percent-encode for a URL, or, for text that cannot be encoded (lone surrogates),
 * the bytes a broken client would send.
 */
export function encodeComponent(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...new TextEncoder().encode(value)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
}

/** A query-string or path value: encoded hostile text, or a raw broken encoding. */
export const urlValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: text.map(encodeComponent) },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ENCODINGS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...BROKEN_ENCODINGS), text.map(encodeComponent)).map(([a, b]) => `${b}${a}`) },
);
