// Hand-written claims for measuring lexical claim matching (claim-pairs.ts builds the labelled
// pairs). Grouped by place: claims about the same place share names and boilerplate but are
// DIFFERENT rumours (the hard negatives). Each claim has hand-written rewordings of the same
// rumour, as a second or third person would retype it. All invented; none is true.

export type ClaimGroup = { place: string; claims: { text: string; rewordings: string[] }[] };

export const CLAIM_GROUPS: ClaimGroup[] = [
  {
    place: 'Hà Nội',
    claims: [
      {
        text: 'Hà Nội sẽ cấm toàn bộ xe máy vào nội thành từ ngày 1/7 tới, ai vi phạm phạt 5 triệu đồng.',
        rewordings: [
          'Từ 1/7 xe máy bị cấm hoàn toàn trong nội thành Hà Nội, vi phạm bị phạt 5 triệu.',
          'Thông báo: nội thành Hà Nội cấm xe máy kể từ 1 tháng 7, phạt 5 triệu nếu đi vào.',
        ],
      },
      {
        text: 'Nước máy ở Hà Nội đang nhiễm dầu thải, tuyệt đối không dùng để nấu ăn trong tuần này.',
        rewordings: [
          'Nước sinh hoạt Hà Nội bị nhiễm dầu thải, tuần này đừng dùng nước máy nấu ăn.',
          'Cảnh báo nước máy Hà Nội nhiễm dầu thải, không được nấu ăn bằng nước máy.',
        ],
      },
      {
        text: 'Hà Nội cho học sinh nghỉ học cả tuần sau vì dịch cúm lạ bùng phát ở các trường tiểu học.',
        rewordings: [
          'Dịch cúm lạ bùng phát ở trường tiểu học, Hà Nội cho học sinh nghỉ cả tuần sau.',
          'Học sinh Hà Nội được nghỉ học tuần tới do cúm lạ lây lan trong các trường tiểu học.',
        ],
      },
    ],
  },
  {
    place: 'TP Hồ Chí Minh',
    claims: [
      {
        text: 'TP Hồ Chí Minh sẽ phong tỏa quận 1 và quận 3 trong 14 ngày từ tối nay, người dân hãy đi mua thực phẩm dự trữ.',
        rewordings: [
          'Từ tối nay quận 1, quận 3 TP Hồ Chí Minh bị phong tỏa 14 ngày, mau đi mua đồ dự trữ.',
          'Tối nay phong tỏa quận 1 và quận 3 Sài Gòn 14 ngày, ai ở đó mua thực phẩm tích trữ ngay.',
        ],
      },
      {
        text: 'Chợ Bến Thành sẽ bị phá dỡ để xây trung tâm thương mại của nhà đầu tư nước ngoài.',
        rewordings: [
          'Nhà đầu tư nước ngoài mua chợ Bến Thành, phá dỡ chợ để xây trung tâm thương mại.',
          'Chợ Bến Thành sắp bị đập bỏ, thay bằng trung tâm thương mại của nước ngoài.',
        ],
      },
      {
        text: 'Thành phố Hồ Chí Minh thu phí 50 nghìn đồng mỗi lượt ô tô vào trung tâm từ tháng sau.',
        rewordings: [
          'Tháng sau ô tô vào trung tâm TP Hồ Chí Minh phải trả phí 50 nghìn đồng mỗi lượt.',
          'Mỗi lượt ô tô đi vào trung tâm thành phố Hồ Chí Minh sẽ bị thu 50 nghìn từ tháng tới.',
        ],
      },
    ],
  },
  {
    place: 'Đà Nẵng',
    claims: [
      {
        text: 'Bão số 5 sẽ đổ bộ trực tiếp vào Đà Nẵng đêm nay với sức gió cấp 17, sơ tán toàn bộ quận Sơn Trà.',
        rewordings: [
          'Đêm nay bão số 5 cấp 17 đổ bộ thẳng vào Đà Nẵng, quận Sơn Trà phải sơ tán hết.',
          'Sơn Trà sơ tán toàn bộ vì bão số 5 giật cấp 17 vào Đà Nẵng tối nay.',
        ],
      },
      {
        text: 'Cầu Rồng Đà Nẵng bị nứt dầm chính, cấm xe qua cầu vô thời hạn.',
        rewordings: [
          'Dầm chính cầu Rồng bị nứt, Đà Nẵng cấm mọi xe qua cầu không thời hạn.',
          'Cầu Rồng nứt dầm, xe cộ bị cấm đi qua cầu vô thời hạn.',
        ],
      },
      {
        text: 'Biển Mỹ Khê Đà Nẵng xuất hiện cá mập tấn công người tắm biển, cấm tắm biển một tháng.',
        rewordings: [
          'Cá mập tấn công người tắm ở biển Mỹ Khê, Đà Nẵng cấm tắm biển trong một tháng.',
          'Mỹ Khê có cá mập cắn người đang tắm biển, Đà Nẵng cấm xuống biển cả tháng.',
        ],
      },
    ],
  },
  {
    place: 'Hải Phòng',
    claims: [
      {
        text: 'Cảng Hải Phòng phát hiện container chứa chất phóng xạ rò rỉ, dân quanh cảng phải đóng cửa ở trong nhà.',
        rewordings: [
          'Container rò rỉ chất phóng xạ ở cảng Hải Phòng, người dân gần cảng đóng cửa ở nhà.',
          'Phát hiện phóng xạ rò rỉ từ container tại cảng Hải Phòng, dân xung quanh không được ra ngoài.',
        ],
      },
      {
        text: 'Hải Phòng tặng mỗi hộ dân 3 triệu đồng hỗ trợ tiền điện, đăng ký qua đường link này trước ngày 30.',
        rewordings: [
          'Mỗi hộ ở Hải Phòng được hỗ trợ 3 triệu tiền điện, bấm link đăng ký trước ngày 30.',
          'Đăng ký nhận 3 triệu đồng tiền điện cho hộ dân Hải Phòng qua link, hạn chót ngày 30.',
        ],
      },
      {
        text: 'Cầu Bính Hải Phòng sắp sập, các kỹ sư đã bỏ chạy, tuyệt đối không đi qua.',
        rewordings: [
          'Kỹ sư bỏ chạy khỏi cầu Bính vì cầu sắp sập, đừng đi qua cầu.',
          'Cầu Bính ở Hải Phòng có nguy cơ sập bất cứ lúc nào, không ai được đi qua.',
        ],
      },
    ],
  },
  {
    place: 'Cần Thơ',
    claims: [
      {
        text: 'Gạo ở Cần Thơ bị trộn nhựa, ăn vào gây ung thư, nhiều người đã nhập viện.',
        rewordings: [
          'Cần Thơ phát hiện gạo nhựa gây ung thư, đã có nhiều người phải nhập viện.',
          'Gạo trộn nhựa bán ở Cần Thơ làm nhiều người nhập viện, ăn vào bị ung thư.',
        ],
      },
      {
        text: 'Cầu Cần Thơ sẽ thu phí 100 nghìn đồng mỗi lượt xe máy từ tuần sau.',
        rewordings: [
          'Từ tuần sau xe máy qua cầu Cần Thơ phải trả 100 nghìn mỗi lượt.',
          'Xe máy đi qua cầu Cần Thơ bị thu phí 100 nghìn một lượt bắt đầu tuần tới.',
        ],
      },
      {
        text: 'Chợ nổi Cái Răng Cần Thơ bị xóa sổ, cấm ghe buôn bán trên sông từ tháng này.',
        rewordings: [
          'Cần Thơ xóa sổ chợ nổi Cái Răng, ghe không được buôn bán trên sông nữa từ tháng này.',
          'Từ tháng này cấm buôn bán trên ghe, chợ nổi Cái Răng chính thức bị xóa.',
        ],
      },
    ],
  },
  {
    place: 'Huế',
    claims: [
      {
        text: 'Đại Nội Huế sẽ đóng cửa vĩnh viễn với du khách để cho tư nhân thuê làm khách sạn.',
        rewordings: [
          'Tư nhân thuê Đại Nội Huế làm khách sạn, du khách không được vào tham quan nữa.',
          'Đại Nội Huế đóng cửa mãi mãi, cho thuê làm khách sạn tư nhân.',
        ],
      },
      {
        text: 'Sông Hương ở Huế bị nhiễm độc, cá chết trắng sông, không được tắm và ăn cá sông Hương.',
        rewordings: [
          'Cá chết trắng sông Hương vì nước nhiễm độc, đừng tắm và đừng ăn cá sông.',
          'Sông Hương nhiễm độc làm cá chết hàng loạt, người Huế không nên ăn cá sông.',
        ],
      },
      {
        text: 'Huế sắp có lũ lịch sử lớn hơn năm 1999, nước sẽ ngập tới mái nhà trong hai ngày tới.',
        rewordings: [
          'Hai ngày tới Huế có lũ lịch sử vượt năm 1999, nước ngập lên tới mái nhà.',
          'Lũ lớn hơn cả năm 1999 sắp về Huế, ngập tới nóc nhà trong 2 ngày nữa.',
        ],
      },
    ],
  },
  {
    place: 'Nghệ An',
    claims: [
      {
        text: 'Nghệ An phát hiện dịch tả lợn lây sang người, 3 người đã tử vong ở huyện Diễn Châu.',
        rewordings: [
          'Dịch tả lợn lây sang người ở Diễn Châu, Nghệ An đã có 3 người tử vong.',
          'Ba người chết ở huyện Diễn Châu vì dịch tả lợn lây qua người.',
        ],
      },
      {
        text: 'Giáo viên Nghệ An bị cắt lương ba tháng để đóng góp xây tượng đài.',
        rewordings: [
          'Nghệ An cắt ba tháng lương giáo viên để xây tượng đài.',
          'Giáo viên ở Nghệ An phải nộp ba tháng lương góp tiền xây tượng đài.',
        ],
      },
      {
        text: 'Thủy điện ở Nghệ An sắp vỡ đập, dân dưới hạ du phải sơ tán ngay trong đêm.',
        rewordings: [
          'Đập thủy điện Nghệ An có nguy cơ vỡ, hạ du sơ tán gấp trong đêm nay.',
          'Dân vùng hạ du ở Nghệ An sơ tán trong đêm vì đập thủy điện sắp vỡ.',
        ],
      },
    ],
  },
  {
    place: 'Quảng Ninh',
    claims: [
      {
        text: 'Vịnh Hạ Long bị bán cho công ty nước ngoài 99 năm, du khách Việt phải mua vé gấp đôi.',
        rewordings: [
          'Công ty nước ngoài mua vịnh Hạ Long 99 năm, người Việt vào vịnh trả vé gấp đôi.',
          'Hạ Long đã bị bán cho nước ngoài trong 99 năm, vé cho khách Việt tăng gấp đôi.',
        ],
      },
      {
        text: 'Mỏ than Quảng Ninh sập hầm, hơn 200 thợ mỏ bị vùi lấp, chính quyền giấu thông tin.',
        rewordings: [
          'Hơn 200 thợ mỏ bị vùi trong vụ sập hầm than ở Quảng Ninh nhưng bị giấu.',
          'Sập hầm mỏ than Quảng Ninh vùi lấp hơn 200 công nhân, chính quyền che giấu.',
        ],
      },
      {
        text: 'Quảng Ninh cấm tàu du lịch ra vịnh Hạ Long cả tháng vì nước biển nhiễm khuẩn.',
        rewordings: [
          'Nước biển vịnh Hạ Long nhiễm khuẩn, Quảng Ninh cấm tàu du lịch một tháng.',
          'Tàu du lịch không được ra vịnh Hạ Long trong tháng này do nước nhiễm khuẩn.',
        ],
      },
    ],
  },
  {
    place: 'Đắk Lắk',
    claims: [
      {
        text: 'Cà phê Đắk Lắk bị tẩm pin và hóa chất để tăng cân, uống vào hại gan thận.',
        rewordings: [
          'Người ta tẩm pin với hóa chất vào cà phê Đắk Lắk cho nặng cân, uống hỏng gan thận.',
          'Cà phê ở Đắk Lắk tẩm hóa chất và pin, uống vào hại gan và thận.',
        ],
      },
      {
        text: 'Buôn Ma Thuột mất nước sạch cả tuần vì nhà máy nước bị đầu độc.',
        rewordings: [
          'Nhà máy nước Buôn Ma Thuột bị đầu độc, thành phố không có nước sạch cả tuần.',
          'Cả tuần Buôn Ma Thuột cúp nước sạch do nhà máy nước bị bỏ độc.',
        ],
      },
      {
        text: 'Đắk Lắk thu hồi đất rẫy của đồng bào để giao cho doanh nghiệp trồng sầu riêng.',
        rewordings: [
          'Doanh nghiệp trồng sầu riêng được giao đất rẫy thu hồi của đồng bào Đắk Lắk.',
          'Đất rẫy của bà con Đắk Lắk bị thu hồi giao cho công ty trồng sầu riêng.',
        ],
      },
    ],
  },
  {
    place: 'Lâm Đồng',
    claims: [
      {
        text: 'Đà Lạt sẽ chặt hạ toàn bộ rừng thông đồi Robin để xây khu nghỉ dưỡng cao cấp.',
        rewordings: [
          'Rừng thông đồi Robin Đà Lạt bị chặt hết để làm khu nghỉ dưỡng cao cấp.',
          'Khu nghỉ dưỡng cao cấp sắp xây trên đồi Robin, toàn bộ rừng thông sẽ bị chặt.',
        ],
      },
      {
        text: 'Rau Đà Lạt bán ở chợ đều là rau Trung Quốc dán nhãn lại, phun thuốc bảo quản độc.',
        rewordings: [
          'Rau ngoài chợ nói là rau Đà Lạt thực ra là rau Trung Quốc dán lại nhãn, có thuốc bảo quản độc.',
          'Toàn bộ rau Đà Lạt ở chợ là rau Trung Quốc đội lốt, phun thuốc bảo quản độc hại.',
        ],
      },
      {
        text: 'Hồ Xuân Hương Đà Lạt sẽ bị lấp một nửa để làm bãi đỗ xe.',
        rewordings: [
          'Đà Lạt lấp nửa hồ Xuân Hương để làm bãi đậu xe.',
          'Một nửa hồ Xuân Hương sắp bị san lấp thành bãi giữ xe.',
        ],
      },
    ],
  },
  {
    place: 'Khánh Hòa',
    claims: [
      {
        text: 'Nha Trang xuất hiện sứa độc khổng lồ, đã có 5 du khách tử vong khi tắm biển.',
        rewordings: [
          '5 du khách chết vì sứa độc khổng lồ khi tắm biển Nha Trang.',
          'Sứa độc khổng lồ ở biển Nha Trang làm năm khách du lịch tử vong.',
        ],
      },
      {
        text: 'Khánh Hòa bán đảo Hòn Tre cho nhà đầu tư nước ngoài với giá 1 đô la.',
        rewordings: [
          'Đảo Hòn Tre được Khánh Hòa bán cho nước ngoài giá chỉ 1 đô.',
          'Nhà đầu tư ngoại mua đảo Hòn Tre của Khánh Hòa với giá 1 USD.',
        ],
      },
      {
        text: 'Sân bay Cam Ranh đóng cửa một tháng để sửa đường băng, hủy hết chuyến bay.',
        rewordings: [
          'Đường băng Cam Ranh sửa chữa, sân bay đóng cửa cả tháng, mọi chuyến bay bị hủy.',
          'Hủy toàn bộ chuyến bay vì sân bay Cam Ranh đóng cửa sửa đường băng một tháng.',
        ],
      },
    ],
  },
  {
    place: 'Bình Dương',
    claims: [
      {
        text: 'Các khu công nghiệp Bình Dương sa thải 50 nghìn công nhân trong tháng này, công ty đóng cửa hàng loạt.',
        rewordings: [
          'Tháng này Bình Dương có 50 nghìn công nhân bị sa thải, hàng loạt công ty đóng cửa.',
          'Công ty ở khu công nghiệp Bình Dương đóng cửa hàng loạt, cho nghỉ việc 50.000 công nhân.',
        ],
      },
      {
        text: 'Công nhân Bình Dương được nhận 2 triệu hỗ trợ từ công đoàn, điền thông tin tài khoản ngân hàng vào link.',
        rewordings: [
          'Công đoàn hỗ trợ mỗi công nhân Bình Dương 2 triệu, nhập tài khoản ngân hàng ở link để nhận.',
          'Điền số tài khoản ngân hàng vào link để nhận 2 triệu hỗ trợ công nhân Bình Dương từ công đoàn.',
        ],
      },
      {
        text: 'Nhà máy ở Bình Dương xả khí độc ban đêm, cả khu trọ công nhân ngất xỉu.',
        rewordings: [
          'Khu trọ công nhân Bình Dương ngất xỉu vì nhà máy xả khí độc lúc đêm.',
          'Ban đêm nhà máy Bình Dương thải khí độc làm công nhân ở trọ ngất hàng loạt.',
        ],
      },
    ],
  },
  {
    place: 'Đồng Nai',
    claims: [
      {
        text: 'Sân bay Long Thành bị dừng thi công vì sụt lún, đổ hết tiền xuống sông.',
        rewordings: [
          'Long Thành dừng thi công sân bay do sụt lún, tiền đổ sông đổ biển.',
          'Sụt lún nghiêm trọng khiến sân bay Long Thành phải dừng thi công.',
        ],
      },
      {
        text: 'Đồng Nai phát hiện ổ dịch sốt xuất huyết biến chủng mới, thuốc không chữa được.',
        rewordings: [
          'Sốt xuất huyết biến chủng mới xuất hiện ở Đồng Nai, không có thuốc chữa.',
          'Ổ dịch sốt xuất huyết biến chủng lạ tại Đồng Nai, thuốc men vô dụng.',
        ],
      },
      {
        text: 'Hồ Trị An sắp xả lũ khẩn cấp, Biên Hòa sẽ ngập sâu 2 mét.',
        rewordings: [
          'Biên Hòa sẽ ngập 2 mét vì hồ Trị An xả lũ khẩn cấp.',
          'Thủy điện Trị An xả lũ gấp, nước ngập Biên Hòa sâu tới 2 m.',
        ],
      },
    ],
  },
  {
    place: 'Thanh Hóa',
    claims: [
      {
        text: 'Thanh Hóa bắt giữ chủ tịch tỉnh vì nhận hối lộ 500 tỷ đồng.',
        rewordings: [
          'Chủ tịch tỉnh Thanh Hóa bị bắt vì ăn hối lộ 500 tỷ.',
          'Bắt chủ tịch tỉnh Thanh Hóa nhận hối lộ tới 500 tỷ đồng.',
        ],
      },
      {
        text: 'Biển Sầm Sơn nhiễm dầu loang, cấm tắm biển suốt mùa hè năm nay.',
        rewordings: [
          'Dầu loang khắp biển Sầm Sơn, cả mùa hè năm nay cấm tắm.',
          'Sầm Sơn cấm tắm biển cả mùa hè vì nước biển nhiễm dầu loang.',
        ],
      },
      {
        text: 'Học sinh Thanh Hóa phải nộp 2 triệu tiền xây trường mới được thi tốt nghiệp.',
        rewordings: [
          'Muốn được thi tốt nghiệp, học sinh Thanh Hóa phải đóng 2 triệu xây trường.',
          'Thanh Hóa bắt học sinh nộp 2 triệu xây trường mới cho thi tốt nghiệp.',
        ],
      },
    ],
  },
  {
    place: 'Quảng Nam',
    claims: [
      {
        text: 'Phố cổ Hội An bị UNESCO tước danh hiệu di sản thế giới vì quá nhiều quán bar.',
        rewordings: [
          'UNESCO tước danh hiệu di sản thế giới của Hội An do quá nhiều bar.',
          'Hội An mất danh hiệu di sản thế giới, UNESCO nói vì phố cổ toàn quán bar.',
        ],
      },
      {
        text: 'Quảng Nam động đất mạnh 6 độ richter ở Bắc Trà My, đập thủy điện sông Tranh nứt.',
        rewordings: [
          'Động đất 6 độ richter tại Bắc Trà My làm nứt đập thủy điện sông Tranh.',
          'Đập sông Tranh nứt sau trận động đất 6 richter ở Bắc Trà My, Quảng Nam.',
        ],
      },
      {
        text: 'Hội An thu vé 500 nghìn mỗi người khi đi bộ vào phố cổ từ tháng sau.',
        rewordings: [
          'Từ tháng sau vào phố cổ Hội An đi bộ cũng phải mua vé 500 nghìn.',
          'Mỗi người đi bộ vào phố cổ Hội An sẽ bị thu 500 nghìn tiền vé bắt đầu tháng tới.',
        ],
      },
    ],
  },
  {
    place: 'Lào Cai',
    claims: [
      {
        text: 'Sa Pa có tuyết rơi dày 1 mét, đường lên Sa Pa bị chặn, hàng nghìn du khách mắc kẹt.',
        rewordings: [
          'Tuyết dày 1 mét ở Sa Pa, chặn đường lên, hàng nghìn khách du lịch bị kẹt lại.',
          'Hàng nghìn du khách kẹt ở Sa Pa vì tuyết rơi dày một mét chặn đường.',
        ],
      },
      {
        text: 'Cáp treo Fansipan bị đứt, nhiều du khách rơi xuống vực.',
        rewordings: [
          'Nhiều khách rơi xuống vực vì cáp treo lên Fansipan đứt.',
          'Đứt cáp treo Fansipan, du khách rơi xuống vực sâu.',
        ],
      },
      {
        text: 'Lào Cai đóng cửa khẩu với Trung Quốc vô thời hạn, xe nông sản phải quay đầu.',
        rewordings: [
          'Cửa khẩu Lào Cai đóng vô thời hạn, xe chở nông sản quay về.',
          'Xe nông sản phải quay đầu vì Lào Cai đóng cửa khẩu với Trung Quốc không thời hạn.',
        ],
      },
    ],
  },
  {
    place: 'An Giang',
    claims: [
      {
        text: 'Sạt lở bờ sông ở Long Xuyên nuốt trọn 30 căn nhà trong đêm, hàng chục người mất tích.',
        rewordings: [
          'Long Xuyên sạt lở bờ sông, 30 căn nhà bị cuốn trôi trong đêm, mất tích hàng chục người.',
          'Đêm qua 30 nhà ở Long Xuyên bị sạt lở bờ sông nuốt mất, hàng chục người chưa tìm thấy.',
        ],
      },
      {
        text: 'An Giang cấm người dân ra đồng bắt cá mùa nước nổi, phạt 10 triệu.',
        rewordings: [
          'Mùa nước nổi An Giang cấm dân bắt cá ngoài đồng, ai bắt phạt 10 triệu.',
          'Bắt cá mùa nước nổi ở An Giang sẽ bị phạt 10 triệu đồng.',
        ],
      },
      {
        text: 'Núi Cấm An Giang sắp phun trào như núi lửa, dân quanh núi đã nghe tiếng nổ.',
        rewordings: [
          'Dân quanh núi Cấm nghe tiếng nổ, núi sắp phun trào như núi lửa.',
          'Núi Cấm ở An Giang có dấu hiệu núi lửa phun trào, người dân nghe nổ lớn.',
        ],
      },
    ],
  },
  {
    place: 'Bình Định',
    claims: [
      {
        text: 'Quy Nhơn bắt được nhóm bắt cóc trẻ em để lấy nội tạng, phụ huynh đừng cho con ra đường.',
        rewordings: [
          'Nhóm bắt cóc trẻ em lấy nội tạng bị bắt ở Quy Nhơn, cha mẹ giữ con trong nhà.',
          'Ở Quy Nhơn có bọn bắt cóc trẻ lấy nội tạng, phụ huynh không cho con ra ngoài.',
        ],
      },
      {
        text: 'Bình Định có người chết vì ăn cá ngừ đại dương nhiễm thủy ngân.',
        rewordings: [
          'Ăn cá ngừ đại dương nhiễm thủy ngân, một người ở Bình Định đã chết.',
          'Cá ngừ đại dương Bình Định nhiễm thủy ngân gây chết người.',
        ],
      },
      {
        text: 'Quy Nhơn cấm xe máy chạy trên đường ven biển từ tháng sau để làm phố đi bộ.',
        rewordings: [
          'Đường ven biển Quy Nhơn thành phố đi bộ, cấm xe máy từ tháng tới.',
          'Từ tháng sau xe máy không được chạy ven biển Quy Nhơn vì làm phố đi bộ.',
        ],
      },
    ],
  },
  {
    place: 'Kiên Giang',
    claims: [
      {
        text: 'Phú Quốc sẽ thu phí 2 triệu đồng với mỗi du khách Việt Nam ra đảo.',
        rewordings: [
          'Du khách Việt ra đảo Phú Quốc phải nộp 2 triệu đồng mỗi người.',
          'Mỗi khách Việt Nam đến Phú Quốc bị thu phí 2 triệu.',
        ],
      },
      {
        text: 'Tàu cao tốc đi Phú Quốc bị chìm, hơn 100 hành khách mất tích.',
        rewordings: [
          'Hơn 100 hành khách mất tích khi tàu cao tốc ra Phú Quốc chìm.',
          'Chìm tàu cao tốc tuyến Phú Quốc, mất tích trên 100 người.',
        ],
      },
      {
        text: 'Nước mắm Phú Quốc bị pha hóa chất urê để giữ độ đạm.',
        rewordings: [
          'Người ta pha urê vào nước mắm Phú Quốc cho đạm cao.',
          'Nước mắm Phú Quốc pha hóa chất urê để tăng độ đạm.',
        ],
      },
    ],
  },
  {
    place: 'Gia Lai',
    claims: [
      {
        text: 'Gia Lai phát hiện mỏ vàng lớn nhất Đông Nam Á, dân đổ xô đi đào, công an bắt hàng trăm người.',
        rewordings: [
          'Hàng trăm người bị công an bắt khi đổ xô đào mỏ vàng lớn nhất Đông Nam Á ở Gia Lai.',
          'Mỏ vàng lớn nhất Đông Nam Á lộ ra ở Gia Lai, dân kéo đến đào, công an bắt hàng trăm.',
        ],
      },
      {
        text: 'Pleiku có dịch bạch hầu, trẻ em chưa tiêm chủng không được đến trường.',
        rewordings: [
          'Dịch bạch hầu ở Pleiku, trẻ chưa tiêm không được đi học.',
          'Trẻ chưa tiêm chủng tại Pleiku bị cấm đến trường vì bạch hầu.',
        ],
      },
      {
        text: 'Hồ tiêu Gia Lai bị Trung Quốc trả về hàng nghìn tấn vì nhiễm thuốc trừ sâu.',
        rewordings: [
          'Trung Quốc trả hàng nghìn tấn hồ tiêu Gia Lai nhiễm thuốc trừ sâu.',
          'Hàng nghìn tấn tiêu Gia Lai bị trả về do dư thuốc trừ sâu.',
        ],
      },
    ],
  },
  {
    place: 'Cả nước',
    claims: [
      {
        text: 'Từ tháng sau ngân hàng sẽ khóa tài khoản của người chưa cập nhật căn cước, mất hết tiền trong tài khoản.',
        rewordings: [
          'Tài khoản ngân hàng chưa cập nhật căn cước sẽ bị khóa từ tháng sau và mất hết tiền.',
          'Chưa cập nhật căn cước thì tháng tới ngân hàng khóa tài khoản, tiền trong đó mất sạch.',
        ],
      },
      {
        text: 'Bộ Y tế khuyên uống nước lá ổi đun sôi mỗi ngày để khỏi bệnh tiểu đường không cần thuốc.',
        rewordings: [
          'Uống nước lá ổi đun sôi hằng ngày là khỏi tiểu đường, không cần dùng thuốc, Bộ Y tế khuyên.',
          'Theo Bộ Y tế, nước lá ổi đun sôi uống mỗi ngày chữa khỏi tiểu đường không cần thuốc.',
        ],
      },
      {
        text: 'Nhà nước sắp đổi tiền, tờ 500 nghìn hết giá trị từ cuối năm, ai giữ tiền mặt sẽ mất trắng.',
        rewordings: [
          'Cuối năm nay đổi tiền, tờ 500 nghìn không còn giá trị, giữ tiền mặt là mất trắng.',
          'Tờ 500.000 đồng hết giá trị vì nhà nước đổi tiền cuối năm, giữ tiền mặt sẽ mất hết.',
        ],
      },
      {
        text: 'Tiêm vắc xin cúm cho trẻ gây vô sinh khi lớn, nhiều nước đã cấm loại vắc xin này.',
        rewordings: [
          'Vắc xin cúm tiêm cho trẻ làm vô sinh về sau, nhiều nước cấm rồi.',
          'Nhiều nước cấm vắc xin cúm vì trẻ tiêm vào lớn lên bị vô sinh.',
        ],
      },
      {
        text: 'Bưu điện gọi điện báo có bưu phẩm bị giữ vì chứa ma túy, yêu cầu chuyển tiền để không bị bắt.',
        rewordings: [
          'Có cuộc gọi từ bưu điện nói bưu phẩm của bạn chứa ma túy bị giữ, bảo chuyển tiền để khỏi bị bắt.',
          'Giả danh bưu điện báo bưu phẩm có ma túy, đòi chuyển tiền nếu không muốn bị bắt.',
        ],
      },
      {
        text: 'Xăng sẽ tăng lên 40 nghìn đồng một lít từ nửa đêm nay, đi đổ xăng ngay.',
        rewordings: [
          'Nửa đêm nay giá xăng lên 40 nghìn một lít, mau đi đổ xăng.',
          'Từ 0 giờ đêm nay mỗi lít xăng 40 nghìn đồng, đổ đầy bình ngay đi.',
        ],
      },
    ],
  },
];

/** Wrappers people add when they forward: the same boilerplate around DIFFERENT claims must not make them one. */
export const BOILERPLATE = [
  (claim: string) => `Nóng: ${claim} Mọi người chia sẻ cho người thân biết nhé!`,
  (claim: string) => `CHIA SẺ GẤP ‼️ ${claim} Ai ở gần đó cẩn thận, chia sẻ ngay cho mọi người cùng biết!!! #tinnong #canhbao`,
  (claim: string) => `Tin khẩn!!! ${claim} Nguồn: người nhà em làm trong đó kể lại, đừng để bị lừa.`,
];

/**
 * The hardest negatives: a DIFFERENT rumour on the same subject in the same place, worded
 * much alike (what an editor must keep apart; lexical matching is expected to miss some).
 */
export const LOOKALIKES: [string, string][] = [
  ['Hà Nội sẽ cấm toàn bộ xe máy vào nội thành từ ngày 1/7 tới, ai vi phạm phạt 5 triệu đồng.', 'Hà Nội thu phí xe máy đi vào nội thành giờ cao điểm, mỗi lượt 20 nghìn đồng.'],
  ['Nước máy ở Hà Nội đang nhiễm dầu thải, tuyệt đối không dùng để nấu ăn trong tuần này.', 'Hà Nội cắt nước máy toàn thành phố ba ngày để súc rửa đường ống.'],
  ['Chợ Bến Thành sẽ bị phá dỡ để xây trung tâm thương mại của nhà đầu tư nước ngoài.', 'Chợ Bến Thành cháy lớn trong đêm, tiểu thương mất trắng hàng hóa.'],
  ['Bão số 5 sẽ đổ bộ trực tiếp vào Đà Nẵng đêm nay với sức gió cấp 17, sơ tán toàn bộ quận Sơn Trà.', 'Đà Nẵng cho học sinh nghỉ học ba ngày vì mưa lớn, không phải do bão.'],
  ['Cầu Rồng Đà Nẵng bị nứt dầm chính, cấm xe qua cầu vô thời hạn.', 'Cầu Rồng Đà Nẵng ngừng phun lửa phun nước cuối tuần để tiết kiệm chi phí.'],
  ['Gạo ở Cần Thơ bị trộn nhựa, ăn vào gây ung thư, nhiều người đã nhập viện.', 'Giá gạo ở Cần Thơ tăng gấp ba vì thương lái gom hàng xuất khẩu.'],
  ['Sông Hương ở Huế bị nhiễm độc, cá chết trắng sông, không được tắm và ăn cá sông Hương.', 'Huế cấm thuyền rồng trên sông Hương chở khách vào ban đêm.'],
  ['Vịnh Hạ Long bị bán cho công ty nước ngoài 99 năm, du khách Việt phải mua vé gấp đôi.', 'Vé tham quan vịnh Hạ Long tăng gấp đôi từ tháng sau cho mọi du khách.'],
  ['Buôn Ma Thuột mất nước sạch cả tuần vì nhà máy nước bị đầu độc.', 'Buôn Ma Thuột mất điện cả tuần vì trạm biến áp bị cháy.'],
  ['Nha Trang xuất hiện sứa độc khổng lồ, đã có 5 du khách tử vong khi tắm biển.', 'Nha Trang cấm du khách tắm biển sau 6 giờ tối.'],
  ['Sân bay Cam Ranh đóng cửa một tháng để sửa đường băng, hủy hết chuyến bay.', 'Sân bay Cam Ranh bán cho tư nhân, giá vé máy bay tăng gấp đôi.'],
  ['Thanh Hóa bắt giữ chủ tịch tỉnh vì nhận hối lộ 500 tỷ đồng.', 'Chủ tịch tỉnh Thanh Hóa xin từ chức vì lý do sức khỏe.'],
  ['Hội An thu vé 500 nghìn mỗi người khi đi bộ vào phố cổ từ tháng sau.', 'Hội An cấm thả đèn hoa đăng trên sông Hoài từ tháng sau.'],
  ['Phú Quốc sẽ thu phí 2 triệu đồng với mỗi du khách Việt Nam ra đảo.', 'Phú Quốc miễn thị thực cho khách nước ngoài, người Việt phải xin giấy phép ra đảo.'],
  ['Tàu cao tốc đi Phú Quốc bị chìm, hơn 100 hành khách mất tích.', 'Tàu cao tốc đi Phú Quốc ngừng chạy một tuần vì biển động.'],
  ['Xăng sẽ tăng lên 40 nghìn đồng một lít từ nửa đêm nay, đi đổ xăng ngay.', 'Cây xăng cả nước đóng cửa từ nửa đêm nay vì hết xăng.'],
  ['Từ tháng sau ngân hàng sẽ khóa tài khoản của người chưa cập nhật căn cước, mất hết tiền trong tài khoản.', 'Ngân hàng thu phí 50 nghìn mỗi tháng với tài khoản không giao dịch từ tháng sau.'],
  ['Tiêm vắc xin cúm cho trẻ gây vô sinh khi lớn, nhiều nước đã cấm loại vắc xin này.', 'Vắc xin sởi cho trẻ hết hàng, phụ huynh phải mua vắc xin ngoài giá 2 triệu.'],
  ['Sa Pa có tuyết rơi dày 1 mét, đường lên Sa Pa bị chặn, hàng nghìn du khách mắc kẹt.', 'Sạt lở đường lên Sa Pa, xe khách rơi xuống vực.'],
  ['Cầu Cần Thơ sẽ thu phí 100 nghìn đồng mỗi lượt xe máy từ tuần sau.', 'Cầu Cần Thơ cấm xe tải qua cầu từ tuần sau để sửa chữa.'],
];
