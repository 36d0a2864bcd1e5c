import { defineMessages } from '../i18n/messages';

export const APP_NAME = 'Rollout Studio';

/** The frame around every page: header, start-up, errors, not-found. */
export const useShellMessages = defineMessages({
  vi: {
    skipLink: 'Bỏ qua, đến nội dung chính',
    tagline: 'Kiểm chứng kế hoạch triển khai nghị quyết',
    language: 'Ngôn ngữ',
    starting: 'Đang mở thư viện kế hoạch…',
    loadingPage: 'Đang tải trang…',
    errorTitle: 'Đã xảy ra lỗi',
    errorText: 'Trang không hiển thị được. Dữ liệu đã lưu không bị ảnh hưởng. Chi tiết:',
    reload: 'Tải lại trang',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Không có trang nào ở địa chỉ',
    backToLibrary: 'Về thư viện kế hoạch',
    problemsTitle: 'Một số dữ liệu không đọc được',
    problemsText: 'Các mục dưới đây bị bỏ qua; những kế hoạch khác vẫn dùng bình thường.',
    rowSource: (table: string, key: string) => `Bản ghi "${key}" (bảng ${table})`,
    seedSource: (file: string) => `Tệp mẫu ${file}`,
    dismiss: 'Đóng thông báo',
    updateReady: 'Đã có phiên bản mới của ứng dụng. Dữ liệu đã lưu được giữ nguyên khi tải lại.',
    updateReload: 'Tải lại',
    updateLater: 'Để sau',
  },
  en: {
    skipLink: 'Skip to main content',
    tagline: 'Verifying plans that implement resolutions',
    language: 'Language',
    starting: 'Opening the plan library…',
    loadingPage: 'Loading the page…',
    errorTitle: 'Something went wrong',
    errorText: 'This page cannot be shown. Saved data is not affected. Details:',
    reload: 'Reload the page',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at the address',
    backToLibrary: 'Back to the plan library',
    problemsTitle: 'Some data could not be read',
    problemsText: 'The items below are skipped; every other plan works as usual.',
    rowSource: (table: string, key: string) => `Record "${key}" (table ${table})`,
    seedSource: (file: string) => `Example file ${file}`,
    dismiss: 'Dismiss',
    updateReady: 'A new version of the app is available. Saved data is kept when you reload.',
    updateReload: 'Reload',
    updateLater: 'Later',
  },
});
