// Which column of an import file holds what. Headers are matched folded (no accents, lower case),
// in Vietnamese or English, so "Họ và tên", "HO VA TEN" and "name" are one column.
import { unitNameKey } from '../units/unit-keys';

export const importColumns = ['name', 'email', 'phone', 'province', 'unit', 'role'] as const;
export type ImportColumn = (typeof importColumns)[number];

const HEADER_NAMES: Record<ImportColumn, readonly string[]> = {
  name: ['ho va ten', 'ho ten', 'ten', 'name', 'full name'],
  email: ['email', 'e-mail', 'thu dien tu', 'dia chi email'],
  phone: ['so dien thoai', 'dien thoai', 'sdt', 'so dt', 'phone', 'phone number', 'mobile'],
  province: ['tinh/thanh', 'tinh/thanh pho', 'tinh / thanh', 'tinh thanh', 'tinh', 'tinh, thanh pho', 'province', 'province/city'],
  unit: ['don vi', 'unit'],
  role: ['vai tro', 'role'],
};

/** The header the template and the links CSV use (Vietnamese, as an office would type it). */
export const TEMPLATE_HEADER = ['Họ và tên', 'Email', 'Số điện thoại', 'Tỉnh/Thành', 'Đơn vị', 'Vai trò'] as const;

export type ColumnMap = Partial<Record<ImportColumn, number>>;

/** Column positions by what they hold; unknown headers are ignored. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((cell, index) => {
    const key = unitNameKey(cell).replace(/\s*\/\s*/g, '/');
    const found = importColumns.find((column) => HEADER_NAMES[column].some((name) => name.replace(/\s*\/\s*/g, '/') === key));
    if (found && map[found] === undefined) map[found] = index;
  });
  return map;
}
