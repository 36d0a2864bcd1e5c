import { defineMessages } from '../../i18n/messages';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const useProblemsMessages = defineMessages({
  vi: {
    heading: 'Vấn đề',
    summary: (stuck: number, errors: number, warnings: number) =>
      `${stuck} cơ quan mắc kẹt, ${errors} lỗi, ${warnings} cảnh báo`,
    pending: 'Đang kiểm chứng…',
    notChecked: 'Chưa kiểm chứng',
    bodies: 'Từng cơ quan',
    noBodies: 'Chưa giao nhiệm vụ cho cơ quan nào.',
    completes: 'Hoàn thành được',
    stuck: 'Mắc kẹt',
    openGroup: 'nhóm chưa liệt kê thành viên',
    findings: 'Phát hiện',
    noFindings: 'Không có phát hiện nào.',
  },
  en: {
    heading: 'Problems',
    summary: (stuck: number, errors: number, warnings: number) =>
      `${plural(stuck, 'body', 'bodies')} stuck, ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
    pending: 'Checking…',
    notChecked: 'Not checked yet',
    bodies: 'Each body',
    noBodies: 'No body has been assigned a task.',
    completes: 'Can complete',
    stuck: 'Stuck',
    openGroup: 'group whose members are not listed',
    findings: 'Findings',
    noFindings: 'No findings.',
  },
});
