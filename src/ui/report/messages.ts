import { defineMessages } from '../i18n/messages';

/** The verdict report page around the report itself (`plan-view`). */
export const useReportPageMessages = defineMessages({
  vi: {
    pageTitle: (name: string) => `Kết quả kiểm chứng: ${name}`,
    eyebrow: 'Kết quả kiểm chứng',
    openEditor: 'Mở trình chỉnh sửa',
    loading: 'Đang tải kế hoạch…',
    checkFailed: (detail: string) => `Không kiểm tra được kế hoạch: ${detail}`,
  },
  en: {
    pageTitle: (name: string) => `Verification report: ${name}`,
    eyebrow: 'Verification report',
    openEditor: 'Open in the editor',
    loading: 'Loading the plan…',
    checkFailed: (detail: string) => `The plan could not be checked: ${detail}`,
  },
});
