// Demo stories, written for Lan Tỏa. The provinces are real; every person,
// household, school, cooperative and company is fictional (the site footer says so).
// Order: newest first. Published times are spread over recent months by stories.ts.

import type { SourceType, StoryStatus } from '../../schema';

export type SeedStory = {
  id: number;
  title: string;
  summary: string;
  body: string;
  category: 'role_model' | 'advanced_example' | 'local_achievement' | 'humane_story' | 'rebuttal';
  province: string;
  commune?: string;
  tags: string[];
  captions: string[];
  /** A rebuttal's reply kit: 2–3 short courteous replies (≤ 300 characters each). */
  replies?: string[];
  hashtags: string[];
  sourceType: SourceType;
  sourceDetail: string;
  status?: StoryStatus;
  /** Only for the few stories whose time is not derived from their position. */
  publishedAt?: string;
  /** Demo account id of the author (scripts/seed/accounts.ts); the contributor when left out. */
  author?: 'seed-contributor' | 'seed-editor' | 'seed-editor2';
  /** When it went to review, for the few whose time matters to the demo queue. */
  submittedAt?: string;
  pinnedUntil?: string;
};

export const publishedStories: SeedStory[] = [
  {
    id: 1,
    title: 'Gương sáng Đà Nẵng: anh thợ điện 12 năm sửa quạt miễn phí cho người già',
    summary:
      'Mỗi chiều Chủ nhật, tiệm điện nhỏ của anh Trần Văn Lộc ở phường Hải Châu lại xếp hàng quạt, nồi cơm hỏng của các cụ neo đơn. Anh sửa không lấy tiền, chỉ xin một lời hứa: dùng điện an toàn.',
    body: `Anh **Trần Văn Lộc** (46 tuổi) mở tiệm sửa đồ điện trên một con kiệt nhỏ ở phường Hải Châu, Đà Nẵng. Từ năm 2014, anh dành trọn chiều Chủ nhật để sửa miễn phí đồ điện cho người cao tuổi sống một mình.

## Bắt đầu từ một chiếc quạt

Anh kể, lần đầu là chiếc quạt cũ của một cụ bà hàng xóm bị chập dây, suýt gây cháy. "Tôi sửa xong mới biết cụ đã dùng nó suốt mùa hè trong tình trạng hở điện", anh nói. Từ đó, anh dán tờ giấy trước cửa: *Người già sửa đồ điện, không lấy tiền.*

## Hơn 3.000 món đồ

Sau 12 năm, cuốn sổ tay của anh ghi hơn 3.000 lượt sửa: quạt, nồi cơm, ấm siêu tốc, đèn bàn. Mỗi lần giao đồ, anh kiểm tra luôn ổ cắm, dây dẫn trong nhà cụ.

> Sửa một cái quạt thì nhanh, nhưng dặn được các cụ rút phích khi ra khỏi nhà mới là việc lâu dài.

Năm nay, Đoàn Thanh niên phường đã cử 6 đoàn viên theo anh học nghề để nhân rộng mô hình.`,
    category: 'role_model',
    province: 'DNG',
    commune: 'Phường Hải Châu',
    tags: ['tinh-nguyen', 'nguoi-cao-tuoi', 'an-toan-dien'],
    captions: [
      '12 năm, hơn 3.000 món đồ điện được sửa miễn phí cho người già ở Đà Nẵng. Cảm ơn anh Lộc!',
      'Một tiệm điện nhỏ, một tấm lòng lớn giữa lòng Đà Nẵng.',
    ],
    hashtags: ['LanTỏa', 'NgườiTốtViệcTốt', 'ĐàNẵng'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn nhân vật tại tiệm, tháng 11/2026 (nhân vật hư cấu, nội dung minh họa)',
    pinnedUntil: '2030-12-31T00:00:00+07:00',
  },
  {
    id: 2,
    title: 'Thông tin “cắt điện toàn thành phố 3 ngày” là sai sự thật',
    summary:
      'Một bài đăng lan truyền trên mạng xã hội nói Hà Nội sẽ cắt điện toàn thành phố ba ngày để bảo trì lưới. Đơn vị điện lực khu vực khẳng định không có kế hoạch nào như vậy.',
    body: `Từ tối 20/11, một bài đăng kèm ảnh chụp màn hình "thông báo" cắt điện toàn Hà Nội trong 3 ngày được chia sẻ hàng nghìn lượt.

## Sự thật

- Không có văn bản nào về việc cắt điện toàn thành phố. Lịch tạm ngừng cấp điện chỉ áp dụng từng khu vực nhỏ, vài giờ, và được đăng trên trang chính thức của đơn vị điện lực.
- Ảnh "thông báo" được ghép từ một văn bản cũ năm 2019, đã bị sửa ngày tháng.
- Nhiều tài khoản đăng lại kèm đường dẫn bán máy phát điện.

## Cách tự kiểm tra

1. Tra lịch ngừng cấp điện trên trang hoặc ứng dụng chính thức của ngành điện.
2. Để ý ngày tháng, con dấu, số văn bản: văn bản thật luôn có số hiệu rõ ràng.
3. Khi thấy tin gây hoang mang, **đừng chia sẻ**, hãy báo cho Lan Tỏa.`,
    category: 'rebuttal',
    province: 'HNI',
    tags: ['phan-bac-tin-gia', 'dien-luc'],
    captions: ['Không có chuyện cắt điện toàn Hà Nội 3 ngày. Kiểm tra lịch ngừng cấp điện ở nguồn chính thức trước khi chia sẻ.'],
    // The reply kit: courteous replies a member pastes under the false post (the link is added when shown).
    replies: [
      'Cảm ơn bạn đã quan tâm. Không có thông báo cắt điện toàn Hà Nội 3 ngày; lịch tạm ngừng cấp điện chỉ áp dụng từng khu vực nhỏ và được đăng trên trang chính thức của ngành điện. Mời bạn đọc bài kiểm chứng:',
      'Ảnh “thông báo” này được ghép từ một văn bản cũ năm 2019. Mong bạn kiểm tra lịch ngừng cấp điện ở nguồn chính thức trước khi chia sẻ để mọi người không hoang mang nhé.',
      'Mình đã đối chiếu: đây là tin chưa đúng. Bạn có thể xem lịch ngừng cấp điện của khu vực mình trên trang chính thức của điện lực, hoặc đọc bài kiểm chứng tại đây:',
    ],
    hashtags: ['TinGiả', 'KiểmChứng', 'LanTỏa'],
    sourceType: 'document',
    sourceDetail: 'Đối chiếu lịch ngừng cấp điện công khai và văn bản gốc năm 2019 (nội dung minh họa)',
  },
  {
    id: 3,
    title: 'Hợp tác xã rau sạch Bình Minh đưa nông dân Lâm Đồng lên sàn thương mại điện tử',
    summary:
      '42 hộ trồng rau ở xã Tân Hòa cùng lập cửa hàng trực tuyến, truy xuất nguồn gốc bằng mã QR. Sau một năm, giá bán bình quân tăng gần 30%.',
    body: `Hợp tác xã rau sạch **Bình Minh** (tên minh họa) ra đời năm 2023 với 12 hộ. Đến nay đã có 42 hộ tham gia, canh tác 35 ha rau theo quy trình an toàn.

## Mỗi bó rau một mã QR

Chị Hoàng Thị Yến, giám đốc hợp tác xã, cho biết người mua quét mã là thấy ngày gieo, ngày thu hoạch và kết quả kiểm nghiệm. "Khách thành phố tin hơn, đặt hàng đều hơn", chị nói.

## Con số sau một năm

- Giá bán bình quân tăng gần 30% so với bán qua thương lái.
- 60% sản lượng bán trực tiếp qua sàn thương mại điện tử và nhóm khách quen.
- 15 thanh niên địa phương có việc làm đóng gói, giao hàng.

Mô hình đang được huyện đoàn giới thiệu cho các xã lân cận.`,
    category: 'advanced_example',
    province: 'LDG',
    commune: 'Xã Tân Hòa',
    tags: ['chuyen-doi-so', 'nong-nghiep-sach', 'hop-tac-xa'],
    captions: ['Rau sạch Lâm Đồng có mã QR, nông dân bán thẳng cho người mua: giá tăng gần 30%.'],
    hashtags: ['ChuyểnĐổiSố', 'NôngNghiệpSạch', 'LâmĐồng'],
    sourceType: 'event',
    sourceDetail: 'Hội nghị tổng kết mô hình kinh tế tập thể của xã, tháng 11/2026 (đơn vị hư cấu)',
  },
  {
    id: 4,
    title: 'Cô giáo cắm bản 20 năm giữ lửa con chữ ở Điện Biên',
    summary:
      'Cô Lò Thị Mai đã dạy ở điểm trường bản Huổi Lếch suốt 20 năm, vận động hàng trăm em nhỏ người Mông đến lớp và học xong tiểu học.',
    body: `Điểm trường bản Huổi Lếch (tên minh họa) cách trung tâm xã 14 km đường đất. Cô **Lò Thị Mai** lên đây từ năm 2006, khi lớp học còn là một gian nhà gỗ dột nát.

## Đi từng nhà, gọi từng em

Những năm đầu, sĩ số chỉ bằng một nửa số trẻ trong độ tuổi. Cô học tiếng Mông, đến từng nhà nói chuyện với cha mẹ. Có em cô cõng qua suối mùa lũ.

## Hôm nay

- Bản đã 8 năm liền không có trẻ bỏ học ở cấp tiểu học.
- Nhiều học trò cũ của cô đã trở thành giáo viên, y sĩ, cán bộ xã.

> Con chữ là thứ ở lại với các em lâu nhất. Mình giữ được một em đến lớp là giữ được một tương lai.

Cô Mai vừa được tỉnh tặng bằng khen vì thành tích trong sự nghiệp giáo dục vùng khó.`,
    category: 'role_model',
    province: 'DBN',
    commune: 'Xã Mường Phăng',
    tags: ['giao-duc', 'vung-cao'],
    captions: ['20 năm cắm bản, cô Mai giúp cả bản không còn trẻ bỏ học.', 'Giữ một em đến lớp là giữ một tương lai.'],
    hashtags: ['GươngSáng', 'GiáoDục', 'ĐiệnBiên'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn cô giáo và trưởng bản (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 5,
    title: 'Những người gùi đá làm con đường bê tông lên bản Phìn Hồ',
    summary:
      'Không có máy móc lên được dốc, người dân Lai Châu gùi từng phiến đá nặng hàng chục cân để làm 3 km đường bê tông, rút giờ đi chợ từ ba tiếng xuống còn bốn mươi phút.',
    body: `Bản Phìn Hồ (tên minh họa) nằm trên sườn núi cao, con đường mòn duy nhất lầy lội suốt mùa mưa.

## Góp công, góp đá

Đầu năm 2026, bản họp và thống nhất: Nhà nước hỗ trợ xi măng, người dân góp công. Vì xe không lên được, bà con chia ca gùi đá, cát từ chân dốc. Có những phiến **đá nặng** hàng chục cân được hai người khiêng từng đoạn.

## Sau bốn tháng

- 3 km đường bê tông hoàn thành, rộng 3 m.
- Thời gian đi chợ xã giảm từ 3 giờ xuống khoảng 40 phút.
- Xe máy chở nông sản xuống được tận chợ, giá bán tốt hơn.

Trưởng bản Vàng A Sử (nhân vật hư cấu) nói: "Đường là của bản, bản giữ gìn".`,
    category: 'local_achievement',
    province: 'LCU',
    commune: 'Xã Sìn Hồ',
    tags: ['nong-thon-moi', 'vung-cao', 'giao-thong'],
    captions: ['Gùi từng phiến đá làm 3 km đường bê tông: sức mạnh của lòng dân ở Lai Châu.'],
    hashtags: ['NôngThônMới', 'LaiChâu', 'LanTỏa'],
    sourceType: 'event',
    sourceDetail: 'Lễ khánh thành đường bê tông của bản, tháng 11/2026 (nội dung minh họa)',
  },
  {
    id: 6,
    title: 'Bếp cơm 5.000 đồng bên bờ sông Hàn',
    summary:
      'Một nhóm tình nguyện ở Đà Nẵng bán suất cơm 5.000 đồng cho người lao động nghèo, sinh viên khó khăn và bệnh nhân, mỗi trưa hơn 300 suất.',
    body: `Ở một góc phố gần sông Hàn, Đà Nẵng, bếp cơm **Ấm Lòng** (tên minh họa) mở cửa từ 10 giờ sáng. Mỗi suất có cơm, canh, một món mặn, giá tượng trưng 5.000 đồng.

## Vì sao không phát miễn phí?

Chị Phạm Ngọc Hân, người khởi xướng, giải thích: "Trả 5.000 đồng, ai đến ăn cũng thấy thoải mái, không ngại". Tiền thu được góp lại mua gạo.

## Những bàn tay góp sức

- 30 tình nguyện viên chia ca nấu, dọn.
- Các tiểu thương chợ gần đó góp rau, cá mỗi sáng.
- Sinh viên tình nguyện giao cơm cho bệnh nhân không đi lại được.

Sau ba năm, bếp đã nấu hơn 250.000 suất cơm.`,
    category: 'humane_story',
    province: 'DNG',
    commune: 'Phường Thạch Thang',
    tags: ['tinh-nguyen', 'an-sinh'],
    captions: ['Suất cơm 5.000 đồng, ấm lòng người lao động bên sông Hàn.'],
    hashtags: ['ĐàNẵng', 'NhânÁi', 'LanTỏa'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn người khởi xướng và tình nguyện viên (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 7,
    title: 'Chi đoàn xã Ea Tiêu số hóa sổ hộ nghèo bằng bảng tính dùng chung',
    summary:
      'Đoàn viên thanh niên ở Đắk Lắk giúp xã chuyển toàn bộ hồ sơ hộ nghèo, cận nghèo lên bảng tính dùng chung, rút thời gian rà soát cuối năm từ ba tuần xuống ba ngày.',
    body: `Trước đây, mỗi đợt rà soát hộ nghèo, cán bộ xã phải lật hàng chục cuốn sổ giấy. Năm 2026, chi đoàn xã đề xuất số hóa.

## Cách làm

1. Đoàn viên chia nhóm theo thôn, nhập dữ liệu từ sổ giấy.
2. Mỗi trường thông tin được đối chiếu hai lần, có cán bộ xã ký xác nhận.
3. Quyền xem, sửa được phân theo chức danh; không công khai thông tin cá nhân.

## Kết quả

Thời gian rà soát cuối năm giảm từ khoảng **ba tuần xuống ba ngày**. Xã dễ dàng theo dõi hộ nào đã nhận hỗ trợ, hộ nào cần thêm.`,
    category: 'advanced_example',
    province: 'DLK',
    commune: 'Xã Ea Tiêu',
    tags: ['chuyen-doi-so', 'thanh-nien', 'an-sinh'],
    captions: ['Từ ba tuần xuống ba ngày: chi đoàn xã số hóa sổ hộ nghèo.'],
    hashtags: ['ChuyểnĐổiSố', 'ThanhNiên', 'ĐắkLắk'],
    sourceType: 'document',
    sourceDetail: 'Báo cáo sơ kết của Đoàn xã (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 8,
    title: 'Cà Mau: rừng ngập mặn trồng mới giữ bờ biển sau ba mùa gió chướng',
    summary:
      'Sau ba năm trồng bổ sung 120 ha mần, đước, đoạn bờ biển phía tây không còn sạt lở, bãi bồi mới hình thành, người dân có thêm nguồn thu từ nuôi sò huyết dưới tán rừng.',
    body: `Đoạn bờ biển phía tây tỉnh Cà Mau từng mất hàng chục mét đất mỗi năm vì sóng và gió chướng.

## Rừng là đê mềm

Từ năm 2023, tỉnh cùng người dân trồng bổ sung **120 ha** mần, đước phía sau hàng rào tre giảm sóng. Cây non được trồng theo ô, có người giữ rừng theo hợp đồng.

## Sau ba mùa gió chướng

- Không còn điểm sạt lở mới trên đoạn bờ đã trồng rừng.
- Bãi bồi rộng thêm, tôm cá về nhiều hơn.
- 64 hộ nuôi sò huyết dưới tán rừng, thu nhập ổn định.

Một cán bộ kiểm lâm nói: "Trồng rừng chậm mà chắc; cây đứng được thì đất ở lại".`,
    category: 'local_achievement',
    province: 'CMU',
    tags: ['moi-truong', 'bien-dao', 'phong-chong-thien-tai'],
    captions: ['120 ha rừng ngập mặn giữ bờ biển Cà Mau sau ba mùa gió chướng.'],
    hashtags: ['CàMau', 'MôiTrường', 'LanTỏa'],
    sourceType: 'document',
    sourceDetail: 'Số liệu tổng hợp từ báo cáo trồng rừng của tỉnh (nội dung minh họa)',
  },
  {
    id: 9,
    title: 'Ông Tư “sửa xe không lấy tiền” cho học sinh nghèo ở Cần Thơ',
    summary:
      'Hơn mười năm nay, tiệm sửa xe đạp của ông Nguyễn Văn Tư ở phường Cái Khế sửa miễn phí cho mọi học sinh, kèm một bài học nhỏ về an toàn giao thông.',
    body: `Tấm bảng gỗ trước tiệm ông **Nguyễn Văn Tư** (71 tuổi) ghi: *Học sinh sửa xe: không lấy tiền.*

Mỗi ngày tiệm đón vài chục em ghé vá ruột, thay má phanh. Ông sửa xong thường dặn thêm: đi bên phải, không đi hàng ba, đội mũ khi đi xe máy cùng người lớn.

## Cả xóm cùng góp

Các chủ tiệm phụ tùng gần đó bán cho ông giá gốc; một số phụ huynh khá giả gửi tiền nhờ ông "sửa giùm cho đứa khác".

> Tụi nhỏ đi học an toàn là tui vui rồi.

Phường đã đề nghị biểu dương ông trong dịp tổng kết phong trào "Người tốt việc tốt" năm nay.`,
    category: 'role_model',
    province: 'CTO',
    commune: 'Phường Cái Khế',
    tags: ['an-toan-giao-thong', 'hoc-sinh', 'tinh-nguyen'],
    captions: ['"Tụi nhỏ đi học an toàn là tui vui rồi": ông Tư sửa xe miễn phí cho học sinh.'],
    hashtags: ['CầnThơ', 'NgườiTốtViệcTốt'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn tại tiệm sửa xe (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 10,
    title: 'Thái Nguyên: vùng chè đạt chứng nhận hữu cơ, giá bán tăng gấp đôi',
    summary:
      'Tổ hợp tác chè Tân Cương Xanh (tên minh họa) chuyển 18 ha sang canh tác hữu cơ, được chứng nhận năm 2026, sản phẩm vào được chuỗi cửa hàng lớn.',
    body: `Sau ba năm bỏ thuốc trừ sâu hóa học, dùng phân hữu cơ ủ tại chỗ, **18 ha** chè của 27 hộ đã đạt chứng nhận hữu cơ.

## Khó nhất là năm đầu

Năng suất giảm gần một phần ba, nhiều hộ muốn quay lại cách cũ. Tổ hợp tác thống nhất bù một phần thu nhập từ quỹ chung, mời kỹ sư nông nghiệp về hướng dẫn.

## Bây giờ

- Giá chè khô hữu cơ gấp khoảng hai lần chè thường.
- Sản phẩm có mặt ở chuỗi cửa hàng thực phẩm sạch tại Hà Nội.
- Khách du lịch đến trải nghiệm hái chè, sao chè.`,
    category: 'local_achievement',
    province: 'TNN',
    tags: ['nong-nghiep-sach', 'hop-tac-xa'],
    captions: ['Chè hữu cơ Thái Nguyên: bỏ hóa chất, giá bán tăng gấp đôi.'],
    hashtags: ['TháiNguyên', 'NôngNghiệpSạch'],
    sourceType: 'event',
    sourceDetail: 'Lễ trao chứng nhận hữu cơ cho tổ hợp tác (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 11,
    title: 'Nữ công nhân 15 năm hiến máu tình nguyện ở Bắc Ninh',
    summary:
      'Chị Đỗ Thị Hạnh, công nhân một nhà máy linh kiện, đã hiến máu 32 lần và lập nhóm "Giọt hồng công nhân" với hơn 200 thành viên.',
    body: `Chị **Đỗ Thị Hạnh** (38 tuổi) lần đầu hiến máu năm 2011, khi một đồng nghiệp gặp tai nạn cần truyền máu gấp.

## Giọt hồng công nhân

Năm 2018, chị cùng công đoàn nhà máy lập nhóm *Giọt hồng công nhân* (tên minh họa). Nhóm có hơn 200 thành viên, sẵn sàng hiến máu khi bệnh viện tỉnh cần nhóm máu hiếm.

## Những con số

- 32 lần hiến máu của riêng chị Hạnh.
- Hơn 1.400 đơn vị máu nhóm đã vận động được.
- 11 lần hiến máu khẩn cấp trong đêm.

Chị nói: "Công nhân tụi em không có nhiều tiền, nhưng có sức khỏe để chia sẻ".`,
    category: 'role_model',
    province: 'BNH',
    tags: ['hien-mau', 'cong-nhan', 'tinh-nguyen'],
    captions: ['32 lần hiến máu, chị Hạnh truyền cảm hứng cho hơn 200 công nhân.'],
    hashtags: ['HiếnMáu', 'BắcNinh', 'NgườiTốtViệcTốt'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn nhân vật và công đoàn cơ sở (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 12,
    title: 'Tủ sách “mang về nhà” ở các bến đò Đồng Tháp',
    summary:
      'Một nhóm giáo viên về hưu đặt tủ sách ở sáu bến đò, ai chờ đò cũng có thể đọc hoặc mượn về. Sau hai năm, sách không mất mà còn được góp thêm.',
    body: `Ở các bến đò ngang tại Đồng Tháp, người chờ đò thường ngồi không 10–15 phút. Nhóm giáo viên hưu trí do bà **Lê Thị Thu** (nhân vật hư cấu) dẫn đầu nghĩ: sao không đặt tủ sách?

## Không khóa, không sổ mượn

Tủ sách chỉ có một tờ giấy: *Đọc xong, mang trả hoặc để lại một cuốn khác.* Nhiều người mới đầu nghi ngờ sách sẽ mất hết.

## Hai năm sau

- 6 tủ sách với khoảng 1.800 cuốn, phần lớn do người dân góp.
- Học sinh đi đò sang trường ghé mượn truyện, sách tham khảo.
- Đoàn Thanh niên xã nhận bảo quản tủ sách mùa nước nổi.`,
    category: 'humane_story',
    province: 'DTP',
    tags: ['van-hoa-doc', 'giao-duc'],
    captions: ['Chờ đò thì đọc sách: tủ sách không khóa ở bến đò Đồng Tháp.'],
    hashtags: ['ĐồngTháp', 'VănHóaĐọc'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn nhóm giáo viên hưu trí (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 13,
    title: 'Phường Hồng Bàng phân loại rác tại nguồn, lượng rác chôn lấp giảm 35%',
    summary:
      'Sau một năm phân loại rác tại hộ gia đình, phường ở Hải Phòng giảm 35% lượng rác đưa đi chôn lấp và lập được quỹ từ bán phế liệu cho học sinh nghèo.',
    body: `Phường **Hồng Bàng**, Hải Phòng, bắt đầu phân loại rác tại nguồn từ tháng 10/2025 với ba loại: rác hữu cơ, rác tái chế và rác còn lại.

## Làm từ tổ dân phố

- Mỗi tổ dân phố có một "tổ trưởng xanh" hướng dẫn các hộ.
- Rác tái chế được gom vào sáng thứ Bảy; tiền bán phế liệu đưa vào quỹ khuyến học.
- Rác hữu cơ ủ làm phân bón cho các vườn hoa của phường.

## Sau một năm

Lượng rác chôn lấp giảm khoảng **35%**. Quỹ khuyến học của phường có thêm hơn 90 triệu đồng.`,
    category: 'local_achievement',
    province: 'HPG',
    commune: 'Phường Hồng Bàng',
    tags: ['moi-truong', 'phan-loai-rac'],
    captions: ['Phân loại rác từ mỗi nhà: Hải Phòng giảm 35% rác chôn lấp.'],
    hashtags: ['HảiPhòng', 'SốngXanh'],
    sourceType: 'document',
    sourceDetail: 'Báo cáo một năm thực hiện phân loại rác của phường (số liệu minh họa)',
  },
  {
    id: 14,
    title: 'Sự thật về tin “học sinh phải nộp 2 triệu đồng tiền máy tính bảng”',
    summary:
      'Bài đăng nói học sinh tiểu học toàn tỉnh Nghệ An bắt buộc mua máy tính bảng 2 triệu đồng là sai. Ngành giáo dục khẳng định không có chủ trương này.',
    body: `Một bài đăng trên mạng xã hội gần đây khẳng định "từ học kỳ II, học sinh tiểu học toàn tỉnh phải nộp 2 triệu đồng mua máy tính bảng".

## Kiểm chứng

- Không có văn bản nào của ngành giáo dục tỉnh về việc thu tiền mua máy tính bảng.
- Việc dạy học vẫn theo sách giáo khoa giấy; thiết bị số chỉ dùng tự nguyện.
- Ảnh minh họa trong bài đăng là ảnh một lớp học ở nước ngoài.

## Nếu nhận được yêu cầu thu tiền lạ

Phụ huynh hãy hỏi trực tiếp giáo viên chủ nhiệm, nhà trường; mọi khoản thu đều phải có văn bản và được công khai.`,
    category: 'rebuttal',
    province: 'NAN',
    tags: ['phan-bac-tin-gia', 'giao-duc'],
    captions: ['Không có chuyện bắt học sinh nộp 2 triệu đồng mua máy tính bảng. Hỏi nhà trường trước khi tin.'],
    // The reply kit: courteous replies a member pastes under the false post (the link is added when shown).
    replies: [
      'Cảm ơn bạn đã lo cho các cháu. Không có quy định bắt học sinh nộp 2 triệu đồng mua máy tính bảng; phụ huynh có thể hỏi trực tiếp nhà trường. Mời bạn đọc bài kiểm chứng:',
      'Tin này chưa chính xác bạn ạ. Trước khi chia sẻ, mình cùng hỏi lại giáo viên chủ nhiệm hoặc xem thông báo chính thức của nhà trường nhé.',
    ],
    hashtags: ['TinGiả', 'NghệAn', 'KiểmChứng'],
    sourceType: 'document',
    sourceDetail: 'Đối chiếu văn bản hướng dẫn năm học của ngành giáo dục (nội dung minh họa)',
  },
  {
    id: 15,
    title: 'Xưởng may Tân Tiến giữ việc cho 300 lao động nữ nhờ đổi mới quy trình',
    summary:
      'Khi đơn hàng giảm, xưởng may ở Hưng Yên không cắt giảm người mà đào tạo lại, chuyển sang đơn hàng nhỏ, giá trị cao và giữ được việc làm cho 300 lao động nữ.',
    body: `Đầu năm 2026, xưởng may **Tân Tiến** (tên minh họa) mất gần một nửa đơn hàng xuất khẩu lớn.

## Không cắt người, đổi cách làm

Ban giám đốc cùng công đoàn quyết định:

1. Đào tạo lại công nhân để may được nhiều mẫu khác nhau trong một ngày.
2. Nhận các đơn hàng nhỏ, giao nhanh, giá trị cao hơn.
3. Sắp xếp ca linh hoạt cho công nhân có con nhỏ.

## Kết quả

300 lao động nữ giữ được việc; thu nhập bình quân chỉ giảm trong hai tháng đầu rồi phục hồi. Xưởng được tỉnh chọn là **điển hình** trong phong trào thi đua lao động giỏi.`,
    category: 'advanced_example',
    province: 'HYN',
    tags: ['cong-nhan', 'doi-moi-sang-tao'],
    captions: ['Đơn hàng giảm, không ai mất việc: cách một xưởng may ở Hưng Yên vượt khó.'],
    hashtags: ['HưngYên', 'ĐiểnHìnhTiênTiến'],
    sourceType: 'event',
    sourceDetail: 'Hội nghị điển hình tiên tiến của tỉnh (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 16,
    title: 'Bác sĩ trẻ tình nguyện về trạm y tế xã đảo ở Khánh Hòa',
    summary:
      'Tốt nghiệp loại giỏi, bác sĩ Phan Minh Quân xin về trạm y tế một xã đảo. Ba năm qua, trạm đã cấp cứu thành công hàng chục ca nhờ kết nối khám từ xa với bệnh viện tỉnh.',
    body: `Bác sĩ **Phan Minh Quân** (29 tuổi) có thể ở lại bệnh viện lớn, nhưng anh chọn trạm y tế xã đảo, nơi trước đó chưa có bác sĩ thường trú.

## Khám từ xa, cứu người thật

Trạm được trang bị thiết bị hội chẩn trực tuyến. Những ca khó, anh kết nối với bác sĩ bệnh viện tỉnh để xử trí trước khi chuyển bằng tàu.

- Hơn 40 ca cấp cứu được xử trí kịp thời trong ba năm.
- Tỷ lệ trẻ tiêm chủng đầy đủ đạt trên 98%.

> Ở đảo, mỗi phút chờ tàu đều quý. Mình có mặt ở đây là bà con yên tâm ra khơi.`,
    category: 'role_model',
    province: 'KHA',
    tags: ['y-te', 'bien-dao', 'thanh-nien'],
    captions: ['Bác sĩ trẻ chọn về xã đảo: "Mình có mặt là bà con yên tâm ra khơi".'],
    hashtags: ['KhánhHòa', 'BiểnĐảo', 'GươngSáng'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn qua điện thoại với nhân vật (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 17,
    title: 'Sân chơi từ lốp xe cũ cho con em công nhân xóm trọ',
    summary:
      'Đoàn viên một khu phố ở TP. Hồ Chí Minh biến bãi đất trống thành sân chơi cho con em công nhân, dùng lốp xe, pallet gỗ cũ và sơn do người dân góp.',
    body: `Khu phố có hàng trăm phòng trọ công nhân, nhưng trẻ em không có chỗ chơi ngoài con hẻm.

## Từ bãi đất trống

Đoàn viên khu phố cùng chủ nhà trọ dọn sạch bãi đất, dùng **lốp xe cũ**, pallet gỗ và sơn an toàn để làm xích đu, đường hầm, bập bênh.

## Mỗi tối có người trông

Phụ huynh chia lịch trông trẻ buổi tối; sinh viên tình nguyện dạy kèm miễn phí vào cuối tuần ngay cạnh sân chơi.

Sau sáu tháng, sân chơi đón khoảng 80 em mỗi ngày.`,
    category: 'humane_story',
    province: 'HCM',
    tags: ['tre-em', 'cong-nhan', 'tinh-nguyen'],
    captions: ['Lốp xe cũ thành sân chơi cho con em công nhân.'],
    hashtags: ['TPHCM', 'TrẻEm', 'LanTỏa'],
    sourceType: 'event',
    sourceDetail: 'Buổi khánh thành sân chơi của khu phố (nội dung minh họa)',
  },
  {
    id: 18,
    title: 'Quảng Trị: mô hình “mỗi thôn một tổ cứu hộ” vượt qua mùa lũ',
    summary:
      'Ba mươi tổ cứu hộ thôn được trang bị thuyền, áo phao và tập huấn, di dời an toàn hơn 2.000 người trong đợt lũ tháng 10 mà không có thương vong.',
    body: `Sau những mùa lũ dữ, huyện ven sông ở Quảng Trị lập tổ cứu hộ ở từng thôn: 6–8 người, có thuyền, áo phao, đèn pin và điện thoại vệ tinh dùng chung.

## Diễn tập trước mùa mưa

Mỗi năm hai lần, các tổ diễn tập di dời người già, trẻ nhỏ, người khuyết tật lên điểm cao. Danh sách hộ cần hỗ trợ được cập nhật hằng tháng.

## Đợt lũ tháng 10

- Hơn **2.000 người** được di dời an toàn trong đêm.
- Không có thương vong về người.
- Lương thực dự trữ tại điểm tránh trú đủ cho ba ngày.`,
    category: 'advanced_example',
    province: 'QTI',
    tags: ['phong-chong-thien-tai', 'cong-dong'],
    captions: ['Mỗi thôn một tổ cứu hộ: 2.000 người được di dời an toàn, không thương vong.'],
    hashtags: ['QuảngTrị', 'PhòngChốngThiênTai'],
    sourceType: 'document',
    sourceDetail: 'Báo cáo tổng kết công tác phòng chống lụt bão (số liệu minh họa)',
  },
  {
    id: 19,
    title: 'Nghệ nhân trẻ phục dựng nghề dệt thổ cẩm ở Cao Bằng',
    summary:
      'Chị Nông Thị Lan, 31 tuổi, học lại nghề dệt từ bà ngoại, mở lớp miễn phí cho 40 phụ nữ trong xã và đưa sản phẩm ra chợ phiên, lên mạng.',
    body: `Khi bà ngoại là người cuối cùng trong xóm còn dệt được, chị **Nông Thị Lan** quyết định xin nghỉ việc ở thành phố về học nghề.

## Lớp dệt dưới sàn nhà sàn

Chị mở lớp miễn phí, mỗi khóa ba tháng. Đến nay đã có 40 phụ nữ biết dệt các hoa văn truyền thống.

## Từ chợ phiên lên mạng

Sản phẩm được bán ở chợ phiên và qua trang bán hàng của hợp tác xã. Mỗi thành viên có thêm 2–3 triệu đồng mỗi tháng.

> Giữ nghề là giữ tiếng nói của ông bà mình.`,
    category: 'role_model',
    province: 'CBG',
    tags: ['van-hoa', 'lang-nghe', 'phu-nu'],
    captions: ['Giữ nghề dệt là giữ tiếng nói của ông bà: câu chuyện của chị Lan ở Cao Bằng.'],
    hashtags: ['CaoBằng', 'LàngNghề'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn tại lớp dệt (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 20,
    title: 'Ninh Bình: đường làng rợp hoa do người dân tự trồng và chăm',
    summary:
      'Mười hai km đường làng ở một xã ven Tràng An được người dân chia nhau trồng, tưới và tỉa hoa. Đường đẹp kéo theo du khách và homestay.',
    body: `Năm 2024, các chi hội phụ nữ trong xã đề xuất: mỗi hộ nhận chăm 20 m đường trước cửa.

## Hoa của làng

- 12 km đường được trồng hoa giấy, hoa mười giờ, cúc tần.
- Nước tưới lấy từ bể chứa nước mưa do thôn xây.
- Mỗi quý, xã chấm điểm "đoạn đường đẹp" và trao thưởng tượng trưng.

## Khách đến, làng có thêm thu nhập

Nhiều hộ mở homestay, bán đặc sản. Con đường hoa trở thành điểm chụp ảnh của du khách đến Ninh Bình.`,
    category: 'local_achievement',
    province: 'NBH',
    tags: ['nong-thon-moi', 'du-lich-cong-dong'],
    captions: ['12 km đường hoa do chính người dân Ninh Bình trồng và chăm.'],
    hashtags: ['NinhBình', 'NôngThônMới'],
    sourceType: 'event',
    sourceDetail: 'Hội nghị tổng kết phong trào xây dựng nông thôn mới của xã (nội dung minh họa)',
  },
  {
    id: 21,
    title: 'Chuyến xe 0 đồng chở bệnh nhân chạy thận ở Thanh Hóa',
    summary:
      'Anh Lê Đình Khải, tài xế taxi, mỗi tuần ba lần chở miễn phí bệnh nhân chạy thận từ các xã vào bệnh viện tỉnh.',
    body: `Anh **Lê Đình Khải** (44 tuổi) biết nỗi vất vả của người chạy thận khi mẹ anh điều trị nhiều năm.

Từ năm 2022, mỗi thứ Hai, Tư, Sáu, chiếc xe bảy chỗ của anh đón bệnh nhân từ 5 giờ sáng ở các xã, đưa vào bệnh viện tỉnh và đón về khi chạy xong.

## Không chỉ là chuyến xe

- Anh lập nhóm tài xế tình nguyện, nay có 9 xe thay phiên.
- Các nhà hảo tâm góp tiền xăng; anh công khai thu chi hằng tháng trên nhóm.

> Đường xa, bệnh nặng. Mình chở được người nào thì đỡ cho người đó một đoạn.`,
    category: 'humane_story',
    province: 'THA',
    tags: ['y-te', 'tinh-nguyen'],
    captions: ['Chuyến xe 0 đồng mỗi tuần ba lần cho bệnh nhân chạy thận ở Thanh Hóa.'],
    hashtags: ['ThanhHóa', 'NhânÁi'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn tài xế và bệnh nhân (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 22,
    title: 'Trường tiểu học Hòa An dạy bơi miễn phí cho 100% học sinh',
    summary:
      'Trường ở Vĩnh Long xây bể bơi di động, phối hợp với đoàn thanh niên dạy bơi cho toàn bộ học sinh lớp 3 đến lớp 5, phòng chống đuối nước mùa lũ.',
    body: `Ở vùng sông nước Vĩnh Long, biết bơi là kỹ năng sống còn. Trường tiểu học **Hòa An** (tên minh họa) đặt mục tiêu: học sinh lớp 3 trở lên đều biết bơi.

## Bể bơi di động

Nhà trường cùng hội phụ huynh lắp một bể bơi di động trong sân trường. Giáo viên thể dục và đoàn viên có chứng chỉ cứu hộ dạy theo nhóm nhỏ.

## Sau hai mùa hè

- 100% học sinh lớp 3–5 biết bơi tự cứu.
- Các em được học thêm cách gọi người lớn và cứu bạn an toàn từ trên bờ.`,
    category: 'advanced_example',
    province: 'VLG',
    tags: ['hoc-sinh', 'phong-chong-duoi-nuoc', 'giao-duc'],
    captions: ['Mọi học sinh đều biết bơi: cách một trường ở Vĩnh Long phòng đuối nước.'],
    hashtags: ['VĩnhLong', 'AnToànTrẻEm'],
    sourceType: 'document',
    sourceDetail: 'Báo cáo của nhà trường (đơn vị hư cấu, số liệu minh họa)',
  },
  {
    id: 23,
    title: 'Đồng Nai: khu công nghiệp mở nhà trẻ cho con công nhân',
    summary:
      'Nhà trẻ trong khu công nghiệp nhận trẻ từ 6 tháng tuổi, mở cửa theo ca làm việc, học phí chỉ bằng một phần ba bên ngoài.',
    body: `Trước đây, nhiều công nhân ở khu công nghiệp phải gửi con về quê hoặc gửi nhóm trẻ tự phát.

## Nhà trẻ theo ca

Ban quản lý khu công nghiệp cùng ba doanh nghiệp góp vốn xây nhà trẻ **Hoa Mai** (tên minh họa):

- Nhận trẻ từ 6 tháng đến 5 tuổi.
- Mở cửa từ 5 giờ 30 sáng đến 22 giờ, theo ca làm việc.
- Học phí khoảng một phần ba so với bên ngoài; doanh nghiệp hỗ trợ phần còn lại.

Đã có 260 trẻ theo học. Tỷ lệ công nhân nữ nghỉ việc sau sinh của ba doanh nghiệp giảm rõ rệt.`,
    category: 'local_achievement',
    province: 'DNI',
    tags: ['cong-nhan', 'tre-em', 'an-sinh'],
    captions: ['Nhà trẻ mở theo ca cho con công nhân: chuyện tốt ở Đồng Nai.'],
    hashtags: ['ĐồngNai', 'CôngNhân'],
    sourceType: 'event',
    sourceDetail: 'Lễ khai giảng năm học của nhà trẻ (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 24,
    title: 'Tin “sạt lở nuốt trọn cả thôn” ở Lào Cai là ảnh cũ, sai địa điểm',
    summary:
      'Video được chia sẻ với tiêu đề "sạt lở nuốt trọn cả thôn ở Lào Cai đêm qua" thực chất quay ở nơi khác từ nhiều năm trước.',
    body: `Một đoạn video cảnh đất đá đổ xuống sườn đồi được đăng kèm tiêu đề giật gân, thu hút hàng trăm nghìn lượt xem.

## Kiểm chứng

- Tìm kiếm hình ảnh ngược cho thấy video đã xuất hiện trên mạng từ nhiều năm trước, ở một địa điểm khác.
- Chính quyền các xã trong khu vực xác nhận không có sự cố sạt lở nào trong đêm được nhắc tới.
- Tài khoản đăng video mới lập, liên tục đăng tin giật gân để thu hút tương tác.

## Lời khuyên

Mùa mưa bão, thông tin thật về thiên tai rất quan trọng. Hãy theo dõi kênh chính thức của chính quyền địa phương và **không chia sẻ video không rõ nguồn**.`,
    category: 'rebuttal',
    province: 'LCI',
    tags: ['phan-bac-tin-gia', 'phong-chong-thien-tai'],
    captions: ['Video "sạt lở nuốt trọn cả thôn" là ảnh cũ, sai địa điểm. Đừng chia sẻ tin chưa kiểm chứng.'],
    // The reply kit: courteous replies a member pastes under the false post (the link is added when shown).
    replies: [
      'Cảm ơn bạn đã quan tâm đến bà con vùng lũ. Ảnh trong bài là ảnh cũ, chụp ở nơi khác, không phải Lào Cai hôm nay. Mời bạn xem bài kiểm chứng:',
      'Mong bạn cân nhắc trước khi chia sẻ: tin sai về thiên tai dễ làm người thân ở xa lo lắng. Thông tin chính thức về mưa lũ có trên trang của chính quyền địa phương.',
    ],
    hashtags: ['TinGiả', 'LàoCai', 'KiểmChứng'],
    sourceType: 'other',
    sourceDetail: 'Tìm kiếm hình ảnh ngược và xác minh với chính quyền xã (nội dung minh họa)',
  },
  {
    id: 25,
    title: 'Phú Thọ: người cựu chiến binh hiến đất mở đường liên thôn',
    summary:
      'Ông Hà Văn Thắng hiến 600 m² đất vườn để mở rộng đường liên thôn, kéo theo 23 hộ khác cùng hiến đất, làm xong 2 km đường rộng 5 m.',
    body: `Con đường liên thôn cũ chỉ rộng chưa đầy 3 m, xe cứu thương không vào được.

Ông **Hà Văn Thắng** (68 tuổi), cựu chiến binh, là người đầu tiên ký giấy hiến **600 m²** đất vườn. "Đường rộng thì con cháu đi lại an toàn, bà con bán nông sản cũng thuận", ông nói.

## Một người đi trước, cả thôn đi theo

- 23 hộ khác cùng hiến đất, tháo dỡ tường rào.
- 2 km đường được mở rộng lên 5 m, có rãnh thoát nước và đèn chiếu sáng.
- Không phát sinh khiếu nại nào.`,
    category: 'role_model',
    province: 'PTO',
    tags: ['nong-thon-moi', 'cuu-chien-binh'],
    captions: ['Một người hiến đất, cả thôn làm theo: 2 km đường mới ở Phú Thọ.'],
    hashtags: ['PhúThọ', 'NgườiTốtViệcTốt'],
    sourceType: 'event',
    sourceDetail: 'Lễ khánh thành đường liên thôn (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 26,
    title: 'Thư viện số cho học sinh vùng biên ở Lạng Sơn',
    summary:
      'Một trường trung học cơ sở gần cửa khẩu lập thư viện số với 5.000 đầu sách điện tử, học sinh bán trú đọc được cả khi mất mạng.',
    body: `Trường THCS **Hữu Nghị** (tên minh họa) có hơn 70% học sinh là người dân tộc thiểu số, nhiều em ở bán trú.

## Đọc được cả khi mất mạng

Thầy cô cài sẵn kho sách điện tử vào một máy chủ nhỏ trong trường. Học sinh đọc trên máy tính bảng của thư viện qua mạng nội bộ, không cần Internet.

## Một năm sau

- Mỗi em đọc bình quân 14 cuốn sách trong năm học.
- Câu lạc bộ "Em kể chuyện sách" có 60 thành viên, sinh hoạt mỗi tối thứ Năm.`,
    category: 'advanced_example',
    province: 'LSN',
    tags: ['chuyen-doi-so', 'giao-duc', 'van-hoa-doc'],
    captions: ['Thư viện số chạy không cần Internet cho học sinh vùng biên Lạng Sơn.'],
    hashtags: ['LạngSơn', 'ChuyểnĐổiSố'],
    sourceType: 'document',
    sourceDetail: 'Báo cáo năm học của nhà trường (đơn vị hư cấu, số liệu minh họa)',
  },
  {
    id: 27,
    title: 'Mái ấm cho cụ bà 90 tuổi sống một mình ở Hà Tĩnh',
    summary:
      'Hội Cựu chiến binh, Đoàn Thanh niên và bà con trong thôn góp tiền, góp công xây nhà mới trong 20 ngày cho cụ bà neo đơn.',
    body: `Căn nhà tranh của cụ **Trần Thị Nhàn** (90 tuổi, nhân vật hư cấu) dột nát sau mùa bão.

## 20 ngày, một mái ấm

- Hội Cựu chiến binh xã vận động được 85 triệu đồng.
- Đoàn viên thanh niên góp hơn 300 ngày công.
- Một cửa hàng vật liệu trong xã bán xi măng, gạch theo giá gốc.

Ngày nhận nhà, cụ nắm tay từng người: "Có chết cũng yên lòng rồi".

Thôn phân công các hộ lân cận thay nhau ghé thăm cụ mỗi ngày.`,
    category: 'humane_story',
    province: 'HTH',
    tags: ['an-sinh', 'nguoi-cao-tuoi', 'tinh-nguyen'],
    captions: ['20 ngày, cả thôn góp sức xây nhà cho cụ bà 90 tuổi.'],
    hashtags: ['HàTĩnh', 'NhânÁi'],
    sourceType: 'event',
    sourceDetail: 'Lễ bàn giao nhà tình nghĩa (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 28,
    title: 'Sơn La: hợp tác xã xoài đạt chuẩn xuất khẩu',
    summary:
      'Hợp tác xã xoài Mường Sang Xanh (tên minh họa) có vùng trồng được cấp mã số, lô xoài đầu tiên đã sang thị trường khó tính.',
    body: `Sau ba năm chuẩn hóa quy trình, **45 ha** xoài của hợp tác xã được cấp mã số vùng trồng.

## Từ ruộng nương đến thị trường xa

- Ghi nhật ký canh tác điện tử cho từng lô.
- Bao trái, thu hái và sơ chế theo chuẩn.
- Liên kết với doanh nghiệp đóng gói, bảo quản lạnh.

Lô xoài đầu tiên 12 tấn đã xuất khẩu. Giá thu mua cao hơn bán lẻ trong nước khoảng 40%.`,
    category: 'local_achievement',
    province: 'SLA',
    tags: ['nong-nghiep-sach', 'hop-tac-xa', 'xuat-khau'],
    captions: ['Xoài Sơn La có mã số vùng trồng, lô đầu tiên đã xuất khẩu.'],
    hashtags: ['SơnLa', 'NôngSảnViệt'],
    sourceType: 'event',
    sourceDetail: 'Lễ xuất khẩu lô hàng đầu tiên (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 29,
    title: 'Công an xã dạy kỹ năng nhận diện lừa đảo qua mạng cho người cao tuổi',
    summary:
      'Ở Tuyên Quang, các buổi "cà phê an ninh mạng" hằng tháng giúp hàng trăm người cao tuổi nhận biết cuộc gọi giả danh, đường dẫn lạ.',
    body: `Người cao tuổi là đối tượng dễ bị lừa qua điện thoại và mạng xã hội. Công an xã ở Tuyên Quang tổ chức "**cà phê an ninh mạng**" mỗi tháng một lần tại nhà văn hóa thôn.

## Ba điều cần nhớ

1. Cơ quan công an không làm việc qua điện thoại và không yêu cầu chuyển tiền.
2. Không bấm vào đường dẫn lạ, không cung cấp mã OTP cho ai.
3. Nghi ngờ thì gọi con cháu hoặc công an xã trước khi làm gì.

Sau một năm, xã không ghi nhận thêm vụ người cao tuổi bị lừa chuyển tiền.`,
    category: 'advanced_example',
    province: 'TQG',
    tags: ['an-ninh-mang', 'nguoi-cao-tuoi'],
    captions: ['Ba điều người cao tuổi cần nhớ để không bị lừa qua mạng.'],
    hashtags: ['AnNinhMạng', 'TuyênQuang'],
    sourceType: 'event',
    sourceDetail: 'Buổi sinh hoạt "cà phê an ninh mạng" tại nhà văn hóa thôn (nội dung minh họa)',
  },
  {
    id: 30,
    title: 'Nhóm sinh viên Huế sửa máy tính cũ tặng học sinh nghèo',
    summary:
      'Câu lạc bộ tin học của một trường đại học ở Huế đã sửa và tặng 350 máy tính cũ cho học sinh khó khăn ở vùng biển, vùng núi.',
    body: `Câu lạc bộ **Máy Tính Cho Em** (tên minh họa) nhận máy tính cũ từ cơ quan, doanh nghiệp thanh lý.

## Từ linh kiện cũ

Sinh viên kiểm tra, thay ổ cứng, nâng bộ nhớ, cài phần mềm học tập miễn phí. Mỗi máy được bảo hành một năm.

## Đến tay các em

- 350 máy đã được tặng trong hai năm.
- Mỗi đợt trao máy kèm buổi hướng dẫn sử dụng an toàn trên mạng.

Một em học sinh lớp 9 viết thư cảm ơn: "Em đã tự học được lập trình những bài đầu tiên".`,
    category: 'humane_story',
    province: 'HUE',
    tags: ['tinh-nguyen', 'chuyen-doi-so', 'hoc-sinh'],
    captions: ['350 máy tính cũ được sinh viên Huế sửa lại và tặng học sinh nghèo.'],
    hashtags: ['Huế', 'SinhViênTìnhNguyện'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn chủ nhiệm câu lạc bộ (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 31,
    title: 'Gia Lai: buôn làng giữ rừng nhận tiền chi trả dịch vụ môi trường',
    summary:
      'Cộng đồng một buôn nhận khoán bảo vệ 1.200 ha rừng, năm năm liền không để xảy ra cháy rừng, tiền chi trả được dùng làm đường và hỗ trợ học sinh.',
    body: `Buôn **Kon Sơ** (tên minh họa) nhận khoán bảo vệ 1.200 ha rừng từ năm 2020.

## Giữ rừng bằng luật tục và lịch tuần tra

- Mỗi tuần có 4 tổ tuần tra luân phiên.
- Luật tục của buôn quy định rõ việc không chặt cây, không đốt nương sát bìa rừng.

## Rừng nuôi lại buôn làng

Năm năm không để xảy ra cháy rừng. Tiền chi trả dịch vụ môi trường rừng mỗi năm được buôn bàn bạc dùng làm đường nội buôn, mua sách vở cho học sinh.`,
    category: 'local_achievement',
    province: 'GLI',
    tags: ['moi-truong', 'bao-ve-rung'],
    captions: ['1.200 ha rừng, 5 năm không cháy: buôn làng Gia Lai giữ rừng, rừng nuôi buôn.'],
    hashtags: ['GiaLai', 'BảoVệRừng'],
    sourceType: 'document',
    sourceDetail: 'Biên bản nghiệm thu khoán bảo vệ rừng (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 32,
    title: 'Người thợ lặn tình nguyện vớt rác đáy biển Quảng Ninh',
    summary:
      'Anh Vũ Đức Hải cùng nhóm thợ lặn tình nguyện mỗi tháng lặn vớt lưới ma, rác nhựa ở các điểm tham quan trên vịnh.',
    body: `Anh **Vũ Đức Hải** (35 tuổi) làm hướng dẫn viên lặn biển. Mỗi tháng, anh cùng 12 thợ lặn tình nguyện dành một ngày để làm sạch đáy biển.

## Lưới ma và rác nhựa

Lưới đánh cá bị bỏ lại ("lưới ma") quấn vào rạn san hô, bẫy cá, rùa. Nhóm đã vớt được hơn **4 tấn** rác, trong đó có hàng trăm mét lưới.

## Lan tỏa

Nhóm mở buổi nói chuyện cho học sinh về rác nhựa; nhiều nhà hàng nổi cam kết không dùng ống hút, hộp xốp dùng một lần.`,
    category: 'role_model',
    province: 'QNH',
    tags: ['moi-truong', 'bien-dao', 'tinh-nguyen'],
    captions: ['Hơn 4 tấn rác được vớt khỏi đáy biển nhờ nhóm thợ lặn tình nguyện.'],
    hashtags: ['QuảngNinh', 'BiểnSạch'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn trưởng nhóm thợ lặn (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 33,
    title: 'Quảng Ngãi: làng chài lập quỹ tương trợ ngư dân gặp nạn',
    summary:
      'Mỗi chuyến biển, các tàu cá góp một phần nhỏ vào quỹ chung; khi có tàu gặp nạn, quỹ hỗ trợ ngay gia đình ngư dân.',
    body: `Nghiệp đoàn nghề cá ở một xã ven biển Quảng Ngãi lập **quỹ tương trợ** từ năm 2021.

## Góp nhỏ, giúp lớn

- Mỗi chuyến biển, một tàu góp 200.000 đồng.
- Quỹ có hơn 1,2 tỷ đồng, được công khai thu chi hằng quý.
- Khi có tàu gặp nạn, gia đình được hỗ trợ trong 24 giờ.

Ngoài ra, các tàu còn giữ liên lạc theo tổ, sẵn sàng cứu nạn lẫn nhau trên biển.`,
    category: 'advanced_example',
    province: 'QNI',
    tags: ['bien-dao', 'ngu-dan', 'cong-dong'],
    captions: ['Quỹ tương trợ ngư dân: góp nhỏ mỗi chuyến biển, giúp nhau lúc hoạn nạn.'],
    hashtags: ['QuảngNgãi', 'NgưDân'],
    sourceType: 'document',
    sourceDetail: 'Báo cáo của nghiệp đoàn nghề cá (đơn vị hư cấu, số liệu minh họa)',
  },
  {
    id: 34,
    title: 'Bản tin tiếng dân tộc phát qua loa thôn ở Tây Ninh',
    summary:
      'Xã biên giới ở Tây Ninh phát bản tin song ngữ Việt – Khmer mỗi sáng, giúp bà con nắm chính sách và phòng tránh tin giả.',
    body: `Ở một xã biên giới Tây Ninh, nhiều bà con Khmer lớn tuổi chưa đọc thạo tiếng Việt.

## Năm phút mỗi sáng

Đài truyền thanh xã cùng các sư sãi, người uy tín biên soạn bản tin **song ngữ** ngắn: giá nông sản, lịch tiêm chủng, chính sách mới và cách nhận biết tin giả.

Sau một năm, bà con chủ động hỏi cán bộ xã khi nghe tin lạ trên mạng, thay vì chia sẻ ngay.`,
    category: 'local_achievement',
    province: 'TNH',
    tags: ['truyen-thong-co-so', 'dong-bao-dan-toc'],
    captions: ['Bản tin song ngữ mỗi sáng giúp bà con biên giới tránh tin giả.'],
    hashtags: ['TâyNinh', 'TruyềnThông'],
    sourceType: 'event',
    sourceDetail: 'Làm việc với đài truyền thanh xã (nội dung minh họa)',
  },
  {
    id: 35,
    title: 'Cậu học trò nghèo An Giang nhặt được ví, tìm trả người đánh rơi',
    summary:
      'Em Nguyễn Hoàng Phúc, học sinh lớp 8, nhặt được ví có 15 triệu đồng và giấy tờ, đã nhờ công an xã tìm trả người mất.',
    body: `Trên đường đi học về, em **Nguyễn Hoàng Phúc** (14 tuổi, nhân vật hư cấu) nhặt được chiếc ví có 15 triệu đồng và nhiều giấy tờ.

Em mang ngay đến công an xã. Người đánh rơi là một tiểu thương vừa đi giao hàng, số tiền là tiền hàng của cả tháng.

> Mẹ dạy con: cái gì không phải của mình thì không lấy.

Nhà trường đã tuyên dương em trước toàn trường. Người nhận lại ví xin được góp học bổng cho em đến hết cấp ba.`,
    category: 'role_model',
    province: 'AGG',
    tags: ['hoc-sinh', 'trung-thuc'],
    captions: ['"Cái gì không phải của mình thì không lấy": cậu học trò An Giang trả lại ví 15 triệu.'],
    hashtags: ['AnGiang', 'NgườiTốtViệcTốt'],
    sourceType: 'document',
    sourceDetail: 'Thông tin từ công an xã và nhà trường (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 36,
    title: 'Hà Nội: tổ dân phố “không khói thuốc” đầu tiên của phường',
    summary:
      'Một tổ dân phố ở Hà Nội vận động 100% hộ cam kết không hút thuốc trong nhà và nơi công cộng, lập góc tư vấn cai thuốc cùng trạm y tế.',
    body: `Tổ dân phố số 7 (tên minh họa) có 180 hộ. Sáng kiến bắt đầu từ nhóm phụ nữ lo cho sức khỏe trẻ em.

## Cam kết từng nhà

- 100% hộ ký cam kết không hút thuốc trong nhà, nơi sinh hoạt chung.
- Trạm y tế phường mở góc tư vấn cai thuốc mỗi tối thứ Ba.
- 23 người đã cai thuốc thành công sau sáu tháng.

Phường đang nhân rộng mô hình sang các tổ dân phố khác.`,
    category: 'advanced_example',
    province: 'HNI',
    tags: ['y-te', 'cong-dong'],
    captions: ['180 hộ cùng cam kết: tổ dân phố không khói thuốc đầu tiên của phường.'],
    hashtags: ['HàNội', 'SốngKhỏe'],
    sourceType: 'event',
    sourceDetail: 'Hội nghị sơ kết của phường (nội dung minh họa)',
  },
  {
    id: 37,
    title: 'Những bữa sáng miễn phí trước cổng bệnh viện ở TP. Hồ Chí Minh',
    summary:
      'Mỗi sáng, nhóm tình nguyện phát 500 phần cháo, bánh mì cho bệnh nhân và người nhà trước cổng một bệnh viện lớn.',
    body: `Từ 5 giờ sáng, nhóm **Bữa Sáng Yêu Thương** (tên minh họa) đã có mặt trước cổng bệnh viện.

## 500 phần mỗi sáng

Cháo, bánh mì, sữa được chuẩn bị từ đêm trước. Người nhận chỉ cần xếp hàng; người già, người khuyết tật được ưu tiên.

## Ai đứng sau?

Hơn 50 tình nguyện viên là nhân viên văn phòng, sinh viên, tiểu thương. Chi phí do các nhà hảo tâm đóng góp, được công khai trên trang của nhóm mỗi tháng.`,
    category: 'humane_story',
    province: 'HCM',
    tags: ['tinh-nguyen', 'y-te', 'an-sinh'],
    captions: ['500 phần ăn sáng mỗi ngày cho bệnh nhân nghèo ở TP. Hồ Chí Minh.'],
    hashtags: ['TPHCM', 'NhânÁi', 'LanTỏa'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn trưởng nhóm tình nguyện (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 38,
    title: 'Ảnh “cá chết trắng sông” ở Hải Phòng được cắt ghép từ sự cố nơi khác',
    summary:
      'Bức ảnh cá chết nổi trắng mặt sông được gán cho một con sông ở Hải Phòng là ảnh chụp ở địa phương khác, đã được xử lý từ nhiều năm trước.',
    body: `Một tài khoản đăng ảnh cá chết nổi trắng mặt sông, khẳng định "nhà máy ở Hải Phòng xả thải đêm qua".

## Kiểm chứng

- Ảnh đã xuất hiện trên mạng từ nhiều năm trước, gắn với một sự cố ở địa phương khác và đã được xử lý.
- Kết quả quan trắc môi trường tự động trên đoạn sông được nhắc tới trong các ngày gần đây đều bình thường.
- Ảnh bị cắt bỏ phần bờ sông có biển tên địa danh thật.

Nếu thấy dấu hiệu ô nhiễm thật, hãy báo ngay cho chính quyền địa phương kèm thời gian, địa điểm cụ thể.`,
    category: 'rebuttal',
    province: 'HPG',
    tags: ['phan-bac-tin-gia', 'moi-truong'],
    captions: ['Ảnh "cá chết trắng sông" là ảnh cũ ở nơi khác. Kiểm chứng trước khi chia sẻ.'],
    // The reply kit: courteous replies a member pastes under the false post (the link is added when shown).
    replies: [
      'Ảnh “cá chết trắng sông” là ảnh cũ từ một sự cố ở nơi khác, không phải Hải Phòng. Cảm ơn bạn đã quan tâm đến môi trường, mời bạn đọc bài kiểm chứng:',
      'Mình hiểu bạn lo cho dòng sông. Bạn có thể tìm lại nguồn gốc ảnh bằng công cụ tìm kiếm hình ảnh trước khi chia sẻ nhé.',
      'Tin này chưa đúng bạn ơi. Khi thấy ảnh gây hoang mang, mình cùng kiểm tra nguồn chính thức rồi hãy chia sẻ.',
    ],
    hashtags: ['TinGiả', 'HảiPhòng', 'KiểmChứng'],
    sourceType: 'other',
    sourceDetail: 'Tìm kiếm hình ảnh ngược, đối chiếu số liệu quan trắc (nội dung minh họa)',
  },
  {
    id: 39,
    title: 'Nghệ An: thầy giáo dạy tin học miễn phí cho người khuyết tật',
    summary:
      'Thầy Hồ Sỹ Nam mở lớp tin học miễn phí cho người khuyết tật, giúp 80 học viên tìm được việc làm trực tuyến.',
    body: `Thầy **Hồ Sỹ Nam** (52 tuổi) dạy tin học ở một trường nghề. Từ năm 2019, thầy mở thêm lớp buổi tối cho người khuyết tật.

## Học để tự lập

Học viên được học soạn thảo văn bản, nhập liệu, thiết kế đơn giản và cách làm việc trực tuyến an toàn.

- 80 học viên đã có việc làm trực tuyến.
- Nhiều người lần đầu có thu nhập ổn định, tự lo cho bản thân.

> Các em không cần thương hại, các em cần một cơ hội.`,
    category: 'role_model',
    province: 'NAN',
    tags: ['nguoi-khuyet-tat', 'giao-duc', 'chuyen-doi-so'],
    captions: ['"Các em không cần thương hại, các em cần một cơ hội": thầy Nam và lớp tin học miễn phí.'],
    hashtags: ['NghệAn', 'GươngSáng'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn thầy giáo và học viên (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 40,
    title: 'Đà Nẵng: phố đi bộ ven biển thân thiện với người khuyết tật',
    summary:
      'Tuyến phố đi bộ mới có lối lên xuống cho xe lăn, gạch dẫn hướng cho người khiếm thị và nhà vệ sinh tiếp cận được.',
    body: `Tuyến phố đi bộ ven biển vừa cải tạo ở Đà Nẵng được góp ý thiết kế bởi chính hội người khuyết tật thành phố.

## Những chi tiết nhỏ

- Lối lên xuống có độ dốc phù hợp cho xe lăn ở mọi giao lộ.
- Gạch dẫn hướng cho người khiếm thị dọc tuyến.
- Nhà vệ sinh công cộng tiếp cận được, có biển chữ nổi.

Anh Trương Công Bình (nhân vật hư cấu), thành viên hội, nói: "Lần đầu tôi tự đi ra biển mà không cần ai đẩy xe".`,
    category: 'local_achievement',
    province: 'DNG',
    tags: ['nguoi-khuyet-tat', 'do-thi'],
    captions: ['"Lần đầu tôi tự đi ra biển mà không cần ai đẩy xe": phố đi bộ cho mọi người ở Đà Nẵng.'],
    hashtags: ['ĐàNẵng', 'ThànhPhốChoMọiNgười'],
    sourceType: 'event',
    sourceDetail: 'Lễ khánh thành tuyến phố đi bộ (nội dung minh họa)',
  },
  {
    id: 41,
    title: 'Bà mẹ đơn thân nuôi ba con đỗ đại học bằng gánh xôi ở Thanh Hóa',
    summary:
      'Hơn hai mươi năm, gánh xôi sáng của bà Phạm Thị Hoa nuôi ba người con ăn học; cả ba đều đỗ đại học và trở về quê làm việc.',
    body: `Mỗi sáng từ 4 giờ, bà **Phạm Thị Hoa** (nhân vật hư cấu) đã đỏ lửa nồi xôi. Gánh xôi theo bà suốt hơn hai mươi năm.

Ba người con của bà đều đỗ đại học: một kỹ sư nông nghiệp, một giáo viên, một điều dưỡng. Cả ba đã trở về quê làm việc.

> Mẹ không có chữ nhiều, nhưng mẹ biết chữ sẽ đưa các con đi xa.

Hội Phụ nữ xã đã vinh danh bà trong dịp kỷ niệm ngày Phụ nữ Việt Nam.`,
    category: 'humane_story',
    province: 'THA',
    tags: ['phu-nu', 'gia-dinh', 'giao-duc'],
    captions: ['Gánh xôi nuôi ba con đỗ đại học: câu chuyện của một người mẹ Thanh Hóa.'],
    hashtags: ['ThanhHóa', 'NgườiMẹ'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn nhân vật tại nhà (nhân vật hư cấu, nội dung minh họa)',
  },
  {
    id: 42,
    title: 'Hải Phòng: đội xe ôm công nghệ đưa người bệnh đi cấp cứu miễn phí ban đêm',
    summary:
      'Một nhóm tài xế xe ôm công nghệ trực điện thoại suốt đêm, chở miễn phí người bệnh neo đơn đến bệnh viện.',
    body: `Nhóm **Đêm Không Ngủ** (tên minh họa) có 40 tài xế, chia ca trực từ 22 giờ đến 5 giờ sáng.

## Một cuộc gọi, một chuyến xe

Người bệnh hoặc hàng xóm gọi đường dây của nhóm; tài xế gần nhất nhận chuyến. Những ca nặng, nhóm hướng dẫn gọi cấp cứu 115 và hỗ trợ dẫn đường.

Hơn 900 chuyến xe miễn phí sau hai năm; nhóm được công an phường tặng giấy khen.`,
    category: 'humane_story',
    province: 'HPG',
    tags: ['tinh-nguyen', 'y-te'],
    captions: ['900 chuyến xe miễn phí trong đêm đưa người bệnh đến viện.'],
    hashtags: ['HảiPhòng', 'NhânÁi'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn trưởng nhóm tài xế (đơn vị hư cấu, nội dung minh họa)',
  },
  {
    id: 43,
    title: 'Cần Thơ: chợ nổi chuyển sang thanh toán không tiền mặt',
    summary:
      'Tiểu thương trên chợ nổi được đoàn viên hướng dẫn dùng mã QR, du khách mua hàng dễ hơn, tiểu thương bớt lo giữ tiền mặt.',
    body: `Đoàn viên thanh niên phường tổ chức "ghe tình nguyện" đi hướng dẫn từng tiểu thương trên **chợ nổi** mở tài khoản, in mã QR.

## Kết quả

- Hơn 200 ghe hàng dùng mã QR.
- Du khách nước ngoài thanh toán thuận tiện hơn.
- Tiểu thương được hướng dẫn cách nhận biết tin nhắn lừa đảo giả danh ngân hàng.`,
    category: 'local_achievement',
    province: 'CTO',
    tags: ['chuyen-doi-so', 'du-lich-cong-dong'],
    captions: ['Chợ nổi Cần Thơ quét mã QR: truyền thống gặp công nghệ.'],
    hashtags: ['CầnThơ', 'ChuyểnĐổiSố'],
    sourceType: 'event',
    sourceDetail: 'Hoạt động tình nguyện của Đoàn phường (nội dung minh họa)',
  },
  {
    id: 44,
    title: 'Gương sáng đường làng: bà cụ 80 tuổi quét đường mỗi sớm ở Bắc Ninh',
    summary:
      'Ba mươi năm nay, bà cụ Nguyễn Thị Tý dậy từ 5 giờ sáng quét sạch con đường làng dài gần một cây số, không nhận thù lao.',
    body: `Người trong làng gọi bà **Nguyễn Thị Tý** (nhân vật hư cấu) là "bà quét đường". Ba mươi năm qua, bà dậy từ 5 giờ sáng, quét sạch con đường làng gần một cây số.

## Cả làng học theo

Thấy bà, các hộ dọc đường tự nhận quét trước cửa nhà mình; đoàn viên thanh niên tổ chức "Chủ nhật xanh" mỗi tháng.

> Đường sạch thì người đi cũng vui.

Con đường làng nay có đèn, có hoa, được xã chọn là đường kiểu mẫu.`,
    category: 'role_model',
    province: 'BNH',
    tags: ['moi-truong', 'nguoi-cao-tuoi'],
    captions: ['30 năm quét đường làng mỗi sớm: gương sáng của bà cụ 80 tuổi.'],
    hashtags: ['BắcNinh', 'GươngSáng'],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn người dân trong làng (nhân vật hư cấu, nội dung minh họa)',
  },
];

/** Stories that must never appear publicly: in the API, the pages, RSS, the sitemap or search. */
export const nonPublicStories: SeedStory[] = [
  {
    id: 101,
    title: 'Bản nháp: Đà Nẵng chuẩn bị lễ hội pháo hoa',
    summary: 'Bản nháp chưa kiểm duyệt.',
    body: 'Nội dung **bản nháp** về Đà Nẵng, chưa được biên tập viên duyệt.',
    category: 'local_achievement',
    province: 'DNG',
    tags: ['ban-nhap'],
    captions: [],
    hashtags: [],
    sourceType: 'other',
    sourceDetail: 'Bản nháp',
    status: 'draft',
  },
  {
    id: 102,
    title: 'Chờ duyệt: gương sáng hiến máu ở Hà Nội',
    summary: 'Bài gửi chờ duyệt.',
    body: 'Bài cộng tác viên gửi, **chờ duyệt**.',
    category: 'role_model',
    province: 'HNI',
    tags: ['ban-nhap', 'hien-mau'],
    captions: [],
    hashtags: [],
    sourceType: 'interview',
    sourceDetail: 'Chưa xác minh',
    status: 'submitted',
    submittedAt: '2026-11-27T09:15:00+07:00',
  },
  {
    id: 103,
    title: 'Bị từ chối: tin chưa xác minh về Đà Nẵng',
    summary: 'Bài bị từ chối vì chưa có nguồn.',
    body: 'Bài **bị từ chối**: nguồn tin không rõ ràng.',
    category: 'humane_story',
    province: 'DNG',
    tags: ['ban-nhap'],
    captions: [],
    hashtags: [],
    sourceType: 'other',
    sourceDetail: 'Không rõ nguồn',
    status: 'rejected',
  },
  {
    id: 104,
    title: 'Lên lịch: thành tựu nông thôn mới Quảng Ninh',
    summary: 'Bài đã duyệt, chờ đến giờ đăng.',
    body: 'Bài **lên lịch** đăng sau.',
    category: 'local_achievement',
    province: 'QNH',
    tags: ['ban-nhap', 'nong-thon-moi'],
    captions: [],
    hashtags: [],
    sourceType: 'document',
    sourceDetail: 'Báo cáo của xã',
    status: 'scheduled',
  },
  {
    id: 105,
    title: 'Đã gỡ: câu chuyện nhân văn ở Huế',
    summary: 'Bài đã đăng rồi được gỡ xuống.',
    body: 'Bài **đã lưu trữ**, không còn hiển thị.',
    category: 'humane_story',
    province: 'HUE',
    tags: ['ban-nhap'],
    captions: [],
    hashtags: [],
    sourceType: 'interview',
    sourceDetail: 'Đã gỡ theo đề nghị của nhân vật',
    status: 'archived',
    publishedAt: '2026-09-01T09:00:00+07:00',
  },
  {
    id: 106,
    title: 'Bản nháp: gương sáng đường làng Cà Mau',
    summary: 'Bản nháp thứ hai.',
    body: 'Một **bản nháp** khác, có từ khóa gương sáng.',
    category: 'role_model',
    province: 'CMU',
    tags: ['ban-nhap'],
    captions: [],
    hashtags: [],
    sourceType: 'other',
    sourceDetail: 'Bản nháp',
    status: 'draft',
  },
  {
    // The national editor's own story: four-eyes keeps editor@ from approving it; editor2@ (HCM) can.
    id: 107,
    title: 'Chờ duyệt: tổ xe ôm tình nguyện chở bệnh nhân ở Quận 8',
    summary: 'Bài của biên tập viên gửi, cần một biên tập viên khác duyệt.',
    body: 'Mười hai bác tài xe ôm ở Quận 8 thay nhau **chở miễn phí** bệnh nhân chạy thận đến bệnh viện mỗi sáng.',
    category: 'humane_story',
    province: 'HCM',
    tags: ['ban-nhap', 'tinh-nguyen'],
    captions: [],
    hashtags: [],
    sourceType: 'interview',
    sourceDetail: 'Phỏng vấn tổ trưởng tổ xe ôm tình nguyện, tháng 11/2026 (nhân vật hư cấu)',
    status: 'submitted',
    author: 'seed-editor',
    submittedAt: '2026-11-28T14:40:00+07:00',
  },
];
