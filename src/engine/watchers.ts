import type { PlanModel } from './model';

/** Who must be told when a task's facts change: what runs need, and the verifier does not. */
export interface WatchLists {
  /** task id → assignees with a task that waits for it. */
  watchers: Map<string, string[]>;
  /** assignee id → the tasks its own tasks wait for. */
  watchedBy: Map<string, string[]>;
}

const built = new WeakMap<PlanModel, WatchLists>();

/** The watch lists of a compiled plan, built on first use (by a run or a simulation) and kept with it. */
export function watchListsOf(model: PlanModel): WatchLists {
  let lists = built.get(model);
  if (lists) return lists;
  lists = { watchers: new Map(), watchedBy: new Map() };
  for (const a of model.assignees.values()) {
    const deps = new Set<string>();
    for (const t of a.taskIds) {
      const node = model.tasks.get(t);
      for (const d of node?.resultDeps ?? []) deps.add(d);
      for (const d of node?.closureDeps ?? []) deps.add(d);
    }
    lists.watchedBy.set(a.id, [...deps]);
    for (const d of deps) {
      const list = lists.watchers.get(d);
      if (list) list.push(a.id);
      else lists.watchers.set(d, [a.id]);
    }
  }
  built.set(model, lists);
  return lists;
}
