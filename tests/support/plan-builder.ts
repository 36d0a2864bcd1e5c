import { PlanSchema, type Plan, type PlanInput } from '../../src/domain/plan';
import type { TaskInput } from '../../src/domain/task';

/** A small valid plan for tests: bodies b0…bN, tasks given in short form. */
export function makePlan(
  tasks: Array<Partial<TaskInput> & { id: string }>,
  extra: Partial<PlanInput> = {},
  bodyCount = 4,
): Plan {
  const bodies = Array.from({ length: bodyCount }, (_, i) => ({ id: `b${i}`, name: `Cơ quan ${i}` }));
  return PlanSchema.parse({
    id: 'test-plan',
    kind: 'ke-hoach',
    format: 'party',
    title: 'Kế hoạch thử',
    issuerIds: ['b0'],
    date: '2024-02-02',
    bodies,
    ...extra,
    tasks: tasks.map((t, i) => ({
      code: `${i + 1}`,
      title: `Nhiệm vụ ${i + 1}`,
      stage: 'implementing',
      ...t,
    })),
  });
}
