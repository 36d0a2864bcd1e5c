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
  httpStatus: (status: number): Localized => ({
    vi: `Máy chủ trả lời mã lỗi ${status}.`,
    en: `The server answered with error ${status}.`,
  }),
} satisfies Record<string, (...args: never[]) => Localized>;
