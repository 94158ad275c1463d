import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone } from '../../workers/users/phone';

// Every way people write the same Vietnamese number is one E.164 number; anything else is refused.
const SAME_NUMBER: [string, string][] = [
  ['0905 123 456', '+84905123456'],
  ['0905123456', '+84905123456'],
  ['+84905123456', '+84905123456'],
  ['84905123456', '+84905123456'],
  ['+84 905 123 456', '+84905123456'],
  ['0084 905 123 456', '+84905123456'],
  ['(+84) 905-123-456', '+84905123456'],
  ['0905.123.456', '+84905123456'],
  ['+84 0905 123 456', '+84905123456'],
  ['０９０５１２３４５６', '+84905123456'], // full-width digits from a Vietnamese IME
  ['0358 123 456', '+84358123456'],
  ['0842 123 456', '+84842123456'],
  ['84842123456', '+84842123456'],
  ['0703 999 000', '+84703999000'],
  ['024 3825 1234', '+842438251234'],
  ['+84 24 3825 1234', '+842438251234'],
  ['0236 3822 111', '+842363822111'],
];

const NOT_A_NUMBER = [
  '',
  '0905 123',
  '0905 123 4567',
  '0105 123 456', // no mobile range starts with 1
  '0605 123 456', // nor 6
  '+1 415 555 0100', // another country
  '+33 6 12 34 56 78',
  '905123456', // no trunk prefix or country code
  '0905 123 45a',
  '0905#123456',
  'nguyen@example.vn',
  '84 905 123',
];

describe('Vietnamese phone numbers', () => {
  it.each(SAME_NUMBER)('%s is %s', (input, e164) => {
    expect(normalisePhone(input)).toBe(e164);
  });

  it.each(NOT_A_NUMBER)('%j is not a Vietnamese number', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it('writes numbers back the Vietnamese way', () => {
    expect(formatPhone('+84905123456')).toBe('0905 123 456');
    expect(formatPhone('+842438251234')).toBe('024 3825 1234');
  });
});
