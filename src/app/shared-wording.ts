import type { Localized } from '../domain/localized';

/**
 * What the shared runs and the organisation's library say when the server itself said nothing (Vietnamese
 * first); apart from `SERVER_WORDING` so that the first page does not carry them.
 */
export const SHARED_WORDING = {
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
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
