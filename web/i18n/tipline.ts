// What the Telegram and Zalo bots say in a chat (workers/tipline/answers.ts). Plain text: chats
// show no markup, so line breaks and dashes do the layout. `{code}` is a report's short code.

export const tiplineVi = {
  'tipline.receipt':
    'Đã nhận báo cáo của bạn. Cảm ơn bạn!\nMã báo cáo: {code}\nXem tình trạng: {link}\n\nTiếp theo: biên tập viên sẽ kiểm tra nội dung này. Khi có kết luận (và bài phản bác, nếu có), tôi sẽ nhắn lại ngay trong cuộc trò chuyện này để bạn chia sẻ lại vào nơi đã thấy tin. Hỏi tình trạng bất cứ lúc nào: /trangthai {code}',
  'tipline.receiptNoCode':
    'Đã nhận báo cáo của bạn. Cảm ơn bạn!\nXem tình trạng: {link}\n\nTiếp theo: biên tập viên sẽ kiểm tra nội dung này. Khi có kết luận, tôi sẽ nhắn lại ngay trong cuộc trò chuyện này.',
  'tipline.refuse.rateLimited': 'Bạn đã gửi khá nhiều tin trong một phút. Xin vui lòng đợi một phút rồi gửi tiếp; những tin gửi trong lúc này chưa được ghi lại.',
  'tipline.refuse.needMore':
    'Tôi chưa thấy nội dung nào để báo cáo. Hãy gửi đường link tới nội dung, chuyển tiếp tin nhắn, gửi ảnh chụp màn hình, hoặc mô tả điều bạn thấy (ít nhất 20 ký tự). Gõ /start để xem hướng dẫn.',
  'tipline.refuse.privateLink': 'Chưa nhận được báo cáo: đường link trỏ tới một địa chỉ nội bộ hoặc riêng tư, không phải trang công khai. Hãy gửi link tới trang công khai nơi bạn thấy tin.',
  'tipline.refuse.badLink': 'Chưa nhận được báo cáo: đường link không hợp lệ. Chỉ nhận link http hoặc https tới trang công khai, tối đa 2.048 ký tự.',
  'tipline.refuse.photo': 'Chưa nhận được báo cáo: không tải được ảnh. Ảnh phải là JPEG, PNG hoặc WebP, tối đa 5 MB.',
  'tipline.refuse.description': 'Chưa nhận được báo cáo: nội dung có ký tự không đọc được. Hãy gửi lại bằng chữ thường.',
  'tipline.refuse.generic': 'Chưa nhận được báo cáo. Hãy kiểm tra lại và gửi lại, hoặc gõ /start để xem hướng dẫn.',
  'tipline.start.intro':
    'Xin chào! Đây là kênh báo tin sai sự thật của Lan Tỏa.\n\nGửi cho tôi (hoặc chuyển tiếp) đường link, tin nhắn hay ảnh chụp màn hình của nội dung bạn nghi là sai sự thật. Tôi sẽ gửi lại mã báo cáo. Khi biên tập viên có kết luận, tôi sẽ nhắn lại kèm bài phản bác để bạn chia sẻ vào nhóm nơi tin lan ra.\n\nLệnh:\n/trangthai <mã> – xem tình trạng một báo cáo\n/tinmoi – 5 câu chuyện mới nhất để chia sẻ\n/start – hướng dẫn này',
  'tipline.status.usage': 'Gõ /trangthai kèm mã báo cáo, ví dụ: /trangthai LT-7K3M-9QXA',
  'tipline.status.invalid': '“{typed}” không phải là mã báo cáo. Mã báo cáo có dạng LT-7K3M-9QXA.',
  'tipline.status.notFound': 'Không tìm thấy báo cáo nào có mã {code}. Hãy kiểm tra lại mã.',
  'tipline.status.found': 'Báo cáo {code}: {status}.',
  'tipline.status.pending': 'Biên tập viên chưa có kết luận; tôi sẽ nhắn lại khi có.',
  'tipline.status.summary': 'Kết luận: {summary}',
  'tipline.status.rebuttal': 'Bài phản bác: {title}\n{link}',
  'tipline.latest.title': 'Những câu chuyện mới nhất để chia sẻ:',
  'tipline.latest.empty': 'Chưa có câu chuyện nào được đăng.',
} as const;

export const tiplineEn: Record<keyof typeof tiplineVi, string> = {
  'tipline.receipt':
    'We have your report. Thank you!\nReport code: {code}\nSee its status: {link}\n\nWhat happens next: an editor will check this content. When there is a verdict (and a rebuttal, if one is written), I will tell you right here in this chat, so you can share it where you saw the rumour. Ask for the status at any time: /status {code}',
  'tipline.receiptNoCode':
    'We have your report. Thank you!\nSee its status: {link}\n\nWhat happens next: an editor will check this content. When there is a verdict, I will tell you right here in this chat.',
  'tipline.refuse.rateLimited': 'You have sent quite a few messages in a minute. Please wait a minute before sending more; messages sent meanwhile were not recorded.',
  'tipline.refuse.needMore':
    'I found nothing to report yet. Send a link to the content, forward the message, send a screenshot, or describe what you saw (at least 20 characters). Type /start for help.',
  'tipline.refuse.privateLink': 'Not reported: the link points to a private or internal address, not a public page. Send the link to the public page where you saw it.',
  'tipline.refuse.badLink': 'Not reported: the link is not valid. Only http or https links to public pages, at most 2,048 characters.',
  'tipline.refuse.photo': 'Not reported: the photo could not be fetched. It must be a JPEG, PNG or WebP image of at most 5 MB.',
  'tipline.refuse.description': 'Not reported: the text has characters that cannot be read. Please send it again as plain text.',
  'tipline.refuse.generic': 'Not reported. Please check it and send it again, or type /start for help.',
  'tipline.start.intro':
    'Hello! This is the Lan Tỏa misinformation tipline.\n\nSend me (or forward) a link, a message or a screenshot of something you think is false. I will send you a report code. When an editor reaches a verdict, I will tell you here, with a rebuttal to share in the group where the rumour spread.\n\nCommands:\n/status <code> – the status of a report\n/latest – the 5 newest stories to share\n/start – this help',
  'tipline.status.usage': 'Type /status and the report code, for example: /status LT-7K3M-9QXA',
  'tipline.status.invalid': '“{typed}” is not a report code. Report codes look like LT-7K3M-9QXA.',
  'tipline.status.notFound': 'No report has the code {code}. Please check the code.',
  'tipline.status.found': 'Report {code}: {status}.',
  'tipline.status.pending': 'No verdict yet; I will tell you when there is one.',
  'tipline.status.summary': 'Verdict: {summary}',
  'tipline.status.rebuttal': 'Rebuttal: {title}\n{link}',
  'tipline.latest.title': 'The newest stories to share:',
  'tipline.latest.empty': 'No stories have been published yet.',
};
