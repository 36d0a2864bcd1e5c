import { createActor, type Actor } from 'xstate';
import { addDays } from '../domain/date';
import type { BodyEvent } from './body-machine';
import type { PlanModel } from './model';
import { createPlanMachine, planMachineInput, type PlanStageState } from './plan-machine';
import { PlanRun } from './plan-run';
import { SIMULATED_CANCEL_REASON, startDateOf } from './simulate';
import type { AssignmentStatus } from './status';
import type { RunEvent } from './verdict';

/** One event fired in a simulation session, with the simulated day it happened on. */
export interface SessionStep {
  /** 1 for the first step. */
  n: number;
  event: RunEvent;
  /** Days the simulated calendar moved on with this step (0 or more). */
  days: number;
  date: string;
  /** Tasks (of any body) whose status changed, cascades included. */
  changed: string[];
  planStage: PlanStageState;
}

/** What a body's machine is told for an event of a session (a cancellation gives the simulated reason). */
export function bodyEventOf(event: RunEvent): BodyEvent {
  const task = event.taskId;
  return event.type === 'CANCEL'
    ? { type: 'CANCEL', task, reason: SIMULATED_CANCEL_REASON }
    : { type: event.type, task };
}

/**
 * A simulation a reviewer drives one event at a time, over the plan's real machines: one actor per body (a
 * `PlanRun`) and the plan's own stage machine. Each step is kept, so that any point of it can be rebuilt by
 * replaying the steps before it (`replaySession`).
 */
export class SimulationSession {
  readonly run: PlanRun;
  readonly steps: SessionStep[] = [];
  private readonly plan: Actor<ReturnType<typeof createPlanMachine>>;
  private day: string;

  constructor(
    readonly model: PlanModel,
    readonly startDate: string = startDateOf(model),
  ) {
    this.run = new PlanRun(model);
    this.plan = createActor(createPlanMachine(), { input: planMachineInput(model) }).start();
    this.day = startDate;
    const closed = [...this.run.facts.closed];
    if (closed.length > 0) this.plan.send({ type: 'CLOSED', taskIds: closed });
  }

  /** The simulated day of the last step (the start date before any). */
  get date(): string {
    return this.day;
  }

  get planStage(): PlanStageState {
    return this.plan.getSnapshot().value as PlanStageState;
  }

  status(bodyId: string, taskId: string): AssignmentStatus {
    return this.run.status(bodyId, taskId);
  }

  isDone(bodyId: string): boolean {
    return this.run.isDone(bodyId);
  }

  /** Every assigned body has closed all its assignments. */
  get allDone(): boolean {
    for (const id of this.model.assignees.keys()) if (!this.run.isDone(id)) return false;
    return true;
  }

  /**
   * Fire one event, the calendar moving on `days` days: the step, or null when the body's machine refuses
   * it (then nothing changes).
   */
  fire(event: RunEvent, days = 1): SessionStep | null {
    const changed = this.run.send(event.assigneeId, bodyEventOf(event));
    if (!changed.includes(event.taskId)) return null;
    const closed = changed.filter((t) => this.run.facts.closed.has(t));
    if (closed.length > 0) this.plan.send({ type: 'CLOSED', taskIds: closed });
    this.day = addDays(this.day, days) ?? this.day;
    const step: SessionStep = {
      n: this.steps.length + 1,
      event,
      days,
      date: this.day,
      changed,
      planStage: this.planStage,
    };
    this.steps.push(step);
    return step;
  }

  stop(): void {
    this.run.stop();
    this.plan.stop();
  }
}

/** A session at the point after `steps` (fired in order from the start; a refused one is left out). */
export function replaySession(
  model: PlanModel,
  steps: ReadonlyArray<Pick<SessionStep, 'event' | 'days'>>,
  startDate?: string,
): SimulationSession {
  const session = new SimulationSession(model, startDate);
  for (const step of steps) session.fire(step.event, step.days);
  return session;
}
