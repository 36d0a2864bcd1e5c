import type { PlanInput } from '../../../../src/domain/plan';
import type { TaskInput } from '../../../../src/domain/task';
import type { PlanRecord } from '../../../../src/store';
import { makePlan } from '../../../support/plan-builder';

interface RecordOptions extends Partial<Omit<PlanInput, 'tasks'>> {
  id: string;
  title: string;
  /** The tasks in short form; by default `taskCount` independent tasks, each led by body b0. */
  tasks?: Array<Partial<TaskInput> & { id: string }>;
  taskCount?: number;
  updatedAt?: string;
}

/** A library record around a small valid plan (bodies b0…b3). */
export function planRecord({
  tasks,
  taskCount = 1,
  updatedAt = '2025-01-01T00:00:00.000Z',
  ...plan
}: RecordOptions): PlanRecord {
  const short = tasks ?? Array.from({ length: taskCount }, (_, i) => ({ id: `t${i}`, leadId: 'b0' }));
  return { id: plan.id, revision: 1, createdAt: updatedAt, updatedAt, plan: makePlan(short, plan) };
}
