import type { Plan } from './plan';

/** The chain of prerequisites from `start` back to `target`, if `target` is reachable (task ids). */
export function prerequisitePath(plan: Plan, start: string, target: string): string[] | null {
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const parent = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (id === target) {
      const path = [id];
      for (let at = parent.get(id); at !== undefined; at = parent.get(at)) path.unshift(at);
      return path;
    }
    for (const next of byId.get(id)?.prerequisiteIds ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        parent.set(next, id);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * Would "`to` needs the result of `from`" close a cycle? Returns the cycle as task ids, each needing the
 * next (to, from, …, to), or null.
 */
export function cycleIfConnected(plan: Plan, from: string, to: string): string[] | null {
  if (from === to) return [to, to];
  const back = prerequisitePath(plan, from, to);
  return back ? [to, ...back] : null;
}

/**
 * A task id not used in the plan, derived from `base` ("t-iii-2", "t-iii-2-2", …). Ids of bodies and
 * groups share the plan's id space, and an id some task already names as a prerequisite (a dangling
 * reference) is not free either: a new task must not silently become someone's prerequisite.
 */
export function freeTaskId(plan: Plan, base = 't'): string {
  const used = new Set([
    ...plan.tasks.flatMap((t) => [t.id, ...t.prerequisiteIds]),
    ...plan.bodies.map((b) => b.id),
    ...plan.groups.map((g) => g.id),
  ]);
  const slug =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 't';
  if (!used.has(slug)) return slug;
  for (let i = 2; ; i++) if (!used.has(`${slug}-${i}`)) return `${slug}-${i}`;
}
