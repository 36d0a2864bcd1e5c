import type { Localized } from '../domain/localized';
import { describeCause, describeStep, taskLabel, bodyLabel } from './describe-cause';
import { assignmentKey, type AssignmentNode, type PlanModel, type TaskNode } from './model';
import { rowOf, taskSlots } from './model-index';
import type { BlockCause, BlockedAssignment, WaitStep } from './verdict';
import type { Reachability } from './verify';
import { say } from './wording';

type Link = { step: WaitStep; next: number } | { cause: BlockCause };

/** Where a blocked assignment's waiting leads: its root cause, and how many steps of waiting away. */
interface Root {
  cause: BlockCause;
  /** 0 when the assignment's own cause (or a cycle it is on) blocks it. */
  depth: number;
  step: WaitStep | null;
}

/**
 * Explains blocked assignments. Each assignment's root cause is found once (memoised by assignment number,
 * following the first requirement that can never be met, with an explicit path instead of recursion) and
 * shared by reference, so a chain of thousands of stuck bodies is explained in linear time and words.
 */
export class Explainer {
  private readonly roots: Array<Root | undefined> = [];

  constructor(
    private readonly model: PlanModel,
    private readonly reach: Reachability,
  ) {}

  /** Why `assigneeId` cannot complete `taskId`; `slot` is that assignment's number in the model's index. */
  explain(assigneeId: string, taskId: string, slot: number): BlockedAssignment {
    const root: Root =
      slot < 0
        ? { cause: { kind: 'no-assignee', taskId: assignmentKey(assigneeId, taskId) }, depth: 0, step: null }
        : this.resolve(slot);
    const chain = root.step && root.depth > 0 ? [root.step] : [];
    const rest = Math.max(root.depth - 1, 0);
    return {
      taskId,
      chain,
      cause: root.cause,
      message: describeBlock(this.model, assigneeId, taskId, chain, rest, root.cause),
    };
  }

  private resolve(start: number): Root {
    const path: Array<{ slot: number; step: WaitStep }> = [];
    const onPath = new Map<number, number>();
    let slot = start;
    let end: Root;
    for (;;) {
      const known = this.roots[slot];
      if (known) {
        end = known;
        break;
      }
      const at = onPath.get(slot);
      if (at !== undefined) {
        const cause: BlockCause = { kind: 'cycle', loop: path.slice(at).map((p) => p.step) };
        for (const p of path.splice(at)) this.roots[p.slot] = { cause, depth: 0, step: p.step };
        end = { cause, depth: 0, step: null };
        break;
      }
      const link = this.firstUnmet(slot);
      if ('cause' in link) {
        end = { cause: link.cause, depth: 0, step: null };
        this.roots[slot] = end;
        break;
      }
      onPath.set(slot, path.length);
      path.push({ slot, step: link.step });
      slot = link.next;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i] as { slot: number; step: WaitStep };
      end = { cause: end.cause, depth: end.depth + 1, step: p.step };
      this.roots[p.slot] = end;
    }
    return this.roots[start] ?? end;
  }

  /** The first requirement of a blocked assignment that can never be met, as one step or a root cause. */
  private firstUnmet(slot: number): Link {
    const { index } = this.reach;
    const assignment = index.assignments[slot] as AssignmentNode;
    if (assignment.startBlock) return { cause: assignment.startBlock };
    if (assignment.approveBlock) return { cause: assignment.approveBlock };
    const { assigneeId, taskId } = assignment;
    const task = index.taskOf[slot] as number;
    const result = this.firstUnmetDep(assigneeId, taskId, 'result', index.tasks[task]?.resultDeps ?? []);
    return (
      result ??
      this.firstUnmetDep(assigneeId, taskId, 'closure', index.tasks[task]?.closureDeps ?? []) ?? {
        cause: assignment.deliverBlock ?? { kind: 'no-assignee', taskId },
      }
    );
  }

  private firstUnmetDep(
    assigneeId: string,
    taskId: string,
    kind: 'result' | 'closure',
    deps: string[],
  ): Link | null {
    const { reach } = this;
    const { index } = reach;
    const result = kind === 'result';
    for (const id of deps) {
      const no = index.taskNo.get(id);
      if (no === undefined) return { cause: { kind: 'undefined-task', taskId: id } };
      if (result ? reach.doneable[no] : reach.closable[no]) continue;
      const depTask = index.tasks[no] as TaskNode;
      const owners = result ? depTask.primary : depTask.assignees;
      const slots = result ? [...rowOf(index.primarySlots, no)] : taskSlots(index, no);
      const nobodyValid = slots.every((s) => s >= 0 && index.assignments[s]?.startBlock);
      if (owners.length === 0 || (nobodyValid && depTask.undefinedRefs.length > 0)) {
        return depTask.undefinedRefs.length > 0
          ? { cause: { kind: 'undefined-assignee', taskId: id, refs: depTask.undefinedRefs } }
          : { cause: { kind: 'no-assignee', taskId: id } };
      }
      const done = result ? reach.approvable : reach.completable;
      const at = slots.findIndex((s) => !done[s]);
      const owner = owners[at] ?? null;
      const next = slots[at] ?? -1;
      const step: WaitStep = { assigneeId, taskId, waitsFor: { kind, taskId: id, assigneeId: owner } };
      return next < 0 ? { cause: { kind: 'no-assignee', taskId: id } } : { step, next };
    }
    return null;
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
