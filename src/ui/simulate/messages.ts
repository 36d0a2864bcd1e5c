import { defineMessages } from '../i18n/messages';

/** The simulation studio's frame: its title, its three views, and what it says while loading. */
export const useStudioMessages = defineMessages({
  vi: {
    eyebrow: 'Mô phỏng',
    pageTitle: (name: string) => `Mô phỏng ${name}`,
    views: 'Các cách xem mô phỏng',
    tabs: { simulate: 'Chạy thử', forecast: 'Dự báo tiến độ', 'what-if': 'Nếu… thì' },
    loading: 'Đang đọc kế hoạch…',
    loadingView: 'Đang mở…',
    openEditor: 'Mở trình soạn thảo',
    openReport: 'Xem báo cáo kiểm chứng',
  },
  en: {
    eyebrow: 'Simulation',
    pageTitle: (name: string) => `Simulating ${name}`,
    views: 'Views of the simulation',
    tabs: { simulate: 'Play', forecast: 'Forecast', 'what-if': 'What if' },
    loading: 'Reading the plan…',
    loadingView: 'Opening…',
    openEditor: 'Open the editor',
    openReport: 'See the verification report',
  },
});
