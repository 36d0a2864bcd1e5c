import type { Standing } from '../../app';
import { defineMessages } from '../i18n/messages';

/** What a plan is, in words: shared by the library's rows and the report's header. */
export const usePlanMessages = defineMessages({
  vi: {
    kind: 'Loại',
    number: 'Số, ký hiệu',
    noNumber: 'Không số',
    issuers: 'Cơ quan ban hành',
    date: 'Ngày',
    noDate: 'Không ghi ngày',
    tasks: 'Nhiệm vụ',
    updated: 'Sửa lần cuối',
    neverEdited: 'Chưa sửa (bản như khi thêm vào thư viện)',
    /** "Chương trình hành động số 66-CTr/TU", or "Kế hoạch (không số)". */
    shortName: (kind: string, number: string | null) =>
      number ? `${kind} số ${number}` : `${kind} (không số)`,
    verdict: ({ standing, stuck, errors }: Standing) =>
      ({
        proven: 'Mọi cơ quan hoàn thành được',
        conditional: 'Mọi cơ quan hoàn thành được, có điều kiện',
        errors: `Không cơ quan nào mắc kẹt, nhưng có ${errors} phát hiện mức lỗi`,
        stuck: `${stuck} cơ quan mắc kẹt`,
      })[standing],
    checkFailed: 'Không kiểm tra được',
  },
  en: {
    kind: 'Kind',
    number: 'Number',
    noNumber: 'No number',
    issuers: 'Issued by',
    date: 'Date',
    noDate: 'Undated',
    tasks: 'Tasks',
    updated: 'Last edited',
    neverEdited: 'Not edited (as added to the library)',
    shortName: (kind: string, number: string | null) =>
      number ? `${kind} No. ${number}` : `${kind} (no number)`,
    verdict: ({ standing, stuck, errors }: Standing) =>
      ({
        proven: 'Every body can complete',
        conditional: 'Every body can complete, on conditions',
        errors: `No body is stuck, but ${errors} ${errors === 1 ? 'finding is an error' : 'findings are errors'}`,
        stuck: `${stuck} ${stuck === 1 ? 'body' : 'bodies'} stuck`,
      })[standing],
    checkFailed: 'Could not be checked',
  },
});
