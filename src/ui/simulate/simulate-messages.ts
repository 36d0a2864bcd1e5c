import { defineMessages } from '../i18n/messages';

/** The places of the navigation still being built: what each will do, and the plans it will work on. */
export const useUpcomingMessages = defineMessages({
  vi: {
    simulate: {
      title: 'Mô phỏng',
      purpose:
        'Nơi đây sẽ chạy thử một kế hoạch trước khi ban hành: dự báo ngày mỗi nhiệm vụ và mỗi cơ quan hoàn thành, khả năng kịp hạn, và thử "nếu… thì" (một nhiệm vụ chậm, bị chặn hay bị hủy) mà không đổi kế hoạch đã lưu.',
    },
    notYet: 'Chức năng này đang được xây dựng và chưa dùng được.',
    meanwhile:
      'Trong lúc chờ, đây là các kế hoạch trong thư viện và kết luận kiểm chứng của chúng. Mở báo cáo để xem vì sao một cơ quan có thể bị kẹt.',
    plansTitle: 'Kế hoạch trong thư viện',
    checking: 'Đang kiểm chứng…',
    report: 'Xem báo cáo',
    loading: 'Đang đọc thư viện…',
    empty: 'Thư viện chưa có kế hoạch nào.',
  },
  en: {
    simulate: {
      title: 'Simulation',
      purpose:
        'This place will try a plan out before it is issued: a forecast of when each task and body finishes, the chance of meeting each deadline, and "what if" (a task delayed, blocked or cancelled) without changing the saved plan.',
    },
    notYet: 'This place is being built and cannot be used yet.',
    meanwhile:
      'Meanwhile, here are the plans of the library and their verdicts. Open a report to see why a body could get stuck.',
    plansTitle: 'Plans in the library',
    checking: 'Checking…',
    report: 'See the report',
    loading: 'Reading the library…',
    empty: 'The library has no plans yet.',
  },
});
