// UI strings of the API reference page (/api/docs). The operations themselves (summaries, schemas)
// come from the OpenAPI document, in English like the API's field names and problem messages.

export const apiDocsVi = {
  'apiDocs.title': 'Tài liệu API',
  'apiDocs.description': 'Tài liệu API mở của Lan Tỏa: mọi đường dẫn, tham số, nội dung gửi lên và câu trả lời, theo chuẩn OpenAPI 3.1.',
  'apiDocs.intro': 'Lan Tỏa có API mở để các đối tác xây dựng ứng dụng. Tài liệu dưới đây được tạo tự động từ chính các lược đồ mà máy chủ dùng để kiểm tra dữ liệu, nên luôn khớp với mã nguồn.',
  'apiDocs.document': 'Tải tài liệu OpenAPI (JSON)',
  'apiDocs.auth': 'Xác thực: trình duyệt dùng phiên đăng nhập (cookie); ứng dụng dùng mã API do quản trị viên cấp, gửi trong tiêu đề “Authorization: Bearer …”. Lỗi trả về dạng application/problem+json (RFC 9457), nêu rõ từng trường sai.',
  'apiDocs.interactive': 'Bản tương tác (cần JavaScript) hiện bên dưới; nếu không, danh sách sau liệt kê mọi thao tác theo nhóm.',
  'apiDocs.operations': '{count} thao tác',
  'apiDocs.needsRole': 'Cần vai trò: {role}',
  'apiDocs.public': 'Công khai',
  'apiDocs.loading': 'Đang tải bản tương tác…',
} as const;

export const apiDocsEn: Record<keyof typeof apiDocsVi, string> = {
  'apiDocs.title': 'API reference',
  'apiDocs.description': 'Lan Tỏa’s open API: every path, parameter, request body and response, as OpenAPI 3.1.',
  'apiDocs.intro': 'Lan Tỏa has an open API for partners to build on. This reference is generated from the very schemas the server validates input with, so it always matches the code.',
  'apiDocs.document': 'Download the OpenAPI document (JSON)',
  'apiDocs.auth': 'Authentication: browsers use the sign-in session (cookie); applications use an API token an admin issues, sent as “Authorization: Bearer …”. Errors are application/problem+json (RFC 9457), naming each invalid field.',
  'apiDocs.interactive': 'The interactive version (needs JavaScript) appears below; otherwise the list that follows shows every operation by group.',
  'apiDocs.operations': '{count} operations',
  'apiDocs.needsRole': 'Needs role: {role}',
  'apiDocs.public': 'Public',
  'apiDocs.loading': 'Loading the interactive version…',
};
