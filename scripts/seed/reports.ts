// Demo cases and reports for the triage desk. Fixed ids and receipts, so seeding
// twice changes nothing; the demo receipts are public, which is fine for demo data
// (open /report/<receipt> with one of DEMO_RECEIPTS to see a receipt page).
import { insertOrIgnore, type SqlValue } from './sql';

const day = (d: number, h = 9) => Date.UTC(2026, 10, d, h - 7);

/** 43-character receipts, like real ones. */
export const DEMO_RECEIPTS = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `demo-receipt-${String(n).padStart(30, '0')}`);

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const demoCases: Record<string, SqlValue>[] = [
  {
    id: 1, canonical_url: 'https://facebook.com/100064000000001/posts/900000000000001', platform: 'facebook', category: 'false_news',
    province_code: 'HNI', status: 'reviewing', claim: 'Nước máy Hà Nội nhiễm độc, không được dùng trong 3 ngày', verdict_summary: null,
    report_count: 4, first_seen_at: day(20), last_seen_at: day(22, 14), verdict_at: null, created_at: day(20), updated_at: day(22, 14),
  },
  {
    id: 2, canonical_url: 'https://tiktok.com/video/7400000000000000002', platform: 'tiktok', category: 'scam',
    province_code: 'HCM', status: 'new', claim: null, verdict_summary: null,
    report_count: 2, first_seen_at: day(24), last_seen_at: day(25, 11), verdict_at: null, created_at: day(24), updated_at: day(25, 11),
  },
  {
    id: 3, canonical_url: 'https://youtube.com/watch?v=DemoVideo03', platform: 'youtube', category: 'distortion',
    province_code: 'DNG', status: 'misleading', claim: 'Cầu Rồng bị nứt, sắp sập',
    verdict_summary: 'Video dùng hình ảnh cũ năm 2019 của một công trình khác; Sở GTVT Đà Nẵng xác nhận cầu an toàn.',
    report_count: 1, first_seen_at: day(18), last_seen_at: day(18), verdict_at: day(19), created_at: day(18), updated_at: day(19),
  },
  // One rumour told twice in other words, from two different posts: the desk shows them as
  // "Có thể cùng nội dung" (claim_matches row 1 below), so a new editor sees the feature.
  {
    id: 4, canonical_url: 'https://facebook.com/100064000000004/posts/900000000000004', platform: 'facebook', category: 'false_news',
    province_code: 'HCM', status: 'new', claim: null, verdict_summary: null,
    report_count: 1, first_seen_at: day(26), last_seen_at: day(26), verdict_at: null, created_at: day(26), updated_at: day(26),
  },
  {
    id: 5, canonical_url: 'https://zalo.me/g/demo-chia-se-gap', platform: 'zalo', category: 'false_news',
    province_code: 'HCM', status: 'new', claim: null, verdict_summary: null,
    report_count: 1, first_seen_at: day(27, 10), last_seen_at: day(27, 10), verdict_at: null, created_at: day(27, 10), updated_at: day(27, 10),
  },
];

const demoReports: Omit<Record<string, SqlValue>, 'receipt_hash'>[] = [
  { id: 1, case_id: 1, url: 'https://www.facebook.com/100064000000001/posts/900000000000001?mibextid=abc', platform: 'facebook', category: 'false_news', description: 'Bài đăng kêu gọi tích trữ nước, không có nguồn chính thức.', province_code: 'HNI', contact: 'demo.nguoidan1@example.vn', created_at: day(20) },
  { id: 2, case_id: 1, url: 'https://m.facebook.com/story.php?story_fbid=900000000000001&id=100064000000001', platform: 'facebook', category: 'false_news', description: 'Nhiều nhóm chia sẻ lại.', province_code: 'HNI', contact: null, created_at: day(21) },
  { id: 3, case_id: 1, url: 'https://facebook.com/100064000000001/posts/900000000000001/', platform: 'facebook', category: 'incitement', description: '', province_code: null, contact: null, created_at: day(22) },
  { id: 4, case_id: 1, url: 'https://www.facebook.com/100064000000001/posts/900000000000001?fbclid=IwAR0demo', platform: 'facebook', category: 'false_news', description: 'Người thân tôi đã hoảng sợ.', province_code: 'HNI', contact: '0900 000 004', created_at: day(22, 14) },
  { id: 5, case_id: 2, url: 'https://www.tiktok.com/@khuyenmai.demo/video/7400000000000000002?is_from_webapp=1', platform: 'tiktok', category: 'scam', description: 'Giả danh ngân hàng, xin mã OTP.', province_code: 'HCM', contact: null, created_at: day(24) },
  { id: 6, case_id: 2, url: 'https://vm.tiktok.com/ZSdemo06/', platform: 'tiktok', category: 'scam', description: '', province_code: 'HCM', contact: null, created_at: day(25, 11) },
  { id: 7, case_id: 3, url: 'https://youtu.be/DemoVideo03?si=demo', platform: 'youtube', category: 'distortion', description: 'Video nói cầu sắp sập.', province_code: 'DNG', contact: null, created_at: day(18) },
  { id: 8, case_id: 4, url: 'https://www.facebook.com/100064000000004/posts/900000000000004', platform: 'facebook', category: 'false_news', description: 'Nóng: Uống nước chanh nóng mỗi sáng chữa khỏi COVID trong 3 ngày, bác sĩ không muốn bạn biết!', province_code: 'HCM', contact: null, created_at: day(26) },
  { id: 9, case_id: 5, url: 'https://zalo.me/g/demo-chia-se-gap', platform: 'zalo', category: 'false_news', description: 'CHIA SẺ GẤP 🔥 chỉ cần uống nước chanh nóng là khỏi covid sau 3 ngày #suckhoe', province_code: 'HCM', contact: null, created_at: day(27, 10) },
];

export async function reportsSeedStatements(): Promise<string[]> {
  const reports = await Promise.all(
    demoReports.map(async (r, i) => ({ ...r, receipt_hash: await sha256Hex(DEMO_RECEIPTS[i] ?? ''), screenshot_key: null, ip_hash: null })),
  );
  const matches = [
    { id: 1, case_id: 5, candidate_id: 4, method: 'lexical', score: 0.58, matched_words: JSON.stringify(['uong', 'nuoc', 'chanh', 'nong', 'khoi', 'covid', '3', 'ngay']), status: 'open', created_at: day(27, 10) },
  ];
  return [...insertOrIgnore('cases', demoCases), ...insertOrIgnore('reports', reports), ...insertOrIgnore('claim_matches', matches)];
}
