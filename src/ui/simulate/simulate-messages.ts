import { defineMessages } from '../i18n/messages';

/** The way into the simulation studio: what it does, and the plans it works on. */
export const useSimulateMessages = defineMessages({
  vi: {
    title: 'Mô phỏng',
    purpose:
      'Chạy thử một kế hoạch trước khi ban hành: từng bước hoặc tự động, xem lại diễn biến dẫn tới chỗ một cơ quan mắc kẹt, dự báo tiến độ theo lịch làm việc và thử "nếu… thì" mà không đổi kế hoạch đã lưu. Chọn một kế hoạch để mở.',
    plansTitle: 'Kế hoạch trong thư viện',
    checking: 'Đang kiểm chứng…',
    report: 'Xem báo cáo',
    loading: 'Đang đọc thư viện…',
    empty: 'Thư viện chưa có kế hoạch nào.',
  },
  en: {
    title: 'Simulation',
    purpose:
      'Try a plan out before it is issued: step by step or automatically, watch how a body gets stuck, forecast its progress on the working calendar and ask "what if" without changing the saved plan. Choose a plan to open.',
    plansTitle: 'Plans in the library',
    checking: 'Checking…',
    report: 'See the report',
    loading: 'Reading the library…',
    empty: 'The library has no plans yet.',
  },
});
