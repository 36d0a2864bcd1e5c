import { PlanSchema, type Plan, type PlanInput } from '@rollout/core/domain/plan';
import { STAGES, type Stage } from '@rollout/core/domain/stage';
import type { TaskInput } from '@rollout/core/domain/task';
import { seededRandom } from '@rollout/core/engine/random';

/**
 * A generated plan for benchmarks: `bodies` bodies with `tasksPerBody` tasks each, one per stage in
 * turn, and about `crossShare` of the tasks needing the result of an earlier task of another body.
 */
export function syntheticPlan(bodies: number, tasksPerBody: number, crossShare = 0.1, seed = 1): Plan {
  return PlanSchema.parse({
    ...syntheticPlanHeader(bodies),
    tasks: [...syntheticTasks(bodies, tasksPerBody, crossShare, seed)],
  });
}

/** The tasks of `syntheticPlan` as written in a file, one at a time (so a reader can take them in slices). */
export function* syntheticTasks(
  bodies: number,
  tasksPerBody: number,
  crossShare = 0.1,
  seed = 1,
): Generator<TaskInput> {
  const random = seededRandom(seed);
  for (let b = 0; b < bodies; b++) {
    for (let k = 0; k < tasksPerBody; k++) {
      const index = b * tasksPerBody + k;
      const earlierOther = Math.floor(random() * b) * tasksPerBody + Math.floor(random() * tasksPerBody);
      const depends = b > 0 && random() < crossShare;
      yield {
        id: `t-${index}`,
        code: `${b + 1}.${k + 1}`,
        title: `Nhiệm vụ ${k + 1} của cơ quan ${b + 1}`,
        stage: STAGES[k % STAGES.length] as Stage,
        leadId: `co-quan-${b}`,
        prerequisiteIds: depends ? [`t-${earlierOther}`] : [],
        deadline: `hoàn thành trong quý ${['I', 'II', 'III', 'IV'][k % 4]}/2024`,
      };
    }
  }
}

/** Everything of `syntheticPlan` but its tasks, as written in a file. */
export function syntheticPlanHeader(bodies: number) {
  return {
    id: `tong-hop-${bodies}`,
    kind: 'ke-hoach',
    format: 'party',
    title: `Kế hoạch tổng hợp ${bodies} cơ quan`,
    issuerIds: ['co-quan-0'],
    date: '2024-01-15',
    validity: { from: '2024-01-01', to: '2024-12-31' },
    bodies: Array.from({ length: bodies }, (_, i) => ({ id: `co-quan-${i}`, name: `Cơ quan ${i + 1}` })),
  } satisfies PlanInput;
}
