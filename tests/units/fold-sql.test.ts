/// <reference types="vite/client" />
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { foldSqlSteps, kindSql, letterFolds } from '../../scripts/lib/fold-sql';
import { unitsDataMigrationSql } from '../../scripts/lib/units-data-sql';
import { guessUnitKind } from '../../workers/units/unit-kinds';
import { unitNameKey } from '../../workers/units/unit-keys';

/** Real unit names, with every tone mark, Đ/đ, capitals, doubled and odd blanks, decomposed input. */
const NAMES = [
  'Đảng bộ phường Hải Châu',
  'Chi bộ khu phố 3',
  'Chi bộ khu phố 3, phường Bến Nghé',
  'Đoàn Thanh niên phường Hải Châu',
  'Ban Tuyên giáo Thành ủy Hà Nội',
  'Báo điện tử Lan Tỏa, văn phòng phía Nam',
  'Hội Liên hiệp Phụ nữ xã Ẳng Nưa',
  'Hội Cựu chiến binh phường Quỳnh Mai',
  'Mặt trận Tổ quốc Việt Nam huyện Mường Tè',
  'Sở Văn hóa, Thể thao và Du lịch',
  'UBND xã Ỷ La',
  'Văn phòng Tỉnh ủy Quảng Ngãi',
  'ĐẢNG BỘ PHƯỜNG HẢI CHÂU',
  'đảng   bộ  phường   hải châu',
  '  Chi\tbộ\u00a0khu phố 3  ',
  'Trường Tiểu học Nguyễn Văn Trỗi – Khối 5',
  'Chi đoàn Ấp Mỹ Hữu, xã Ỵ Yên',
  'ỳ ý ỷ ỹ ỵ Ỳ Ý Ỷ Ỹ Ỵ ừ ứ ử ữ ự Ừ Ứ Ử Ữ Ự ờ ớ ở ỡ ợ Ờ Ớ Ở Ỡ Ợ',
  'ầ ấ ẩ ẫ ậ ằ ắ ẳ ẵ ặ ề ế ể ễ ệ ồ ố ổ ỗ ộ ì í ỉ ĩ ị ù ú ủ ũ ụ',
  'Hội Phụ nữ ấp Thới Hòa'.normalize('NFD'),
  "Đội công tác xã hội O'Reilly",
];

/** Runs the fold's SQL steps in D1, each on the previous one's result, as the migration's UPDATEs do. */
async function foldInD1(text: string): Promise<string | null> {
  let value: string | null = text;
  for (const step of foldSqlSteps('?')) value = await env.DB.prepare(`SELECT ${step} AS key`).bind(value).first<string>('key');
  return value;
}

describe('the SQL fold of unit names', () => {
  it.each(NAMES)('equals unitNameKey for %j', async (name) => {
    expect(await foldInD1(name)).toBe(unitNameKey(name));
  });

  it('covers all 134 Vietnamese letters with marks and Đ/đ', () => {
    const letters = letterFolds();
    // a e i o u y with five tones, ă â ê ô ơ ư with none or five, đ; both cases.
    expect(letters).toHaveLength((6 * 5 + 6 * 6 + 1) * 2);
    expect(letters).toContainEqual(['Ặ', 'a']);
    expect(letters).toContainEqual(['đ', 'd']);
  });

  it('guesses a kind from the first words in SQL as in JS', async () => {
    for (const name of [...NAMES, 'Doanh nghiệp tư nhân', 'Đoàn', 'Bảo tàng tỉnh', 'Banh mì']) {
      const kind = await env.DB.prepare(`SELECT ${kindSql('k')} AS kind FROM (SELECT ? AS k)`).bind(await foldInD1(name)).first<string>('kind');
      expect(kind, name).toBe(guessUnitKind(name));
    }
    expect(guessUnitKind('Đoàn Thanh niên phường Hải Châu')).toBe('youth_union');
    expect(guessUnitKind('Doanh nghiệp tư nhân')).toBe('other');
    expect(guessUnitKind('Báo điện tử Lan Tỏa')).toBe('agency');
  });

  it('the committed data migration is exactly what scripts/units-data-sql.ts writes', () => {
    const files = import.meta.glob<string>('../../schema/migrations/*_units_data.sql', { query: '?raw', import: 'default', eager: true });
    const committed = Object.values(files);
    expect(committed).toHaveLength(1);
    expect(committed[0]).toBe(unitsDataMigrationSql());
  });
});
