import type { DeadlineKind } from '../../domain/deadline';
import type { RECIPIENT_PURPOSES } from '../../domain/plan';
import { STAGE_LABELS, type Stage } from '../../domain/stage';
import type { TASK_KINDS } from '../../domain/task';
import { defineMessages } from './messages';

type TaskKind = (typeof TASK_KINDS)[number];
type Purpose = (typeof RECIPIENT_PURPOSES)[number];

/** Names of the plan model's enumerations, shared by the editor panels (plan kinds: `usePlanMessages`). */
export const useDomainLabels = defineMessages<{
  stages: Record<Stage, string>;
  taskKinds: Record<TaskKind, string>;
  formats: Record<'party' | 'state', string>;
  modes: Record<'order' | 'request', string>;
  purposes: Record<Purpose, string>;
  deadlineKinds: Record<DeadlineKind, string>;
}>({
  vi: {
    stages: STAGE_LABELS,
    taskKinds: { 'one-off': 'Một lần', event: 'Sự kiện', ongoing: 'Thường xuyên', recurring: 'Định kỳ' },
    formats: { party: 'Văn bản của Đảng', state: 'Văn bản hành chính nhà nước' },
    modes: { order: 'Giao (chỉ đạo)', request: 'Đề nghị' },
    purposes: {
      'bao-cao': 'Để báo cáo',
      'thuc-hien': 'Để thực hiện',
      biet: 'Để biết',
      luu: 'Lưu',
      khac: 'Khác',
    },
    deadlineKinds: {
      due: 'Hạn chót',
      event: 'Sự kiện',
      window: 'Khoảng thời gian',
      ongoing: 'Thường xuyên',
      recurring: 'Định kỳ',
      'not-a-deadline': 'Không phải thời hạn',
      unknown: 'Không rõ',
    },
  },
  en: {
    stages: {
      drafting: 'Drafting the plan',
      disseminating: 'Disseminating',
      studying: 'Studying',
      implementing: 'Implementing',
      reviewing: 'Reviewing, interim and final reports',
    },
    taskKinds: { 'one-off': 'One-off', event: 'Event', ongoing: 'Ongoing', recurring: 'Recurring' },
    formats: { party: 'Party document', state: 'State document' },
    modes: { order: 'Order', request: 'Request' },
    purposes: {
      'bao-cao': 'To report',
      'thuc-hien': 'To carry out',
      biet: 'For information',
      luu: 'Filed',
      khac: 'Other',
    },
    deadlineKinds: {
      due: 'Due date',
      event: 'Event',
      window: 'Period',
      ongoing: 'Ongoing',
      recurring: 'Recurring',
      'not-a-deadline': 'Not a deadline',
      unknown: 'Unknown',
    },
  },
});
