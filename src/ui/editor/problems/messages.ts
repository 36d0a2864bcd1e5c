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
    completesOnConditions: 'Hoàn thành được, có điều kiện',
    stuck: 'Mắc kẹt',
    standing: {
      proven: 'Mọi cơ quan hoàn thành được',
      conditional: 'Mọi cơ quan hoàn thành được, có điều kiện',
      errors: 'Có phát hiện mức lỗi',
      stuck: 'Có cơ quan mắc kẹt',
    },
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
    completesOnConditions: 'Can complete, on conditions',
    stuck: 'Stuck',
    standing: {
      proven: 'Every body can complete',
      conditional: 'Every body can complete, on conditions',
      errors: 'Some findings are errors',
      stuck: 'Some bodies are stuck',
    },
    openGroup: 'group whose members are not listed',
    findings: 'Findings',
    noFindings: 'No findings.',
  },
});
