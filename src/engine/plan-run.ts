import { createActor, type Actor, type Snapshot } from 'xstate';
import {
  assignmentStatuses,
  bodyInput,
  bodyMachineOf,
  type BodyEvent,
  type BodyMachine,
} from './body-machine';
import { settleFacts } from './facts-sync';
import type { PlanModel } from './model';
import { changedTasks, emptyFactSets, type AssignmentStatus, type Facts, type FactSets } from './status';

/** A `PlanRun` as plain data: each body's persisted snapshot, and the facts known. */
export interface SavedPlanRun {
  bodies: Record<string, unknown>;
  facts: Facts;
}

/** What a persisted body snapshot holds that a run reads without starting its actor. */
interface SavedBody {
  value: Record<string, AssignmentStatus>;
  status: string;
  context: { notes: Record<string, string> };
}

/**
 * A live run of a plan: one XState actor per assigned body, kept in step through completion facts.
 * Simulation and the staff runtime both drive plans through this. A run restored from `save` starts a body's
 * actor only when it is first sent or asked an event: opening a large run reads statuses off the snapshots.
 */
export class PlanRun {
  /** The started actors (a restored run starts each on first use, see `actor`). */
  readonly actors = new Map<string, Actor<BodyMachine>>();
  readonly facts: FactSets = emptyFactSets();
  /** Each body's statuses as of its last snapshot (reading a snapshot's value is not free). */
  private readonly current = new Map<string, Record<string, AssignmentStatus>>();
  /** Persisted snapshots of the bodies whose actors are not started yet. */
  private readonly dormant = new Map<string, SavedBody>();

  /** A run from the start, or from a `saved` state (see `save`) of a run of the same model. */
  constructor(
    readonly model: PlanModel,
    saved?: SavedPlanRun,
  ) {
    if (saved) {
      for (const assignee of model.assignees.values()) {
        const body = saved.bodies[assignee.id] as SavedBody | undefined;
        if (body) {
          this.dormant.set(assignee.id, body);
          this.current.set(assignee.id, body.value);
        } else this.actor(assignee.id);
      }
      for (const kind of ['done', 'void', 'closed'] as const)
        for (const t of saved.facts[kind]) this.facts[kind].add(t);
    } else {
      for (const id of model.assignees.keys()) this.actor(id);
      this.sync(model.tasks.keys());
    }
  }

  /** The state of every body (XState persisted snapshots) and the facts: plain data, to restore from. */
  save(): SavedPlanRun {
    const bodies: Record<string, unknown> = {};
    for (const id of this.model.assignees.keys())
      bodies[id] = this.dormant.get(id) ?? this.actors.get(id)?.getPersistedSnapshot();
    const { done, void: voided, closed } = this.facts;
    return { bodies, facts: { done: [...done], void: [...voided], closed: [...closed] } };
  }

  /** The body's actor, started (from its saved snapshot, if any) on first use. */
  actor(bodyId: string): Actor<BodyMachine> | undefined {
    let actor = this.actors.get(bodyId);
    const assignee = this.model.assignees.get(bodyId);
    if (actor || !assignee) return actor;
    const snapshot = this.dormant.get(bodyId) as Snapshot<unknown> | undefined;
    actor = createActor(bodyMachineOf(this.model, assignee), {
      input: bodyInput(this.model, assignee),
      snapshot,
    });
    actor.start();
    this.dormant.delete(bodyId);
    this.actors.set(bodyId, actor);
    this.current.set(bodyId, assignmentStatuses(actor.getSnapshot()));
    return actor;
  }

  status(bodyId: string, taskId: string): AssignmentStatus {
    return this.current.get(bodyId)?.[taskId] ?? 'notStarted';
  }

  statuses(bodyId: string): Record<string, AssignmentStatus> {
    return { ...this.current.get(bodyId) };
  }

  /** Why the machine cancelled, declined or returned an assignment (`declined` for a declined request). */
  note(bodyId: string, taskId: string): string | null {
    const notes =
      this.dormant.get(bodyId)?.context.notes ?? this.actors.get(bodyId)?.getSnapshot().context.notes;
    return notes?.[taskId] ?? null;
  }

  /** Whether the body's machine would take the event now (its guards asked, nothing changed). */
  can(bodyId: string, event: BodyEvent): boolean {
    return this.actor(bodyId)?.getSnapshot().can(event) ?? false;
  }

  isDone(bodyId: string): boolean {
    const dormant = this.dormant.get(bodyId);
    return dormant ? dormant.status === 'done' : this.actors.get(bodyId)?.getSnapshot().status === 'done';
  }

  /** Send an event to one body; returns the tasks (of any body) whose status changed. */
  send(bodyId: string, event: BodyEvent): string[] {
    const changed = this.deliver(bodyId, event);
    return changed.length > 0 ? [...new Set([...changed, ...this.sync(changed)])] : changed;
  }

  stop(): void {
    for (const actor of this.actors.values()) actor.stop();
  }

  private deliver(bodyId: string, event: BodyEvent): string[] {
    const actor = this.actor(bodyId);
    if (!actor || actor.getSnapshot().status !== 'active') return [];
    const before = this.current.get(bodyId) ?? {};
    actor.send(event);
    const after = assignmentStatuses(actor.getSnapshot());
    this.current.set(bodyId, after);
    return changedTasks(before, after);
  }

  private sync(dirty: Iterable<string>): string[] {
    return settleFacts(
      this.model,
      this.facts,
      dirty,
      (b, t) => this.status(b, t),
      (b, facts) => this.deliver(b, { type: 'FACTS', facts }),
    );
  }
}
