import type { Localized } from '../domain/localized';
import { describeCause, describeStep, taskLabel, bodyLabel } from './describe-cause';
import { assignmentKey, type PlanModel } from './model';
import type { BlockCause, BlockedAssignment, WaitStep } from './verdict';
import type { Reachability } from './verify';
import { say } from './wording';

type Link = { step: WaitStep; next: string } | { cause: BlockCause };

/** Where a blocked assignment's waiting leads: its root cause, and how many steps of waiting away. */
interface Root {
  cause: BlockCause;
  /** 0 when the assignment's own cause (or a cycle it is on) blocks it. */
  depth: number;
  step: WaitStep | null;
}

/**
 * Explains blocked assignments. Each assignment's root cause is found once (memoised, following the first
 * requirement that can never be met, with an explicit path instead of recursion) and shared by reference,
 * so a chain of thousands of stuck bodies is explained in linear time and words.
 */
export class Explainer {
  private readonly roots = new Map<string, Root>();

  constructor(
    private readonly model: PlanModel,
    private readonly reach: Reachability,
  ) {}

  explain(assigneeId: string, taskId: string): BlockedAssignment {
    const root = this.resolve(assignmentKey(assigneeId, taskId));
    const chain = root.step && root.depth > 0 ? [root.step] : [];
    const rest = Math.max(root.depth - 1, 0);
    return {
      taskId,
      chain,
      cause: root.cause,
      message: describeBlock(this.model, assigneeId, taskId, chain, rest, root.cause),
    };
  }

  private resolve(start: string): Root {
    const path: Array<{ key: string; step: WaitStep }> = [];
    const onPath = new Map<string, number>();
    let key = start;
    let end: Root;
    for (;;) {
      const known = this.roots.get(key);
      if (known) {
        end = known;
        break;
      }
      const at = onPath.get(key);
      if (at !== undefined) {
        const cause: BlockCause = { kind: 'cycle', loop: path.slice(at).map((p) => p.step) };
        for (const p of path.splice(at)) this.roots.set(p.key, { cause, depth: 0, step: p.step });
        end = { cause, depth: 0, step: null };
        break;
      }
      const link = this.firstUnmet(key);
      if ('cause' in link) {
        end = { cause: link.cause, depth: 0, step: null };
        this.roots.set(key, end);
        break;
      }
      onPath.set(key, path.length);
      path.push({ key, step: link.step });
      key = link.next;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i] as { key: string; step: WaitStep };
      end = { cause: end.cause, depth: end.depth + 1, step: p.step };
      this.roots.set(p.key, end);
    }
    return this.roots.get(start) ?? end;
  }

  /** The first requirement of a blocked assignment that can never be met, as one step or a root cause. */
  private firstUnmet(key: string): Link {
    const { model, reach } = this;
    const assignment = model.assignments.get(key);
    if (!assignment) return { cause: { kind: 'no-assignee', taskId: key } };
    if (assignment.startBlock) return { cause: assignment.startBlock };
    if (assignment.approveBlock) return { cause: assignment.approveBlock };
    const { assigneeId, taskId } = assignment;
    const task = model.tasks.get(taskId);
    const deps = [
      ...(task?.resultDeps ?? []).map((id) => ({ kind: 'result' as const, id })),
      ...(task?.closureDeps ?? []).map((id) => ({ kind: 'closure' as const, id })),
    ];
    for (const dep of deps) {
      const result = dep.kind === 'result';
      if (result ? reach.doneable.has(dep.id) : reach.closable.has(dep.id)) continue;
      const depTask = model.tasks.get(dep.id);
      if (!depTask) return { cause: { kind: 'undefined-task', taskId: dep.id } };
      const owners = result ? depTask.primary : depTask.assignees;
      const nobodyValid = owners.every((o) => model.assignments.get(assignmentKey(o, dep.id))?.startBlock);
      if (owners.length === 0 || (nobodyValid && depTask.undefinedRefs.length > 0)) {
        return depTask.undefinedRefs.length > 0
          ? { cause: { kind: 'undefined-assignee', taskId: dep.id, refs: depTask.undefinedRefs } }
          : { cause: { kind: 'no-assignee', taskId: dep.id } };
      }
      const done = result ? reach.approvable : reach.completable;
      const owner = owners.find((o) => !done.has(assignmentKey(o, dep.id))) ?? null;
      return {
        step: { assigneeId, taskId, waitsFor: { kind: dep.kind, taskId: dep.id, assigneeId: owner } },
        next: assignmentKey(owner ?? '', dep.id),
      };
    }
    return { cause: assignment.deliverBlock ?? { kind: 'no-assignee', taskId } };
  }
}

/** "«body» cannot complete task X: first step; (n more steps;) root cause." in every language. */
export function describeBlock(
  model: PlanModel,
  assigneeId: string,
  taskId: string,
  chain: WaitStep[],
  more: number,
  cause: BlockCause,
): Localized {
  return say((w) => {
    const head = w.cannotComplete(bodyLabel(w, model, assigneeId), taskLabel(w, model, taskId));
    const steps = chain.map((s) => describeStep(w, model, s) + ';');
    const rest = more > 0 ? [w.moreSteps(more) + ';'] : [];
    return [head + ':', ...steps, ...rest, describeCause(w, model, cause) + '.'].join(' ');
  });
}
