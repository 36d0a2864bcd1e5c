import { defineMessages } from '../i18n/messages';

/** The settings page. */
export const useSettingsMessages = defineMessages({
  vi: {
    title: 'Cài đặt',
    lead: 'Các cài đặt được lưu trong trình duyệt này và dùng cho mọi thẻ đang mở.',
    languageTitle: 'Ngôn ngữ giao diện',
    profileTitle: 'Hồ sơ cán bộ',
    profileLead:
      'Khi theo dõi thực hiện, bạn báo cáo tiến độ thay mặt một cơ quan. Tên và cơ quan ở đây được ghi kèm mỗi thao tác của bạn.',
    name: 'Họ và tên',
    body: 'Cơ quan bạn làm việc',
    bodyHint: 'Chọn từ danh mục cơ quan dùng chung.',
    noBody: '— Chưa chọn —',
    saveProfile: 'Lưu hồ sơ',
    profileSaved: 'Đã lưu hồ sơ cán bộ.',
    dueSoonTitle: 'Nhắc hạn',
    dueSoon: 'Số ngày trước hạn thì coi là "sắp đến hạn"',
    dueSoonHint: (min: number, max: number, fallback: number) =>
      `Một số nguyên từ ${min} đến ${max}; mặc định ${fallback} ngày.`,
    saveDueSoon: 'Lưu số ngày',
    dueSoonSaved: (days: number) => `Đã lưu: nhắc trước hạn ${days} ngày.`,
    dueSoonRefused: (min: number, max: number) =>
      `Số ngày phải là số nguyên từ ${min} đến ${max}. Chưa lưu thay đổi.`,
    loading: 'Đang đọc cài đặt…',
    serverTitle: 'Máy chủ',
    serverLead:
      'Kết nối với máy chủ của tổ chức để cùng theo dõi thực hiện với các cơ quan khác. Không có máy chủ, mọi thứ vẫn chạy trong trình duyệt này.',
    serverAddress: 'Địa chỉ máy chủ',
    serverAddressHint: 'Ví dụ: http://127.0.0.1:4300',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    serverNone: 'Chưa kết nối máy chủ.',
    serverSignedOut: (address: string) => `Chưa đăng nhập vào ${address}.`,
    serverSignedIn: (address: string, name: string, body: string) =>
      `Đã đăng nhập vào ${address}: ${name}, cơ quan ${body}.`,
    serverUnreachable: (address: string) =>
      `Không kết nối được ${address}. Ứng dụng vẫn chạy trong trình duyệt.`,
  },
  en: {
    title: 'Settings',
    lead: 'Settings are kept in this browser and apply to every open tab.',
    languageTitle: 'Interface language',
    profileTitle: 'Staff profile',
    profileLead:
      'When tracking implementation, you report progress on behalf of a body. The name and body here are recorded with each of your actions.',
    name: 'Full name',
    body: 'The body you work for',
    bodyHint: 'Chosen from the shared body directory.',
    noBody: '— Not chosen —',
    saveProfile: 'Save the profile',
    profileSaved: 'The staff profile is saved.',
    dueSoonTitle: 'Deadline reminders',
    dueSoon: 'Days before a deadline that count as "due soon"',
    dueSoonHint: (min: number, max: number, fallback: number) =>
      `A whole number from ${min} to ${max}; ${fallback} days by default.`,
    saveDueSoon: 'Save the days',
    dueSoonSaved: (days: number) => `Saved: reminders ${days} days before a deadline.`,
    dueSoonRefused: (min: number, max: number) =>
      `The days must be a whole number from ${min} to ${max}. Nothing was changed.`,
    loading: 'Reading the settings…',
    serverTitle: 'Server',
    serverLead:
      "Connect to your organisation's server to track implementation together with other bodies. Without a server, everything keeps working in this browser.",
    serverAddress: 'Server address',
    serverAddressHint: 'For example: http://127.0.0.1:4300',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    serverNone: 'No server connected.',
    serverSignedOut: (address: string) => `Not signed in to ${address}.`,
    serverSignedIn: (address: string, name: string, body: string) =>
      `Signed in to ${address}: ${name}, body ${body}.`,
    serverUnreachable: (address: string) => `Cannot reach ${address}. The app keeps working in this browser.`,
  },
});
