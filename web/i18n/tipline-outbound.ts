// What the tipline bots send a chat after its report: the verdict, and the rebuttal card to post back.
// The verdict's words come from the receipt page (`report.receipt.heading.verdict`, the glossary).
export const tiplineOutVi = {
  'tipline.out.verdict.intro': 'Tin bạn gửi cho Lan Tỏa đã được biên tập viên kiểm chứng.',
  'tipline.out.verdict.lookup': 'Xem chi tiết: mở {url} và nhập mã tra cứu bạn đã nhận.',
  'tipline.out.verdict.rebuttal': 'Đọc bài phản bác: {url}',
  'tipline.out.rebuttal.intro': 'Lan Tỏa đã đăng bài phản bác tin bạn báo. Hãy đăng ảnh này kèm lời dưới đây ở nơi bạn đã thấy tin đồn:',
} as const;

export const tiplineOutEn: Record<keyof typeof tiplineOutVi, string> = {
  'tipline.out.verdict.intro': 'The editors of Lan Tỏa have checked what you sent.',
  'tipline.out.verdict.lookup': 'Details: open {url} and type the lookup code you were given.',
  'tipline.out.verdict.rebuttal': 'Read the rebuttal: {url}',
  'tipline.out.rebuttal.intro': 'Lan Tỏa has published a rebuttal of what you reported. Post this picture with the words below where you saw the rumour:',
};
