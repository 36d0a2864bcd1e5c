import type { Localized } from '../domain/localized';
import type { PlanModel } from './model';
import type { RunEvent } from './verdict';
import { say } from './wording';

/** "Ban Tuyên giáo bắt đầu III.1", in every language. */
export function describeEvent(model: PlanModel, event: RunEvent): Localized {
  const who = model.assignees.get(event.assigneeId)?.name ?? event.assigneeId;
  const code = model.tasks.get(event.taskId)?.task.code ?? event.taskId;
  return say((w) => w.event(event.type, who, code));
}
