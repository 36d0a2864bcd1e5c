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
    /** "Chương trình hành động số 66-CTr/TU", or "Kế hoạch (không số)". */
    shortName: (kind: string, number: string | null) =>
      number ? `${kind} số ${number}` : `${kind} (không số)`,
    verdict: (stuck: number) => (stuck === 0 ? 'Mọi cơ quan hoàn thành được' : `${stuck} cơ quan mắc kẹt`),
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
    shortName: (kind: string, number: string | null) =>
      number ? `${kind} No. ${number}` : `${kind} (no number)`,
    verdict: (stuck: number) =>
      stuck === 0 ? 'Every body can complete' : `${stuck} ${stuck === 1 ? 'body' : 'bodies'} stuck`,
    checkFailed: 'Could not be checked',
  },
});
