// Words for reply kits on rebuttal stories: the editor's fields, the review page's checks,
// the share kit's "reply to the false post" block and the tipline's verdict message.

export const repliesVi = {
  // The editor's form (and the diff's field name: `ed.field.<field>`).
  'ed.field.replies': 'Câu trả lời mẫu',
  'replies.field.legend': 'Câu trả lời mẫu cho bài sai sự thật (tối đa 3)',
  'replies.field.help':
    'Lời lẽ ôn hòa, lịch sự, mỗi câu tối đa {max} ký tự, để thành viên dán dưới bài đăng sai. Liên kết của bài này được tự động thêm vào nếu câu trả lời chưa có. Bài phản bác cần 2 đến 3 câu trả lời trước khi được duyệt.',
  'replies.field.helpRebuttal':
    'Bài này là bài phản bác của một hồ sơ: cần 2 đến 3 câu trả lời trước khi được duyệt. Lời lẽ ôn hòa, lịch sự, mỗi câu tối đa {max} ký tự; liên kết của bài được tự động thêm vào nếu câu trả lời chưa có.',
  'replies.field.label': 'Câu trả lời {n}',
  'replies.error.tooLong': 'Câu trả lời {n} dài {length} ký tự: hãy rút gọn còn tối đa {max} ký tự.',
  'replies.error.count': 'Bài phản bác cần 2 đến 3 câu trả lời mẫu trước khi được duyệt (hiện có {count}).',
  'replies.error.other': 'Câu trả lời {n} chưa hợp lệ: {message}',
  'replies.tone.word': '“{word}” (nên viết: “{calmer}”)',
  'replies.tone.wordOnly': '“{word}”',
  'replies.tone.problem': 'Câu trả lời {n} có từ ngữ gay gắt, dễ gây tranh cãi: {words}. Hãy sửa lại trước khi duyệt.',
  'replies.tone.refused': 'Chưa thể duyệt: có câu trả lời mẫu dùng từ ngữ gay gắt. Người viết cần sửa lại (bản sửa sẽ được duyệt lại).',
  // The review page.
  'replies.review.heading': 'Câu trả lời mẫu',
  'replies.review.none': 'Chưa có câu trả lời mẫu.',
  'replies.review.needed': 'Bài này là bài phản bác của một hồ sơ: cần 2 đến 3 câu trả lời mẫu trước khi duyệt (hiện có {count}).',
  'replies.review.calm': 'Các câu trả lời không có từ ngữ gay gắt.',
  // The share kit.
  'replies.kit.title': 'Trả lời bài sai sự thật',
  'replies.kit.intro': 'Gặp bài đăng sai sự thật về nội dung này? Sao chép một câu trả lời dưới đây và dán vào phần bình luận. Câu trả lời đã kèm liên kết bài viết.',
  'replies.kit.label': 'Câu trả lời {n}',
  'replies.kit.copy': 'Sao chép câu trả lời {n}',
  'replies.kit.copied': 'Đã sao chép câu trả lời. Hãy dán vào bình luận dưới bài đăng sai.',
  'replies.kit.failed': 'Chưa sao chép được. Hãy chọn đoạn chữ và sao chép bằng tay.',
  'replies.kit.selectHint': 'Chạm giữ vào đoạn chữ để chọn và sao chép.',
  'replies.kit.longForX': 'Dài hơn 280 ký tự của X (Twitter): khi đăng trên X, hãy rút gọn.',
  // Tiplines.
  'replies.tipline.intro': 'Bạn có thể trả lời bài sai bằng:',
} as const;

export const repliesEn: Record<keyof typeof repliesVi, string> = {
  'ed.field.replies': 'Suggested replies',
  'replies.field.legend': 'Suggested replies to the false post (up to 3)',
  'replies.field.help':
    'Calm, courteous wording, at most {max} characters each, for members to paste under the false post. The story’s link is added when a reply does not have it. A rebuttal needs 2 to 3 replies before approval.',
  'replies.field.helpRebuttal':
    'This story is a case’s rebuttal: it needs 2 to 3 replies before approval. Calm, courteous wording, at most {max} characters each; the story’s link is added when a reply does not have it.',
  'replies.field.label': 'Reply {n}',
  'replies.error.tooLong': 'Reply {n} has {length} characters: shorten it to at most {max}.',
  'replies.error.count': 'A rebuttal needs 2 to 3 suggested replies before approval (it has {count}).',
  'replies.error.other': 'Reply {n} is not valid: {message}',
  'replies.tone.word': '“{word}” (try: “{calmer}”)',
  'replies.tone.wordOnly': '“{word}”',
  'replies.tone.problem': 'Reply {n} uses harsh, inflaming words: {words}. Reword it before approval.',
  'replies.tone.refused': 'Not approved yet: a suggested reply uses harsh words. The writer must reword it (the edit is reviewed again).',
  'replies.review.heading': 'Suggested replies',
  'replies.review.none': 'No suggested replies yet.',
  'replies.review.needed': 'This story is a case’s rebuttal: it needs 2 to 3 suggested replies before approval (it has {count}).',
  'replies.review.calm': 'No harsh words in the replies.',
  'replies.kit.title': 'Reply to the false post',
  'replies.kit.intro': 'Met a false post about this? Copy a reply below and paste it as a comment. Each reply already carries the story’s link.',
  'replies.kit.label': 'Reply {n}',
  'replies.kit.copy': 'Copy reply {n}',
  'replies.kit.copied': 'Reply copied. Paste it as a comment under the false post.',
  'replies.kit.failed': 'Could not copy. Select the text and copy it by hand.',
  'replies.kit.selectHint': 'Press and hold the text to select and copy it.',
  'replies.kit.longForX': 'Longer than X’s (Twitter’s) 280 characters: shorten it when posting on X.',
  'replies.tipline.intro': 'You can reply to the false post with:',
};
