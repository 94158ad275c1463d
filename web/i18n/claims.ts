// Words for an automatic claim match (workers/claims/): the receipt page and the tipline
// receipt say that an already-debunked claim was recognised, and that an editor still looks.

export const claimsVi = {
  'claims.auto.title': 'Kết luận tự động',
  'claims.auto.heading': 'Tin này đã được kiểm chứng',
  'claims.auto.lead': 'Nội dung bạn báo giống một tin đã được biên tập viên kiểm chứng. Đây là kết luận đã có:',
  'claims.auto.verdict': 'Kết luận',
  'claims.auto.rebuttal': 'Bài phản bác',
  'claims.auto.share': 'Chia sẻ bài phản bác',
  'claims.auto.review': 'Kết quả này được đối chiếu tự động. Biên tập viên vẫn sẽ xem xét báo cáo của bạn và báo lại nếu khác.',
  'claims.auto.tipline':
    'Kết luận tự động: nội dung này giống một tin đã được kiểm chứng — {verdict}.{summary}\nBài phản bác: {title}\n{link}\nChia sẻ: {share}\nBiên tập viên vẫn sẽ xem xét báo cáo của bạn.',
} as const;

export const claimsEn: Record<keyof typeof claimsVi, string> = {
  'claims.auto.title': 'Automatic match',
  'claims.auto.heading': 'This has already been checked',
  'claims.auto.lead': 'What you reported matches a claim our editors have already checked. Here is their verdict:',
  'claims.auto.verdict': 'Verdict',
  'claims.auto.rebuttal': 'Rebuttal',
  'claims.auto.share': 'Share the rebuttal',
  'claims.auto.review': 'This was matched automatically. An editor will still review your report and tell you if the outcome differs.',
  'claims.auto.tipline':
    'Automatic match: this matches a claim already checked — {verdict}.{summary}\nRebuttal: {title}\n{link}\nShare: {share}\nAn editor will still review your report.',
};
