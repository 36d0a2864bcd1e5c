/** The assignment table (task × lead, participants, deadline, status) that every export shares. */
import { parseDeadline, type ParsedDeadline } from '../domain/deadline';
import { LABELS } from '../domain/labels';
import type { Plan } from '../domain/plan';
import type { Task } from '../domain/task';

export interface AssignmentRow {
  task: Task;
  lead: string;
  participants: string;
  deadline: ParsedDeadline | null;
  stage: string;
  status: string;
}

/** The name of a body or group of the plan. */
export function nameIn(plan: Plan, id: string | null): string {
  if (!id) return '';
  return plan.bodies.find((b) => b.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
}

export function planYear(plan: Plan): number | null {
  return plan.date ? Number(plan.date.slice(0, 4)) : null;
}

export function assignmentRows(plan: Plan): AssignmentRow[] {
  const year = planYear(plan);
  return plan.tasks.map((task) => ({
    task,
    lead: nameIn(plan, task.leadId),
    participants: task.participantIds.map((id) => nameIn(plan, id)).join(', '),
    deadline: task.deadline ? parseDeadline(task.deadline, { planYear: year }) : null,
    stage: LABELS.vi.stages[task.stage],
    status: 'Chưa thực hiện',
  }));
}

/** The table's columns, in Vietnamese, and each row's cells. */
export const ASSIGNMENT_COLUMNS = [
  'STT',
  'Mã',
  'Nhiệm vụ',
  'Chủ trì',
  'Phối hợp',
  'Thời hạn (như văn bản)',
  'Hạn chót',
  'Giai đoạn',
  'Trạng thái',
] as const;

export function assignmentCells(row: AssignmentRow, index: number): (string | number)[] {
  return [
    index + 1,
    row.task.code,
    row.task.title,
    row.lead,
    row.participants,
    row.task.deadline ?? '',
    row.deadline?.due ?? '',
    row.stage,
    row.status,
  ];
}
