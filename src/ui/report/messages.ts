import { defineMessages } from '../i18n/messages';

/** The verdict report page around the report itself (`plan-view`). */
export const useReportPageMessages = defineMessages({
  vi: {
    pageTitle: (name: string) => `Kết quả kiểm chứng: ${name}`,
    eyebrow: 'Kết quả kiểm chứng',
    openEditor: 'Mở trình chỉnh sửa',
    loading: 'Đang tải kế hoạch…',
    checkFailed: (detail: string) => `Không kiểm tra được kế hoạch: ${detail}`,
    exports: 'Xuất văn bản',
    exportAs: {
      docx: 'Tải văn bản (.docx)',
      xlsx: 'Tải bảng phân công (.xlsx)',
      csv: 'Tải bảng phân công (CSV)',
      ics: 'Tải lịch thời hạn (.ics)',
    },
    exportFailed: (detail: string) => `Không xuất được tệp: ${detail}`,
  },
  en: {
    pageTitle: (name: string) => `Verification report: ${name}`,
    eyebrow: 'Verification report',
    openEditor: 'Open in the editor',
    loading: 'Loading the plan…',
    checkFailed: (detail: string) => `The plan could not be checked: ${detail}`,
    exports: 'Export',
    exportAs: {
      docx: 'Download the document (.docx)',
      xlsx: 'Download the assignment table (.xlsx)',
      csv: 'Download the assignment table (CSV)',
      ics: 'Download the deadline calendar (.ics)',
    },
    exportFailed: (detail: string) => `The file could not be exported: ${detail}`,
  },
});
