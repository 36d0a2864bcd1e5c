import type { Localized } from '../domain/localized';

/** What the server connection says to a person when the server itself said nothing (Vietnamese first). */
export const SERVER_WORDING = {
  unreachable: (address: string): Localized => ({
    vi: `Không kết nối được máy chủ ${address}.`,
    en: `Cannot reach the server ${address}.`,
  }),
  badAddress: (address: string): Localized => ({
    vi: `Địa chỉ máy chủ không hợp lệ: "${address}" (ví dụ: http://127.0.0.1:4300).`,
    en: `The server address is not valid: "${address}" (for example http://127.0.0.1:4300).`,
  }),
  unreadableRun: (detail: string): Localized => ({
    vi: `Không đọc được lượt thực hiện từ máy chủ: ${detail}`,
    en: `The run could not be read from the server: ${detail}`,
  }),
  badPlan: (planId: string): Localized => ({
    vi: `Kế hoạch "${planId}" trên máy chủ không đúng định dạng kế hoạch nên không mở được.`,
    en: `The plan "${planId}" on the server does not follow the plan format, so it cannot be opened.`,
  }),
  notSignedIn: {
    vi: 'Chưa đăng nhập máy chủ: hãy đăng nhập trong Cài đặt → Máy chủ.',
    en: 'Not signed in to a server: sign in under Settings → Server.',
  },
  httpStatus: (status: number): Localized => ({
    vi: `Máy chủ trả lời mã lỗi ${status}.`,
    en: `The server answered with error ${status}.`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
