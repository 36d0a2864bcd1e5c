import type { Plan } from '../../../domain/plan';
import type { Task } from '../../../domain/task';

/** Names of a plan's bodies and groups, and its tasks, by id, for the studio's tables and timeline. */
export interface PlanLookup {
  name: (id: string) => string;
  task: (id: string) => Task | undefined;
}

export function lookupOf(plan: Plan): PlanLookup {
  const names = new Map<string, string>();
  for (const b of plan.bodies) names.set(b.id, b.name);
  for (const g of plan.groups) names.set(g.id, g.name);
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  return { name: (id) => names.get(id) ?? id, task: (id) => tasks.get(id) };
}
