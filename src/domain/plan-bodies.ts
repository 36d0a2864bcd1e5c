import type { Plan } from './plan';

/** The name of a body or group of the plan, or null when the plan does not define the id. */
export function bodyName(plan: Plan, id: string): string | null {
  return plan.bodies.find((b) => b.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? null;
}

/** The names of the bodies (or groups) that issued the plan, in the plan's order. */
export function issuerNames(plan: Plan): string[] {
  return plan.issuerIds.map((id) => bodyName(plan, id) ?? id);
}
