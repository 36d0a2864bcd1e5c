import type { Plan } from '../domain/plan';
import { findCycles } from './cycles';
import { compilePlanModel, type ChildLink } from './model';
import { computeReachability } from './verify';

/** The child plan ids a plan's tasks link to ("cụ thể hóa" with `childPlanId`). */
function linkedIds(plan: Plan): string[] {
  const ids: string[] = [];
  for (const t of plan.tasks) if (t.childPlan && t.childPlanId !== null) ids.push(t.childPlanId);
  return ids;
}

/** How many of a plan's assigned bodies cannot complete, given its own child links. */
function stuckCount(plan: Plan, links: ReadonlyMap<string, ChildLink>): number {
  const model = compilePlanModel(plan, links);
  const reach = computeReachability(model);
  let stuck = 0;
  for (const slots of reach.index.byAssignee.values()) {
    if (slots.some((slot) => !reach.completable[slot])) stuck++;
  }
  return stuck;
}

/**
 * The verdict of every child plan `root` links to, by parent task id: each plan reachable through links is
 * verified once, children first (an explicit post-order walk, so any depth and no recursion), and a link
 * between plans on one cycle of links is marked as such. Child plans are found in `plans` by id.
 */
export function linkChildPlans(root: Plan, plans: ReadonlyMap<string, Plan>): Map<string, ChildLink> {
  const find = (id: string) => (id === root.id ? root : plans.get(id));
  const children = new Map<string, string[]>();
  const stack = [root.id];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const plan = find(id);
    if (children.has(id) || !plan) continue;
    const found = linkedIds(plan).filter((c) => find(c) !== undefined);
    children.set(id, found);
    for (const c of found) stack.push(c);
  }
  const component = new Map<string, string[]>();
  for (const cycle of findCycles(children.keys(), (id) => children.get(id) ?? [])) {
    for (const id of cycle) component.set(id, cycle);
  }
  const onCycle = (from: string, to: string) => component.get(from)?.includes(to) === true;

  const stuck = new Map<string, number>();
  const linksOf = (plan: Plan): Map<string, ChildLink> => {
    const links = new Map<string, ChildLink>();
    for (const t of plan.tasks) {
      const child = t.childPlan && t.childPlanId !== null ? find(t.childPlanId) : undefined;
      if (!child) continue;
      const base = { planId: child.id, title: child.title };
      if (onCycle(plan.id, child.id)) {
        const cycle = (component.get(plan.id) ?? []).filter((id) => id !== plan.id);
        links.set(t.id, { status: 'cycle', ...base, cycle: cycle.map((id) => find(id)?.title ?? id) });
      } else {
        const count = stuck.get(child.id) ?? 0;
        links.set(
          t.id,
          count > 0 ? { status: 'stuck', ...base, stuck: count } : { status: 'complete', ...base },
        );
      }
    }
    return links;
  };

  const done = new Set<string>();
  const work: Array<{ id: string; expanded: boolean }> = [{ id: root.id, expanded: false }];
  while (work.length > 0) {
    const frame = work.pop() as { id: string; expanded: boolean };
    if (done.has(frame.id)) continue;
    if (!frame.expanded) {
      work.push({ id: frame.id, expanded: true });
      for (const c of children.get(frame.id) ?? []) {
        if (!done.has(c) && !onCycle(frame.id, c)) work.push({ id: c, expanded: false });
      }
      continue;
    }
    done.add(frame.id);
    const plan = find(frame.id);
    if (plan && frame.id !== root.id) stuck.set(frame.id, stuckCount(plan, linksOf(plan)));
  }
  return linksOf(root);
}
