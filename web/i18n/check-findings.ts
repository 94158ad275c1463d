// Words for check-engine: per signal of "check before posting" a title, why it matters and what
// to do (web/components/check-finding.tsx); the tone settings page of the desk.

export const checkFindingsVi = {
  'check-findings.kind.internalDocument': 'Giống tài liệu nội bộ',
  'check-findings.kind.personalData': 'Lộ thông tin cá nhân',
  'check-findings.kind.rumour': 'Dấu hiệu tin đồn',
  'check-findings.kind.tone': 'Lời lẽ gay gắt',
  'check-findings.seen': 'Đã thấy trong bài:',
  'check-findings.seenMasked': 'Đã thấy trong bài (đã che bớt số):',
  'check-findings.advice': 'Nên làm:',
  'check-findings.calmer': 'Thay bằng:',
  'check-findings.calmerPair': '“{word}” → “{calmer}”',

  'check-findings.secretMarker.title': 'Có dấu mức độ mật (MẬT, TỐI MẬT, TUYỆT MẬT)',
  'check-findings.secretMarker.why':
    'Văn bản mang dấu mật là bí mật nhà nước. Đăng hay chuyển tiếp, kể cả chụp một phần, là vi phạm pháp luật và có thể gây hại cho cơ quan, đơn vị.',
  'check-findings.secretMarker.advice':
    'Không đăng, không chuyển tiếp, không chụp lại. Nếu nhận được từ người khác, hãy báo cho cấp ủy hoặc người phụ trách của đơn vị.',
  'check-findings.internalMarker.title': 'Có ghi chú “nội bộ” (Lưu hành nội bộ, Không phổ biến, Tài liệu nội bộ)',
  'check-findings.internalMarker.why':
    'Tài liệu ghi “nội bộ” chỉ dành cho những người được giao. Đưa lên mạng xã hội là làm trái quy định của tổ chức, dù nội dung có vẻ bình thường.',
  'check-findings.internalMarker.advice':
    'Không đăng tài liệu này. Nếu muốn lan tỏa nội dung, hãy chờ bản tin chính thức đã công bố và chia sẻ đường dẫn đó.',
  'check-findings.documentNumber.title': 'Có số hiệu văn bản hành chính (ví dụ “Số: 123/CV-UBND”)',
  'check-findings.documentNumber.why':
    'Số hiệu kiểu này cho thấy đây là văn bản của cơ quan. Văn bản chưa được công bố công khai không được tự ý đăng lên mạng.',
  'check-findings.documentNumber.advice':
    'Kiểm tra văn bản đã được công bố công khai chưa (cổng thông tin của cơ quan, báo chí chính thống). Nếu chưa, không đăng.',
  'check-findings.nationalMotto.title': 'Có quốc hiệu “Cộng hòa xã hội chủ nghĩa Việt Nam”',
  'check-findings.nationalMotto.why':
    'Quốc hiệu đứng đầu văn bản chính thức của cơ quan nhà nước. Một văn bản như vậy có thể chưa được phép công bố.',
  'check-findings.nationalMotto.advice':
    'Chỉ chia sẻ văn bản đã được cơ quan công bố, bằng đường dẫn tới nguồn chính thức, không chụp lại bản giấy.',
  'check-findings.recipientsBlock.title': 'Có phần “Nơi nhận:” của văn bản',
  'check-findings.recipientsBlock.why':
    'Phần “Nơi nhận” cho biết văn bản gửi cho những ai; văn bản gửi nội bộ không dành cho công chúng.',
  'check-findings.recipientsBlock.advice':
    'Không đăng nguyên văn. Nếu nội dung cần được biết rộng rãi, hãy chia sẻ tin chính thức đã công bố.',

  'check-findings.citizenId.title': 'Có số căn cước công dân (12 chữ số)',
  'check-findings.citizenId.why':
    'Số căn cước gắn với mọi giấy tờ của một người; kẻ xấu có thể dùng để lừa đảo, vay tiền hay mạo danh.',
  'check-findings.citizenId.advice': 'Xóa số căn cước trước khi đăng, hoặc che kín toàn bộ số trên ảnh.',
  'check-findings.phone.title': 'Có số điện thoại',
  'check-findings.phone.why':
    'Đăng số điện thoại của người khác khi họ chưa đồng ý có thể khiến họ bị làm phiền, bị đe dọa hay bị lừa đảo.',
  'check-findings.phone.advice':
    'Xóa số điện thoại, trừ khi đó là đường dây nóng công khai của cơ quan hoặc chính người đó muốn công bố.',
  'check-findings.bankAccount.title': 'Có số tài khoản ngân hàng',
  'check-findings.bankAccount.why':
    'Số tài khoản kèm tên người có thể bị dùng để giả danh kêu gọi chuyển tiền; các lời kêu gọi góp tiền qua tài khoản cá nhân thường là lừa đảo.',
  'check-findings.bankAccount.advice':
    'Xóa số tài khoản. Với lời kêu gọi ủng hộ, chỉ chia sẻ tài khoản chính thức do cơ quan, tổ chức công bố.',
  'check-findings.addressWithName.title': 'Có địa chỉ nhà kèm tên người',
  'check-findings.addressWithName.why':
    'Tên và nơi ở của một người đặt cạnh nhau giúp người lạ tìm đến tận nhà; điều đó có thể gây nguy hiểm cho họ và gia đình.',
  'check-findings.addressWithName.advice': 'Xóa số nhà, ngõ, đường; chỉ nói tới phường, xã nếu thật cần.',

  'check-findings.urgency.title': 'Giục chia sẻ gấp (“CHIA SẺ GẤP”, “nóng”, “khẩn”)',
  'check-findings.urgency.why':
    'Tin đồn thường thúc người đọc chuyển tiếp ngay, trước khi kịp kiểm tra. Tin thật hiếm khi cần giục như vậy.',
  'check-findings.urgency.advice': 'Dừng lại, kiểm tra nguồn theo các câu hỏi dưới đây trước khi chia sẻ.',
  'check-findings.exclamations.title': 'Nhiều dấu chấm than',
  'check-findings.exclamations.why':
    'Chuỗi “!!!” nhằm gây hoảng hốt hay phẫn nộ, không thêm thông tin nào. Đó là dấu hiệu quen thuộc của tin câu khách.',
  'check-findings.exclamations.advice': 'Đọc kỹ nội dung thực sự được nói là gì, và ai nói điều đó.',
  'check-findings.allCaps.title': 'Viết hoa gần như toàn bộ',
  'check-findings.allCaps.why':
    'Viết hoa cả bài là cách gây chú ý bằng cảm xúc; bài viết của cơ quan, báo chí chính thống không viết như vậy.',
  'check-findings.allCaps.advice': 'Tìm xem tin này có được nguồn chính thống đăng không, trước khi chuyển tiếp.',
  'check-findings.noSource.title': 'Không nêu nguồn',
  'check-findings.noSource.why':
    'Bài không có đường dẫn, không nói “theo…” hay “nguồn:”. Không biết ai nói thì không thể kiểm chứng.',
  'check-findings.noSource.advice':
    'Tìm nguồn gốc của tin (cổng thông tin cơ quan, báo chí chính thống). Không tìm được nguồn thì đừng chia sẻ.',

  'check-findings.insult.title': 'Có lời lẽ xúc phạm hoặc kích động',
  'check-findings.insult.why':
    'Bình luận, chia sẻ cần có văn hóa, không xúc phạm, không kích động. Lời lẽ gay gắt làm người đọc phản cảm và khiến tranh cãi leo thang.',
  'check-findings.insult.advice': 'Viết lại bằng lời lẽ ôn hòa; nói về việc, không nói về người.',

  'check-findings.tone.pageTitle': 'Từ ngữ cần viết lại',
  'check-findings.tone.deskLink': 'Từ ngữ cần viết lại (kiểm tra trước khi đăng)',
  'check-findings.tone.intro':
    'Trang “Kiểm tra trước khi đăng” và bàn duyệt câu trả lời mẫu nhắc người viết khi gặp các từ dưới đây, kèm cách nói ôn hòa hơn. Danh sách gốc có sẵn trong mã nguồn; ở đây biên tập viên thêm từ mới.',
  'check-findings.tone.builtinHeading': 'Danh sách có sẵn ({count} từ)',
  'check-findings.tone.builtinSummary': 'Xem danh sách có sẵn',
  'check-findings.tone.extraHeading': 'Từ biên tập viên thêm',
  'check-findings.tone.extraLabel': 'Mỗi dòng một từ: từ cần tránh = cách nói ôn hòa hơn',
  'check-findings.tone.extraHint': 'Ví dụ: đồ bịp bợm = người đưa tin sai. Viết có dấu; bản không dấu và viết tắt cũng được nhận ra.',
  'check-findings.tone.save': 'Lưu danh sách',
  'check-findings.tone.saved': 'Đã lưu danh sách từ.',
  'check-findings.tone.updatedAt': 'Cập nhật lần cuối: {when}',
  'check-findings.tone.colWord': 'Từ cần tránh',
  'check-findings.tone.colCalmer': 'Cách nói ôn hòa',
  'check-findings.tone.error.line': 'Dòng {line}: viết “từ = cách nói ôn hòa hơn”.',
  'check-findings.tone.error.word': 'Dòng {line}: từ cần tránh dài 2–60 ký tự và có chữ cái.',
  'check-findings.tone.error.calmer': 'Dòng {line}: cách nói ôn hòa dài 1–120 ký tự.',
  'check-findings.tone.error.tooMany': 'Tối đa {max} từ.',
  'history.action.settings.tone.update': '{actor} sửa danh sách từ cần viết lại',
  'history.field.toneAdded': 'Từ thêm',
  'history.field.toneRemoved': 'Từ bỏ',
} as const;

export const checkFindingsEn: Record<keyof typeof checkFindingsVi, string> = {
  'check-findings.kind.internalDocument': 'Looks like an internal document',
  'check-findings.kind.personalData': 'Exposes personal data',
  'check-findings.kind.rumour': 'Signs of a rumour',
  'check-findings.kind.tone': 'Harsh wording',
  'check-findings.seen': 'Seen in the text:',
  'check-findings.seenMasked': 'Seen in the text (numbers partly hidden):',
  'check-findings.advice': 'What to do:',
  'check-findings.calmer': 'Say instead:',
  'check-findings.calmerPair': '“{word}” → “{calmer}”',

  'check-findings.secretMarker.title': 'Carries a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT)',
  'check-findings.secretMarker.why':
    'A document marked secret is a state secret. Posting or forwarding it, even a photo of part of it, breaks the law and can harm the office or unit.',
  'check-findings.secretMarker.advice':
    'Do not post, forward or photograph it. If someone sent it to you, tell your party committee or the person in charge of your unit.',
  'check-findings.internalMarker.title': 'Marked “internal” (Lưu hành nội bộ, Không phổ biến, Tài liệu nội bộ)',
  'check-findings.internalMarker.why':
    'A document marked internal is only for the people it was given to. Putting it on social media breaks the organisation’s rules, however ordinary it looks.',
  'check-findings.internalMarker.advice':
    'Do not post it. To spread its content, wait for the official published news and share that link.',
  'check-findings.documentNumber.title': 'Has an official document number (e.g. “Số: 123/CV-UBND”)',
  'check-findings.documentNumber.why':
    'A number like this marks an office’s document. A document that has not been published must not be posted on one’s own initiative.',
  'check-findings.documentNumber.advice':
    'Check whether the document has been published (the office’s portal, official press). If not, do not post it.',
  'check-findings.nationalMotto.title': 'Has the national heading “Cộng hòa xã hội chủ nghĩa Việt Nam”',
  'check-findings.nationalMotto.why':
    'The national heading tops official documents of state offices. Such a document may not yet be cleared for release.',
  'check-findings.nationalMotto.advice':
    'Share only documents the office has published, as a link to the official source, not a photo of the paper.',
  'check-findings.recipientsBlock.title': 'Has a “Nơi nhận:” (recipients) block',
  'check-findings.recipientsBlock.why':
    'The recipients block says who a document was sent to; a document sent internally is not meant for the public.',
  'check-findings.recipientsBlock.advice':
    'Do not post it as it is. If the content should be widely known, share the official published news.',

  'check-findings.citizenId.title': 'Contains a citizen ID number (12 digits)',
  'check-findings.citizenId.why':
    'A citizen ID number is tied to all of a person’s papers; fraudsters use it to borrow money or impersonate them.',
  'check-findings.citizenId.advice': 'Remove the ID number before posting, or cover all of it on a photo.',
  'check-findings.phone.title': 'Contains a phone number',
  'check-findings.phone.why':
    'Posting someone’s phone number without their consent can get them pestered, threatened or scammed.',
  'check-findings.phone.advice':
    'Remove the number, unless it is an office’s public hotline or the person wants it published.',
  'check-findings.bankAccount.title': 'Contains a bank account number',
  'check-findings.bankAccount.why':
    'An account number next to a name can be used in fake appeals for money; appeals to pay into a personal account are often scams.',
  'check-findings.bankAccount.advice':
    'Remove the account number. For an appeal, share only the official account an office or organisation has published.',
  'check-findings.addressWithName.title': 'Contains a home address next to a name',
  'check-findings.addressWithName.why':
    'A name next to where the person lives lets strangers turn up at their door; it can put them and their family in danger.',
  'check-findings.addressWithName.advice': 'Remove the house number, lane and street; name only the ward or commune if you must.',

  'check-findings.urgency.title': 'Urges sharing at once (“CHIA SẺ GẤP”, “nóng”, “khẩn”)',
  'check-findings.urgency.why':
    'Rumours push readers to forward them at once, before they can check. True news rarely needs such pressure.',
  'check-findings.urgency.advice': 'Stop, and check the source with the questions below before sharing.',
  'check-findings.exclamations.title': 'Many exclamation marks',
  'check-findings.exclamations.why':
    'A row of “!!!” aims at alarm or outrage and adds no information. It is a familiar sign of clickbait.',
  'check-findings.exclamations.advice': 'Read what is actually being claimed, and who claims it.',
  'check-findings.allCaps.title': 'Written almost all in capitals',
  'check-findings.allCaps.why':
    'Capitals throughout grab attention through emotion; offices and the official press do not write like that.',
  'check-findings.allCaps.advice': 'Look for the news from an official source before forwarding it.',
  'check-findings.noSource.title': 'No source given',
  'check-findings.noSource.why':
    'The text has no link and no “according to…” or “source:”. If you cannot tell who said it, you cannot check it.',
  'check-findings.noSource.advice':
    'Find where the news comes from (an office’s portal, the official press). If you cannot find a source, do not share it.',

  'check-findings.insult.title': 'Insulting or inflaming words',
  'check-findings.insult.why':
    'Comments and shares should be courteous, not insulting or inflaming. Harsh words put readers off and make arguments escalate.',
  'check-findings.insult.advice': 'Rewrite in calm words; speak about the deed, not the person.',

  'check-findings.tone.pageTitle': 'Words to rewrite',
  'check-findings.tone.deskLink': 'Words to rewrite (check before posting)',
  'check-findings.tone.intro':
    'The “Check before posting” page and the reply kit review point writers to the words below, with a calmer way to say each. The built-in list lives in the source code; editors add words here.',
  'check-findings.tone.builtinHeading': 'Built-in list ({count} words)',
  'check-findings.tone.builtinSummary': 'Show the built-in list',
  'check-findings.tone.extraHeading': 'Words added by editors',
  'check-findings.tone.extraLabel': 'One per line: word to avoid = calmer wording',
  'check-findings.tone.extraHint': 'Example: đồ bịp bợm = người đưa tin sai. Write with accents; forms without accents and abbreviations are recognised too.',
  'check-findings.tone.save': 'Save the list',
  'check-findings.tone.saved': 'The word list is saved.',
  'check-findings.tone.updatedAt': 'Last updated: {when}',
  'check-findings.tone.colWord': 'Word to avoid',
  'check-findings.tone.colCalmer': 'Calmer wording',
  'check-findings.tone.error.line': 'Line {line}: write “word = calmer wording”.',
  'check-findings.tone.error.word': 'Line {line}: the word to avoid has 2–60 characters, with letters.',
  'check-findings.tone.error.calmer': 'Line {line}: the calmer wording has 1–120 characters.',
  'check-findings.tone.error.tooMany': 'At most {max} words.',
  'history.action.settings.tone.update': '{actor} changed the list of words to rewrite',
  'history.field.toneAdded': 'Words added',
  'history.field.toneRemoved': 'Words removed',
};
