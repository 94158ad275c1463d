// A unit's kind guessed from the first words of its name: used when free-text units become
// unit rows (the data migration, through scripts/lib/fold-sql.ts) and by anyone creating units
// from a name alone (imports). Matched on the folded name, whole words only ("Đoàn" is youth_union,
// "Doanh nghiệp" is not).
import type { UnitKind } from '../../schema';
import { unitNameKey } from './unit-keys';

/** Folded first words → kind, longest first where one starts another. */
export const KIND_BY_FIRST_WORDS: readonly (readonly [string, UnitKind])[] = [
  ['dang bo', 'party_committee'],
  ['chi bo', 'party_cell'],
  ['doan thanh nien', 'youth_union'],
  ['doan', 'youth_union'],
  ['hoi lien hiep phu nu', 'women_union'],
  ['hoi phu nu', 'women_union'],
  ['hoi cuu chien binh', 'veterans'],
  ['mat tran', 'front'],
  ['ban', 'agency'],
  ['bao', 'agency'],
  ['so', 'agency'],
  ['van phong', 'agency'],
  ['ubnd', 'agency'],
];

/**
 * @example
 * guessUnitKind('Chi bộ khu phố 3') // 'party_cell'
 * guessUnitKind('Công ty Điện lực') // 'other'
 */
export function guessUnitKind(name: string): UnitKind {
  const key = `${unitNameKey(name)} `;
  return KIND_BY_FIRST_WORDS.find(([words]) => key.startsWith(`${words} `))?.[1] ?? 'other';
}
