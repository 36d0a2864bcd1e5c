import { defineMessages } from '../../i18n/messages';

/** The organisation's library on the server, on the library page (loaded with it, when signed in). */
export const useOrganisationMessages = defineMessages({
  vi: {
    title: 'Thư viện của tổ chức',
    intro: (address: string) =>
      `Các kế hoạch dùng chung trên máy chủ ${address}. Mở một kế hoạch để sửa: mỗi lần lưu được gửi lên máy chủ.`,
    loading: 'Đang tải thư viện của tổ chức…',
    empty: 'Thư viện của tổ chức chưa có kế hoạch nào.',
    plan: 'Kế hoạch',
    revision: 'Phiên bản',
    updated: 'Cập nhật',
    open: 'Mở',
    openNamed: (title: string) => `Mở: ${title}`,
    shareTitle: 'Chia sẻ kế hoạch',
    sharePlan: 'Kế hoạch trong trình duyệt này',
    share: 'Chia sẻ lên thư viện của tổ chức',
    shared: (title: string, revision: number) =>
      `Đã chia sẻ "${title}" lên thư viện của tổ chức (phiên bản ${revision}).`,
    refused: 'Không thực hiện được',
    chooseVersion: 'Mở để chọn bản giữ lại',
    retry: 'Thử lại',
  },
  en: {
    title: "Organisation's library",
    intro: (address: string) =>
      `Plans shared on the server ${address}. Open one to edit it: every save is sent to the server.`,
    loading: "Loading the organisation's library…",
    empty: "The organisation's library has no plan yet.",
    plan: 'Plan',
    revision: 'Revision',
    updated: 'Updated',
    open: 'Open',
    openNamed: (title: string) => `Open: ${title}`,
    shareTitle: 'Share a plan',
    sharePlan: 'Plan in this browser',
    share: "Share to the organisation's library",
    shared: (title: string, revision: number) =>
      `Shared "${title}" to the organisation's library (revision ${revision}).`,
    refused: 'Not done',
    chooseVersion: 'Open to choose the version to keep',
    retry: 'Try again',
  },
});
