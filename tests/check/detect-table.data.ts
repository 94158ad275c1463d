// The check-before-posting table: each input with the exact set of findings (kind/signal) it
// must raise, no more, no less. Vietnamese with and without accents, teencode, mixed, English;
// texts that must raise nothing come first.
export type Row = { name: string; text: string; expect: string[] };

export const DETECT_TABLE: readonly Row[] = [
  // ── Must raise nothing ──────────────────────────────────────────────────────────────────
  {
    name: 'an ordinary positive story',
    text: 'Chiều 28/11, Đoàn thanh niên phường Bến Nghé tổ chức ngày hội hiến máu tình nguyện. Hơn 200 bạn trẻ đã tham gia, thu được 180 đơn vị máu. Cảm ơn các bạn đã lan tỏa tinh thần sẻ chia!',
    expect: [],
  },
  {
    name: 'a public press release from a ward',
    text: 'THÔNG CÁO BÁO CHÍ\nUBND phường Bến Nghé thông báo: từ ngày 01/12/2026, bộ phận một cửa của phường tiếp nhận hồ sơ cả sáng thứ Bảy. Theo Quyết định số 45/2026/QĐ-UBND, người dân có thể nộp hồ sơ trực tuyến tại dichvucong.gov.vn. Ông Nguyễn Văn Bình, Chủ tịch UBND phường, cho biết việc này giúp người dân đỡ mất thời gian.',
    expect: [],
  },
  {
    name: 'a weather report with "nắng nóng"',
    text: 'Dự báo thời tiết: Hà Nội tiếp tục nắng nóng gay gắt, nhiệt độ cao nhất 38 độ C. Người dân nên hạn chế ra ngoài vào buổi trưa và uống đủ nước.',
    expect: [],
  },
  { name: 'a recipe with "mật ong"', text: 'Trà gừng mật ong: đun sôi 500ml nước với vài lát gừng, để nguội bớt rồi thêm 2 thìa mật ong. Uống ấm vào buổi sáng.', expect: [] },
  { name: 'MẬT ONG in capitals', text: 'Bán MẬT ONG rừng nguyên chất, giao tận nơi trong ngày', expect: [] },
  { name: '"bí mật của thành công"', text: 'Bí mật của thành công là kiên trì mỗi ngày một chút.', expect: [] },
  { name: 'a lesson that names internal documents in prose', text: 'Đảng viên không đăng tài liệu nội bộ, tài liệu mật lên mạng xã hội; chỉ chia sẻ tin đã được công bố.', expect: [] },
  { name: '"Nguyễn" and "nguồn" are not "ngu"', text: 'Anh Nguyễn Văn Nguyên lấy nguồn tin từ Cổng thông tin điện tử của phường.', expect: [] },
  { name: 'accentless "đi ngủ" is not "ngu"', text: 'toi nay di ngu som de mai con di lam', expect: [] },
  { name: '"khẩn trương" and "khẩn cấp" in an official notice', text: 'Theo UBND quận, các đơn vị khẩn trương khắc phục hậu quả mưa lớn, triển khai các biện pháp khẩn cấp bảo đảm an toàn.', expect: [] },
  { name: 'a quoted national day mention in prose', text: 'Kỷ niệm 81 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, khu phố 3 treo cờ đỏ sao vàng.', expect: [] },
  { name: 'an amount of money is not an account', text: 'Quỹ khuyến học của khu phố đã trao 15.000.000 đồng cho 12 em học sinh giỏi.', expect: [] },
  { name: 'an office landline and a hotline', text: 'Mọi thắc mắc xin liên hệ bộ phận một cửa: 028 3829 1234 hoặc tổng đài 1900 1234.', expect: [] },
  { name: 'an event venue is not a home address', text: 'Hội nghị diễn ra tại số 4 đường Lê Duẩn, ông Trần Văn Hùng chủ trì.', expect: [] },
  { name: 'English good news', text: 'Volunteers from District 1 planted 500 trees along the canal this weekend. Thank you all!', expect: [] },
  { name: 'a mention of "mặt trận" in capitals is not MẬT', text: 'Ủy ban MẶT TRẬN Tổ quốc phường phát động ủng hộ đồng bào vùng lũ.', expect: [] },
  { name: 'a parcel\'s delivery address label', text: 'Vui lòng ghi rõ địa chỉ nơi nhận: phường, quận, tỉnh.', expect: [] },
  { name: 'a date and a year list', text: 'Các năm 2024, 2025, 2026 đều đạt danh hiệu khu phố văn hóa. Ngày 29/11/2026 tổng kết.', expect: [] },
  { name: 'two exclamation marks only', text: 'Chúc mừng đội bóng phường! Cố lên nhé!', expect: [] },
  { name: 'a calm reply with a source', text: 'Thông tin này chưa chính xác. Theo Bộ Y tế, nước chanh không chữa được bệnh. Mời bạn đọc thêm: https://moh.gov.vn/tin-tuc', expect: [] },
  { name: 'a hospital and cancer screening story', text: 'Bệnh viện quận tổ chức khám sàng lọc ung thư vú miễn phí cho 300 phụ nữ.', expect: [] },
  { name: 'capitals that are not a push: TĂNG GẤP ĐÔI, KHẨN TRƯƠNG, NÓNG LẠNH', text: 'Sản lượng lúa TĂNG GẤP ĐÔI, cả phường KHẨN TRƯƠNG thu hoạch; nhà văn hóa lắp bình NÓNG LẠNH mới.', expect: [] },
  { name: '"còn điện" typed without accents is not "con điên"', text: 'khu pho 3 van con dien, cac khu khac mat dien tu chieu', expect: [] },
  { name: '"thiếu năng lượng" is not an insult', text: 'Buổi sáng thiếu năng lượng thì nên ăn sáng đầy đủ.', expect: [] },

  // ── Internal documents ─────────────────────────────────────────────────────────────────
  { name: 'MẬT stamp on its own line', text: 'MẬT\nBáo cáo tình hình an ninh quý IV', expect: ['internalDocument/secretMarker'] },
  { name: 'mat stamp without accents on its own line', text: 'mat\nbao cao tinh hinh quy IV', expect: ['internalDocument/secretMarker'] },
  { name: 'TUYỆT MẬT inline in capitals', text: 'Văn bản TUYỆT MẬT về kế hoạch nhân sự vừa được gửi xuống.', expect: ['internalDocument/secretMarker'] },
  { name: 'TỐI MẬT in brackets', text: '[TỐI MẬT]\nKế hoạch số 7', expect: ['internalDocument/secretMarker'] },
  { name: '"Độ mật: Mật" label', text: 'Độ mật: Mật. Nội dung cuộc họp ban thường vụ.', expect: ['internalDocument/secretMarker'] },
  { name: 'Lưu hành nội bộ in parentheses', text: 'Tài liệu sinh hoạt chi bộ tháng 12\n(Lưu hành nội bộ)', expect: ['internalDocument/internalMarker'] },
  { name: 'luu hanh noi bo without accents', text: 'luu hanh noi bo', expect: ['internalDocument/internalMarker'] },
  { name: 'KHÔNG PHỔ BIẾN inline in capitals', text: 'Đề cương này KHÔNG PHỔ BIẾN ra ngoài, các đồng chí lưu ý.', expect: ['internalDocument/internalMarker'] },
  { name: 'Tài liệu nội bộ as a header line', text: 'TÀI LIỆU NỘI BỘ\nHướng dẫn công tác tuyên truyền', expect: ['internalDocument/internalMarker'] },
  {
    name: 'an official document header',
    text: 'UBND PHƯỜNG BẾN NGHÉ\nSố: 123/CV-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nV/v triển khai kế hoạch\nNơi nhận:\n- Như trên;\n- Lưu: VT.',
    expect: ['internalDocument/documentNumber', 'internalDocument/nationalMotto', 'internalDocument/recipientsBlock'],
  },
  { name: 'national heading without accents on its own line', text: 'cong hoa xa hoi chu nghia viet nam\ndoc lap tu do hanh phuc', expect: ['internalDocument/nationalMotto'] },
  { name: 'a document number without accents', text: 'so: 45/2026/QD-UBND ve viec phe duyet', expect: ['internalDocument/documentNumber'] },
  { name: 'a secret document, all signs', text: 'MẬT\nSố: 07/BC-ĐU\nBáo cáo nội bộ\nNơi nhận: Ban Thường vụ', expect: ['internalDocument/secretMarker', 'internalDocument/documentNumber', 'internalDocument/recipientsBlock'] },

  // ── Personal data ──────────────────────────────────────────────────────────────────────
  { name: 'a mobile number', text: 'Ai cần mua gạo liên hệ chị Hoa 0912 345 678 nhé.', expect: ['personalData/phone'] },
  { name: 'a +84 mobile number', text: 'Gọi cho anh Tùng: +84 912 345 678', expect: ['personalData/phone'] },
  { name: 'a mobile number with dots', text: 'sdt cua ba ay la 0987.654.321', expect: ['personalData/phone'] },
  { name: 'a citizen ID number', text: 'CCCD: 079203004567, cấp ngày 12/3/2021', expect: ['personalData/citizenId'] },
  { name: 'a citizen ID number in groups without a label', text: 'Số của ông ấy là 001 085 012 345 mọi người ạ', expect: ['personalData/citizenId'] },
  { name: 'a bank account after STK', text: 'Ủng hộ bà con vùng lũ, STK 1903 5678 9012 34 Techcombank, chủ tài khoản Nguyễn Văn A. Theo Hội Chữ thập đỏ phường.', expect: ['personalData/bankAccount'] },
  { name: 'a phone-shaped account next to a bank name', text: 'chuyen vao so tai khoan 0912345678 MB Bank giup em voi. Theo chi Lan', expect: ['personalData/bankAccount'] },
  { name: 'a home address next to a name', text: 'Nhà anh Nguyễn Văn Bình ở số 12 ngõ 34 Láng Hạ, ai biết thì đến nói chuyện.', expect: ['personalData/addressWithName'] },
  { name: 'a home address without accents next to a name', text: 'ong Tran Van Nam song tai 45/6 hem 7 duong Le Loi', expect: ['personalData/addressWithName'] },
  {
    name: 'a doxxing post with phone, ID and address',
    text: 'Đây là kẻ lừa đảo: bà Lê Thị Hạnh, CCCD 079185001234, SĐT 0903 111 222, nhà ở số 5 hẻm 12 đường Nguyễn Trãi. Theo nhóm Zalo khu phố.',
    expect: ['personalData/citizenId', 'personalData/phone', 'personalData/addressWithName'],
  },

  // ── Rumour signs ───────────────────────────────────────────────────────────────────────
  { name: 'CHIA SẺ GẤP with a claim', text: 'CHIA SẺ GẤP: uống nước chanh pha muối chữa khỏi Covid', expect: ['rumour/urgency', 'rumour/noSource'] },
  { name: 'chia se gap without accents', text: 'chia se gap cho nguoi than, nuoc may ngay mai bi cat ca thanh pho', expect: ['rumour/urgency', 'rumour/noSource'] },
  { name: 'NÓNG opener', text: 'NÓNG: Ngân hàng sắp đổi tiền, ai có tiền mặt rút ngay', expect: ['rumour/urgency', 'rumour/noSource'] },
  { name: 'teencode share ngay', text: 'share ngay cho mn bit, tu mai cam xe may vao trung tam', expect: ['rumour/urgency', 'rumour/noSource'] },
  { name: 'many exclamation marks with hearsay', text: 'Nghe nói trường học sẽ nghỉ cả tháng!!!', expect: ['rumour/exclamations', 'rumour/noSource'] },
  {
    name: 'all capitals shouting',
    text: 'CẢNH BÁO TẤT CẢ MỌI NGƯỜI KHÔNG ĐƯỢC ĂN RAU MUỐNG VÌ ĐÃ NHIỄM ĐỘC HÓA CHẤT RẤT NGUY HIỂM',
    expect: ['rumour/allCaps', 'rumour/noSource'],
  },
  {
    name: 'all capitals with urgency and exclamations',
    text: 'KHẨN!!! CHIA SẺ NGAY: VIRUS MỚI LÂY QUA ĐIỆN THOẠI, TẮT MÁY TRƯỚC 10 GIỜ TỐI',
    expect: ['rumour/urgency', 'rumour/exclamations', 'rumour/allCaps', 'rumour/noSource'],
  },
  { name: 'a sourced urgent post is not noSource', text: 'Tin khẩn: bão số 9 đổ bộ tối nay. Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, người dân cần chằng chống nhà cửa.', expect: ['rumour/urgency'] },
  { name: 'a link counts as a source', text: 'Chia sẻ gấp cho mọi người: https://vnexpress.net/lich-cat-dien-123', expect: ['rumour/urgency'] },
  { name: 'hearsay alone is a claim without source', text: 'Có người nói ông chủ tịch xã đã bị bắt hôm qua.', expect: ['rumour/noSource'] },
  { name: 'a claim with "theo" a named source', text: 'Theo VnExpress, ông chủ tịch xã đã bị bắt hôm qua.', expect: [] },
  { name: 'English urgent forward', text: 'URGENT! Please share: the water supply is poisoned, do not drink tap water!!', expect: ['rumour/urgency', 'rumour/exclamations', 'rumour/noSource'] },
  { name: 'gấp in capitals mid-sentence', text: 'Mọi người ơi GẤP, cầu Sài Gòn bị sập rồi', expect: ['rumour/urgency', 'rumour/noSource'] },

  // ── Tone ───────────────────────────────────────────────────────────────────────────────
  { name: 'ngu with accents', text: 'Bọn ngu mới tin mấy cái tin đó.', expect: ['tone/insult'] },
  { name: 'NGU in capitals', text: 'Đúng là NGU thật sự', expect: ['tone/insult'] },
  { name: 'stretched teencode nguuu', text: 'nguuuu vay ma cung tin', expect: ['tone/insult'] },
  { name: 'khốn nạn without accents', text: 'lu khon nan do lai bia chuyen', expect: ['tone/insult'] },
  { name: 'vcl teencode', text: 'tin nay sai vcl', expect: ['tone/insult'] },
  { name: 'đm abbreviation', text: 'đm lại tin giả nữa à', expect: ['tone/insult'] },
  { name: 'mất dạy', text: 'Thằng đó đúng là đồ mất dạy, đừng nghe nó.', expect: ['tone/insult'] },
  { name: '"mặt dày" is an insult of its own', text: 'Nó mặt dày lắm, bị nhắc vẫn đăng.', expect: ['tone/insult'] },
  { name: 'a call to violence', text: 'Lũ đó đáng chết hết, giết hết bọn chúng đi', expect: ['tone/insult'] },
  { name: 'political slur', text: 'mấy đứa ba que lại xuyên tạc rồi', expect: ['tone/insult'] },
  { name: '"lon bia" accentless is not the swear word', text: 'mua 2 lon bia va 1 goi keo', expect: [] },
  { name: '"đi" is not "đĩ"', text: 'Chiều nay đi họp chi bộ nhé', expect: [] },

  // ── Mixed ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'rumour, insult and phone together',
    text: 'CHIA SẺ GẤP!!! Thằng khốn nạn này lừa tiền bà con, số nó 0977 888 999',
    expect: ['personalData/phone', 'rumour/urgency', 'rumour/exclamations', 'rumour/noSource', 'tone/insult'],
  },
  {
    name: 'a leaked internal document forwarded as news',
    text: 'Tin nóng, rò rỉ tài liệu:\nLưu hành nội bộ\nKế hoạch sáp nhập các phường',
    expect: ['internalDocument/internalMarker', 'rumour/urgency', 'rumour/noSource'],
  },
  {
    name: 'no accents, teencode, everything',
    text: 'tin nong!!! ba Le Thi Hanh o so 5 hem 12 duong Tran Hung Dao, sdt 0903111222, do mat day lua dao',
    expect: ['personalData/phone', 'personalData/addressWithName', 'rumour/urgency', 'rumour/exclamations', 'rumour/noSource', 'tone/insult'],
  },
];
