// "Phone notifications" on /me (web/pages/me/push-section.tsx, web/public/js/push-optin.js).
export const pushVi = {
  'push.heading': 'Thông báo trên điện thoại',
  'push.intro': 'Nhận thông báo trên máy này, kể cả khi không mở trang. Bạn chọn điều muốn được báo:',
  'push.topic.campaigns': 'Chiến dịch mới ở tỉnh, thành phố của tôi',
  'push.topic.campaigns.help': 'Khi một chiến dịch bắt đầu ở nơi bạn sống (hoặc trên cả nước).',
  'push.topic.corrections': 'Câu chuyện tôi đã chia sẻ được đính chính hoặc bị gỡ',
  'push.topic.corrections.help': 'Để bạn sửa hoặc gỡ bài đã đăng lại kịp thời.',
  'push.topic.verdicts': 'Tin tôi báo đã có kết luận',
  'push.topic.verdicts.help': 'Chỉ với những tin bạn báo khi đã đăng nhập.',
  'push.legend': 'Báo cho tôi khi',
  'push.on': 'Bật thông báo',
  'push.off': 'Tắt thông báo trên máy này',
  'push.noScript':
    'Thông báo cần JavaScript và một trình duyệt mới (Chrome, Edge, Firefox, Safari 16.4 trở lên; trên iPhone, trang phải được thêm vào màn hình chính). Hãy bật JavaScript rồi tải lại trang này để chọn.',
  'push.state.checking': 'Đang kiểm tra máy này…',
  'push.state.onHere': 'Thông báo đang bật trên máy này.',
  'push.state.offHere': 'Thông báo đang tắt trên máy này.',
  'push.state.saved': 'Đã lưu lựa chọn của bạn.',
  'push.state.blocked':
    'Trình duyệt đang chặn thông báo của trang này. Để bỏ chặn: bấm biểu tượng ổ khóa hoặc cài đặt trang cạnh địa chỉ, chọn Quyền (Thông báo), chọn Cho phép, rồi tải lại trang.',
  'push.state.unsupported': 'Trình duyệt này không nhận được thông báo đẩy. Hãy dùng Chrome, Edge, Firefox hoặc Safari bản mới.',
  'push.state.iphone':
    'Trên iPhone, hãy thêm trang vào màn hình chính trước: bấm nút Chia sẻ, chọn "Thêm vào MH chính", rồi mở Lan Tỏa từ biểu tượng đó và bật thông báo ở đây.',
  'push.state.serverOff': 'Máy chủ này chưa bật thông báo đẩy. Bạn vẫn xem đính chính ở trang này.',
  'push.state.denied': 'Bạn chưa cho phép thông báo, nên chưa bật được. Bấm lại "Bật thông báo" và chọn Cho phép.',
  'push.state.noTopic': 'Hãy chọn ít nhất một điều muốn được báo.',
  'push.state.failed': 'Chưa bật hoặc tắt được, có thể do mạng. Hãy thử lại sau ít phút.',
} as const;

export const pushEn: Record<keyof typeof pushVi, string> = {
  'push.heading': 'Phone notifications',
  'push.intro': 'Get notifications on this device, even when the site is closed. Choose what to be told about:',
  'push.topic.campaigns': 'A new campaign in my province',
  'push.topic.campaigns.help': 'When a campaign starts where you live (or nationwide).',
  'push.topic.corrections': 'A story I shared is corrected or withdrawn',
  'push.topic.corrections.help': 'So you can fix or take down your post in time.',
  'push.topic.verdicts': 'A report I made got its verdict',
  'push.topic.verdicts.help': 'Only for reports you made while signed in.',
  'push.legend': 'Tell me when',
  'push.on': 'Turn on notifications',
  'push.off': 'Turn off notifications on this device',
  'push.noScript':
    'Notifications need JavaScript and a recent browser (Chrome, Edge, Firefox, Safari 16.4 or later; on iPhone, the site must be added to the home screen). Turn JavaScript on and reload this page to choose.',
  'push.state.checking': 'Checking this device…',
  'push.state.onHere': 'Notifications are on on this device.',
  'push.state.offHere': 'Notifications are off on this device.',
  'push.state.saved': 'Your choices are saved.',
  'push.state.blocked':
    'Your browser blocks notifications from this site. To unblock them: tap the padlock or site settings icon beside the address, open Permissions (Notifications), choose Allow, then reload the page.',
  'push.state.unsupported': 'This browser cannot receive push notifications. Use a recent Chrome, Edge, Firefox or Safari.',
  'push.state.iphone':
    'On iPhone, add the site to your home screen first: tap Share, choose "Add to Home Screen", then open Lan Tỏa from that icon and turn notifications on here.',
  'push.state.serverOff': 'Push notifications are off on this server. Corrections still show on this page.',
  'push.state.denied': 'You did not allow notifications, so they are not on. Press "Turn on notifications" again and choose Allow.',
  'push.state.noTopic': 'Choose at least one thing to be told about.',
  'push.state.failed': 'Could not turn notifications on or off, perhaps the network. Try again in a few minutes.',
};
