import type { AssignmentEventType } from './body-machine';
import type { AssignmentStatus } from './status';
import type { PlanModel } from './model';
import type { RunEvent } from './verdict';

export const EVENT_LABELS: Record<AssignmentEventType, string> = {
  START: 'bắt đầu',
  REPORT: 'báo cáo',
  APPROVE: 'xác nhận hoàn thành',
  RETURN: 'trả lại',
  CANCEL: 'hủy',
};

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  notStarted: 'chưa thực hiện',
  inProgress: 'đang thực hiện',
  reported: 'đã báo cáo, chờ xác nhận',
  returned: 'trả lại, cần bổ sung',
  completed: 'hoàn thành',
  cancelled: 'đã hủy',
};

/** "Ban Tuyên giáo bắt đầu III.1" */
export function describeEvent(model: PlanModel, event: RunEvent): string {
  const who = model.assignees.get(event.assigneeId)?.name ?? event.assigneeId;
  const code = model.tasks.get(event.taskId)?.code ?? event.taskId;
  return `${who} ${EVENT_LABELS[event.type]} ${code}`;
}
