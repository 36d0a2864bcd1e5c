import type { Localized } from '../domain/localized';

/** One event of a run or a counterexample: which assignee does what to which task. */
export interface RunEvent {
  assigneeId: string;
  taskId: string;
  type: 'START' | 'REPORT' | 'APPROVE' | 'RETURN' | 'CANCEL';
}

/** "assignee's task waits for another task's result (or for all its assignments to close)". */
export interface WaitStep {
  assigneeId: string;
  taskId: string;
  waitsFor: { kind: 'result' | 'closure'; taskId: string; assigneeId: string | null };
}

/** Why a chain of waiting ends: the root cause a planner must fix. */
export type BlockCause =
  | { kind: 'inactive'; assigneeId: string }
  | { kind: 'no-assignee'; taskId: string }
  | { kind: 'undefined-task'; taskId: string }
  | { kind: 'undefined-assignee'; taskId: string; refs: string[] }
  | { kind: 'cycle'; loop: WaitStep[] };

export interface BlockedAssignment {
  taskId: string;
  chain: WaitStep[];
  cause: BlockCause;
  /** The reason in plain words, naming the tasks and bodies in the chain. */
  message: Localized;
}

/** Whether an assigned body can always still reach completion, and if not, why. */
export interface BodyVerdict {
  assigneeId: string;
  name: string;
  kind: 'body' | 'open-group';
  completes: boolean;
  blocked: BlockedAssignment[];
  /** For a stuck body: the shortest run that takes it as far as it can go, ending where it is stuck. */
  witness: RunEvent[];
}
