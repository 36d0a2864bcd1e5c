import type { PlanModel } from './model';
import { replaySession, SimulationSession, type SessionStep } from './simulation-session';
import type { RunEvent } from './verdict';

/** Steps kept aside when the reviewer went back and fired another event: they followed step `from`. */
export interface KeptBranch {
  from: number;
  steps: SessionStep[];
}

const sameEvent = (a: RunEvent, b: RunEvent) =>
  a.assigneeId === b.assigneeId && a.taskId === b.taskId && a.type === b.type;

/**
 * The log of a session a reviewer can go back in: the line of steps, the point the session is at (any step
 * of the line, 0 before the first), and the branch kept aside when firing from an earlier point.
 */
export class SimulationLog {
  session: SimulationSession;
  line: SessionStep[] = [];
  kept: KeptBranch | null = null;

  constructor(readonly model: PlanModel) {
    this.session = new SimulationSession(model);
  }

  /** How many steps of the line the session has taken. */
  get at(): number {
    return this.session.steps.length;
  }

  /**
   * Fire an event from the current point. Before the end of the line, the next step of the line is taken
   * again if it is that event; any other event starts a branch and the later steps are kept aside.
   */
  fire(event: RunEvent, days = 1): SessionStep | null {
    const at = this.at;
    const next = this.line[at];
    if (next && sameEvent(next.event, event)) return this.session.fire(next.event, next.days);
    const step = this.session.fire(event, days);
    if (!step) return null;
    if (next) this.kept = { from: at, steps: this.line.slice(at) };
    this.line = [...this.line.slice(0, at), step];
    return step;
  }

  /** Go to the point after step `n` of the line (0: the start), replaying the line up to it. */
  goTo(n: number): void {
    const target = Math.max(0, Math.min(n, this.line.length));
    if (target === this.at) return;
    if (target > this.at) {
      for (const step of this.line.slice(this.at, target)) this.session.fire(step.event, step.days);
      return;
    }
    this.session.stop();
    this.session = replaySession(this.model, this.line.slice(0, target), this.session.startDate);
  }

  /** Bring the kept branch back in place of the steps that replaced it (those are kept aside in turn). */
  returnToKept(): void {
    const kept = this.kept;
    if (!kept) return;
    const replaced = this.line.slice(kept.from);
    this.goTo(Math.min(this.at, kept.from));
    this.line = [...this.line.slice(0, kept.from), ...kept.steps];
    this.kept = replaced.length > 0 ? { from: kept.from, steps: replaced } : null;
    this.goTo(this.line.length);
  }

  /** Back to the start with an empty log. */
  reset(): void {
    this.session.stop();
    this.session = new SimulationSession(this.model, this.session.startDate);
    this.line = [];
    this.kept = null;
  }

  stop(): void {
    this.session.stop();
  }
}
