// The reference data of migration 0001 as constants, in the same order
// (sort_order). Validation and the feed use these instead of a D1 round trip;
// tests/feed/geo.happy.test.ts proves they match the table row for row.

export type Province = { code: string; name: string; slug: string; kind: 'city' | 'province' };
export type Category = { code: string; nameVi: string; nameEn: string; color: string };

/** The 34 provincial-level units in force since 1 July 2025. */
export const PROVINCES = [
  { code: 'HNI', name: 'Hà Nội', slug: 'ha-noi', kind: 'city' },
  { code: 'HUE', name: 'Huế', slug: 'hue', kind: 'city' },
  { code: 'HPG', name: 'Hải Phòng', slug: 'hai-phong', kind: 'city' },
  { code: 'DNG', name: 'Đà Nẵng', slug: 'da-nang', kind: 'city' },
  { code: 'HCM', name: 'TP. Hồ Chí Minh', slug: 'tp-ho-chi-minh', kind: 'city' },
  { code: 'CTO', name: 'Cần Thơ', slug: 'can-tho', kind: 'city' },
  { code: 'CBG', name: 'Cao Bằng', slug: 'cao-bang', kind: 'province' },
  { code: 'DBN', name: 'Điện Biên', slug: 'dien-bien', kind: 'province' },
  { code: 'LCU', name: 'Lai Châu', slug: 'lai-chau', kind: 'province' },
  { code: 'LSN', name: 'Lạng Sơn', slug: 'lang-son', kind: 'province' },
  { code: 'QNH', name: 'Quảng Ninh', slug: 'quang-ninh', kind: 'province' },
  { code: 'SLA', name: 'Sơn La', slug: 'son-la', kind: 'province' },
  { code: 'THA', name: 'Thanh Hóa', slug: 'thanh-hoa', kind: 'province' },
  { code: 'NAN', name: 'Nghệ An', slug: 'nghe-an', kind: 'province' },
  { code: 'HTH', name: 'Hà Tĩnh', slug: 'ha-tinh', kind: 'province' },
  { code: 'TQG', name: 'Tuyên Quang', slug: 'tuyen-quang', kind: 'province' },
  { code: 'LCI', name: 'Lào Cai', slug: 'lao-cai', kind: 'province' },
  { code: 'TNN', name: 'Thái Nguyên', slug: 'thai-nguyen', kind: 'province' },
  { code: 'PTO', name: 'Phú Thọ', slug: 'phu-tho', kind: 'province' },
  { code: 'BNH', name: 'Bắc Ninh', slug: 'bac-ninh', kind: 'province' },
  { code: 'HYN', name: 'Hưng Yên', slug: 'hung-yen', kind: 'province' },
  { code: 'NBH', name: 'Ninh Bình', slug: 'ninh-binh', kind: 'province' },
  { code: 'QTI', name: 'Quảng Trị', slug: 'quang-tri', kind: 'province' },
  { code: 'QNI', name: 'Quảng Ngãi', slug: 'quang-ngai', kind: 'province' },
  { code: 'GLI', name: 'Gia Lai', slug: 'gia-lai', kind: 'province' },
  { code: 'KHA', name: 'Khánh Hòa', slug: 'khanh-hoa', kind: 'province' },
  { code: 'LDG', name: 'Lâm Đồng', slug: 'lam-dong', kind: 'province' },
  { code: 'DLK', name: 'Đắk Lắk', slug: 'dak-lak', kind: 'province' },
  { code: 'DNI', name: 'Đồng Nai', slug: 'dong-nai', kind: 'province' },
  { code: 'TNH', name: 'Tây Ninh', slug: 'tay-ninh', kind: 'province' },
  { code: 'VLG', name: 'Vĩnh Long', slug: 'vinh-long', kind: 'province' },
  { code: 'DTP', name: 'Đồng Tháp', slug: 'dong-thap', kind: 'province' },
  { code: 'CMU', name: 'Cà Mau', slug: 'ca-mau', kind: 'province' },
  { code: 'AGG', name: 'An Giang', slug: 'an-giang', kind: 'province' },
] as const satisfies readonly Province[];

export const CATEGORIES = [
  { code: 'role_model', nameVi: 'Gương người tốt việc tốt', nameEn: 'Role models', color: '#B45309' },
  { code: 'advanced_example', nameVi: 'Điển hình tiên tiến', nameEn: 'Advanced examples', color: '#1D4ED8' },
  { code: 'local_achievement', nameVi: 'Thành tựu địa phương', nameEn: 'Local achievements', color: '#047857' },
  { code: 'humane_story', nameVi: 'Câu chuyện nhân văn', nameEn: 'Humane stories', color: '#BE185D' },
  { code: 'rebuttal', nameVi: 'Thông tin phản bác', nameEn: 'Rebuttals', color: '#B91C1C' },
] as const satisfies readonly Category[];

export type ProvinceCode = (typeof PROVINCES)[number]['code'];
export type CategoryCode = (typeof CATEGORIES)[number]['code'];

export const provinceCodes = PROVINCES.map((p) => p.code) as ProvinceCode[];
export const categoryCodes = CATEGORIES.map((c) => c.code) as CategoryCode[];

const provinceByCode = new Map<string, Province>(PROVINCES.map((p) => [p.code, p]));
const categoryByCode = new Map<string, Category>(CATEGORIES.map((c) => [c.code, c]));

/** Province for a stored code; an unknown code (impossible through the FK) falls back to the code itself. */
export function provinceOf(code: string): { code: string; name: string } {
  const found = provinceByCode.get(code);
  return { code, name: found?.name ?? code };
}

export function categoryOf(code: string): Category {
  return categoryByCode.get(code) ?? { code, nameVi: code, nameEn: code, color: '#57534E' };
}

/** Category name in the reader's language. */
export function categoryName(code: string, lang: 'vi' | 'en'): string {
  const c = categoryOf(code);
  return lang === 'en' ? c.nameEn : c.nameVi;
}
