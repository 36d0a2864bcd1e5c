import type { Localized } from '../domain/localized';
import type { Absence } from './validity';

/** One event of a run or a counterexample: which assignee does what to which task. */
export interface RunEvent {
  assigneeId: string;
  taskId: string;
  type: 'START' | 'REPORT' | 'APPROVE' | 'DELIVER' | 'RETURN' | 'CANCEL' | 'DECLINE';
}

/** "assignee's task waits for another task's result (or for all its assignments to close)". */
export interface WaitStep {
  assigneeId: string;
  taskId: string;
  waitsFor: { kind: 'result' | 'closure'; taskId: string; assigneeId: string | null };
}

/** Why a chain of waiting ends: the root cause a planner must fix. */
export type BlockCause =
  /** The assignee cannot act in the task's window (rule 1). */
  | { kind: 'inactive'; assigneeId: string; taskId: string; absence: Absence }
  | { kind: 'no-assignee'; taskId: string }
  | { kind: 'undefined-task'; taskId: string }
  | { kind: 'undefined-assignee'; taskId: string; refs: string[] }
  | { kind: 'cycle'; loop: WaitStep[] }
  /** The body the task's draft is for ("tham mưu cho X") cannot adopt it. */
  | { kind: 'adopter-unavailable'; taskId: string; adopterId: string; absence: Absence }
  /** A report the assignee owes cannot be received (by `toId`) or forwarded (by `viaId`). */
  | {
      kind: 'report-receiver-unavailable';
      taskId: string;
      assigneeId: string;
      receiverId: string;
      absence: Absence;
    }
  /** Whoever approves the assignee's work cannot act within the task's time window (rule 1). */
  | { kind: 'approver-unavailable'; taskId: string; assigneeId: string; approverId: string; absence: Absence }
  /** The linked child plan has bodies that cannot complete, or its links come back round to this plan. */
  | {
      kind: 'child-plan-stuck';
      taskId: string;
      childPlanId: string;
      childTitle: string;
      stuck: number;
      onCycle: boolean;
    };

export interface BlockedAssignment {
  taskId: string;
  /** The first step of waiting (empty when the assignment's own cause blocks it); the rest is referred to. */
  chain: WaitStep[];
  /** The root cause, shared by reference by every assignment that waits on it. */
  cause: BlockCause;
  /** The reason in plain words: the first step of waiting and the root cause. */
  message: Localized;
}

export type CaveatKind = 'open-group' | 'request' | 'child-plan-unlinked';

/** What a completion rests on: `taskId` is the task (this body's, or one it needs) it comes from. */
export interface Caveat {
  kind: CaveatKind;
  taskId: string;
}

/** Whether an assigned body can always still reach completion, and if not, why. */
export interface BodyVerdict {
  assigneeId: string;
  name: string;
  kind: 'body' | 'open-group';
  completes: boolean;
  blocked: BlockedAssignment[];
  /** Completion not proven, only conditional: "hoàn thành được, có điều kiện". */
  caveats: Caveat[];
}
