import type { Plan } from '../../../domain/plan';
import type { Task } from '../../../domain/task';

/** Names of a plan's bodies and groups, and its tasks, by id, for the studio's tables and timeline. */
export interface PlanLookup {
  name: (id: string) => string;
  task: (id: string) => Task | undefined;
}

/** Later plans win: a what-if looks names up in the changed plan, then in the original (a body it removed). */
export function lookupOf(...plans: Plan[]): PlanLookup {
  const names = new Map<string, string>();
  const tasks = new Map<string, Task>();
  for (const plan of plans) {
    for (const b of plan.bodies) names.set(b.id, b.name);
    for (const g of plan.groups) names.set(g.id, g.name);
    for (const t of plan.tasks) tasks.set(t.id, t);
  }
  return { name: (id) => names.get(id) ?? id, task: (id) => tasks.get(id) };
}
