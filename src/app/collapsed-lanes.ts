import type { Plan } from '../domain/plan';
import { STAGES, type Stage } from '../domain/stage';

/** The stage lanes a plan opens with collapsed: those without a task (none, while the plan is empty). */
export function firstCollapsed(plan: Plan): ReadonlySet<Stage> {
  if (plan.tasks.length === 0) return new Set();
  const used = new Set(plan.tasks.map((t) => t.stage));
  return new Set(STAGES.filter((s) => !used.has(s)));
}

/**
 * The collapsed lanes that must open because a task came into them between `before` and `after` (added,
 * pasted, imported, brought back by undo, or moved there from another stage): a task never arrives hidden.
 */
export function lanesReceiving(collapsed: ReadonlySet<Stage>, before: Plan, after: Plan): Stage[] {
  if (collapsed.size === 0 || before.tasks === after.tasks) return [];
  const stageBefore = new Map(before.tasks.map((t) => [t.id, t.stage]));
  const opened = new Set<Stage>();
  for (const t of after.tasks)
    if (collapsed.has(t.stage) && stageBefore.get(t.id) !== t.stage) opened.add(t.stage);
  return STAGES.filter((s) => opened.has(s));
}

/** The collapsed lanes holding any of the tasks `ids` (tasks chosen must be in sight). */
export function lanesHolding(collapsed: ReadonlySet<Stage>, plan: Plan, ids: readonly string[]): Stage[] {
  if (collapsed.size === 0 || ids.length === 0) return [];
  const chosen = new Set(ids);
  const stages = new Set(plan.tasks.filter((t) => chosen.has(t.id)).map((t) => t.stage));
  return STAGES.filter((s) => stages.has(s) && collapsed.has(s));
}

/** `collapsed` without `stages` (the same set when none of them was collapsed). */
export function withOpened(collapsed: ReadonlySet<Stage>, stages: readonly Stage[]): ReadonlySet<Stage> {
  if (!stages.some((s) => collapsed.has(s))) return collapsed;
  return new Set([...collapsed].filter((s) => !stages.includes(s)));
}
