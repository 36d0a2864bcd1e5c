import { defineMessages } from '../i18n/messages';

/** Strings of the editor's shared form controls. */
export const useControlMessages = defineMessages({
  vi: {
    noMatches: 'Không có mục nào khớp',
    remove: 'Bỏ',
    none: '(không có)',
    add: 'Thêm',
    dateFormat: 'Ngày/tháng/năm, ví dụ 02/02/2024',
    badDate: 'Không phải một ngày có thật; ghi ngày/tháng/năm, ví dụ 02/02/2024',
    searchHint: 'Gõ để tìm, mũi tên lên/xuống để chọn, Enter để lấy, Esc để đóng',
  },
  en: {
    noMatches: 'Nothing matches',
    remove: 'Remove',
    none: '(none)',
    add: 'Add',
    dateFormat: 'Day/month/year, e.g. 02/02/2024',
    badDate: 'Not a real date; write day/month/year, e.g. 02/02/2024',
    searchHint: 'Type to search, arrow keys to move, Enter to pick, Esc to close',
  },
});
