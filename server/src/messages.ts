import type { Localized } from './core';

/** Every sentence the server says to a person, Vietnamese first. */
export const SAY = {
  badJson: {
    vi: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  nulCharacter: {
    vi: 'Văn bản chứa ký tự NUL (U+0000), không lưu được.',
    en: 'The text holds a NUL character (U+0000), which cannot be stored.',
  },
  tooLarge: (bytes: number): Localized => ({
    vi: `Nội dung yêu cầu quá lớn: tối đa ${bytes} byte.`,
    en: `The request body is too large: at most ${bytes} bytes.`,
  }),
  wrongPassword: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  tooManyAttempts: (seconds: number): Localized => ({
    vi: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${seconds} giây.`,
    en: `Too many failed sign-ins. Try again in ${seconds} seconds.`,
  }),
  notSignedIn: {
    vi: 'Chưa đăng nhập, hoặc phiên đăng nhập đã kết thúc.',
    en: 'Not signed in, or the session has ended.',
  },
  badCsrf: {
    vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (tiêu đề X-CSRF-Token).',
    en: 'The anti-forgery token (header X-CSRF-Token) is missing or wrong.',
  },
  foreignOrigin: (origin: string): Localized => ({
    vi: `Yêu cầu đến từ nguồn không được phép: ${origin}.`,
    en: `The request comes from an origin that is not allowed: ${origin}.`,
  }),
  needsRole: (roles: readonly string[]): Localized => ({
    vi: `Việc này cần vai trò: ${roles.join(' hoặc ')}.`,
    en: `This needs the role: ${roles.join(' or ')}.`,
  }),
  noPlan: (id: string): Localized => ({
    vi: `Không có kế hoạch "${id}" trong thư viện của tổ chức.`,
    en: `There is no plan "${id}" in the organisation's library.`,
  }),
  noRun: (id: string): Localized => ({
    vi: `Không có đợt triển khai "${id}".`,
    en: `There is no run "${id}".`,
  }),
  noAccount: (id: string): Localized => ({
    vi: `Không có tài khoản "${id}" trong tổ chức.`,
    en: `There is no account "${id}" in the organisation.`,
  }),
  planIdMismatch: (inPath: string, inBody: string): Localized => ({
    vi: `Mã kế hoạch trong địa chỉ ("${inPath}") khác mã trong nội dung ("${inBody}").`,
    en: `The plan id in the address ("${inPath}") differs from the one in the body ("${inBody}").`,
  }),
  staleRevision: (base: number, stored: number): Localized => ({
    vi: `Kế hoạch đã được lưu ở nơi khác (phiên bản ${stored}, bạn sửa từ phiên bản ${base}).`,
    en: `The plan was saved elsewhere (revision ${stored}; you edited revision ${base}).`,
  }),
  staleSeq: (expected: number, last: number): Localized => ({
    vi: `Nhật ký đợt triển khai đã có thêm sự kiện (bạn biết đến số ${expected}, hiện có ${last}). Hãy tải lại.`,
    en: `The run's log has moved on (you knew up to ${expected}, it has ${last}). Reload it.`,
  }),
  usernameTaken: (username: string): Localized => ({
    vi: `Tên đăng nhập "${username}" đã có người dùng.`,
    en: `The username "${username}" is taken.`,
  }),
  bodyTaken: (id: string): Localized => ({
    vi: `Cơ quan "${id}" đã có trong tổ chức.`,
    en: `The body "${id}" already exists in the organisation.`,
  }),
  unknownBody: (id: string): Localized => ({
    vi: `Không có cơ quan "${id}" trong tổ chức.`,
    en: `There is no body "${id}" in the organisation.`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
