// Seed part: the names of the demo stories' tags (stories store slugs; readers see these).
import type { SeedPart } from './index';
import { insertOrIgnore } from './sql';

/** Every tag slug the demo stories use, with the name a writer would have typed. */
export const demoTagNames: Record<string, string> = {
  'an-ninh-mang': 'An ninh mạng',
  'an-sinh': 'An sinh',
  'an-toan-dien': 'An toàn điện',
  'an-toan-giao-thong': 'An toàn giao thông',
  'ban-nhap': 'Bản nháp',
  'bao-ve-rung': 'Bảo vệ rừng',
  'bien-dao': 'Biển đảo',
  'chuyen-doi-so': 'Chuyển đổi số',
  'cong-dong': 'Cộng đồng',
  'cong-nhan': 'Công nhân',
  'cuu-chien-binh': 'Cựu chiến binh',
  'dien-luc': 'Điện lực',
  'do-thi': 'Đô thị',
  'doi-moi-sang-tao': 'Đổi mới sáng tạo',
  'dong-bao-dan-toc': 'Đồng bào dân tộc',
  'du-lich-cong-dong': 'Du lịch cộng đồng',
  'gia-dinh': 'Gia đình',
  'giao-duc': 'Giáo dục',
  'giao-thong': 'Giao thông',
  'hien-mau': 'Hiến máu',
  'hoc-sinh': 'Học sinh',
  'hop-tac-xa': 'Hợp tác xã',
  'lang-nghe': 'Làng nghề',
  'moi-truong': 'Môi trường',
  'ngu-dan': 'Ngư dân',
  'nguoi-cao-tuoi': 'Người cao tuổi',
  'nguoi-khuyet-tat': 'Người khuyết tật',
  'nong-nghiep-sach': 'Nông nghiệp sạch',
  'nong-thon-moi': 'Nông thôn mới',
  'phan-bac-tin-gia': 'Phản bác tin giả',
  'phan-loai-rac': 'Phân loại rác',
  'phong-chong-duoi-nuoc': 'Phòng chống đuối nước',
  'phong-chong-thien-tai': 'Phòng chống thiên tai',
  'phu-nu': 'Phụ nữ',
  'thanh-nien': 'Thanh niên',
  'tinh-nguyen': 'Tình nguyện',
  'tre-em': 'Trẻ em',
  'trung-thuc': 'Trung thực',
  'truyen-thong-co-so': 'Truyền thông cơ sở',
  'van-hoa': 'Văn hóa',
  'van-hoa-doc': 'Văn hóa đọc',
  'vung-cao': 'Vùng cao',
  'xuat-khau': 'Xuất khẩu',
  'y-te': 'Y tế',
};

/** A fixed time, so seeding twice writes the same rows. */
const SEEDED_AT = Date.parse('2026-11-01T08:00:00+07:00');

export const tagNamesSeed: SeedPart = {
  name: 'tag-names',
  // INSERT OR IGNORE like every seed part: a name already there (even a guessed one) stays.
  statements: () =>
    insertOrIgnore(
      'tag_names',
      Object.entries(demoTagNames).map(([slug, name]) => ({ slug, name, guessed: 0, created_at: SEEDED_AT })),
    ),
};
