import type { Plan } from '../domain/plan';
import { RUN_SCHEMA_VERSION, type Run, type RunAction, type RunActor } from '../domain/run';
import type { TimelinessOptions } from '../domain/timeliness';
import { compilePlanModel, type PlanModel } from '../engine/model';
import { runDashboard } from '../engine/run-dashboard';
import { applyRunEvent } from '../engine/run-replay';
import type { ActionCheck } from '../engine/run-refusal';
import { allowedActions, checkAction } from '../engine/run-roles';
import { restoreRun } from '../engine/run-snapshot';
import { initialRunState, type RunState } from '../engine/run-state';
import type { PlanProblem } from '../domain/problems';
import { checkEvidenceFiles } from '../domain/evidence-files';
import { newUlid, type RunRepository } from '../store';
import { ChildRuns } from './child-runs';
import { eventOf } from './run-events';
import { storedLog, type RunLogSource } from './run-log';
import { snapshotInput, storedSnapshot } from './run-snapshots';

/** A file chosen as evidence for a report (a browser File). */
export type EvidenceFile = Blob & { readonly name: string; readonly size: number; readonly type: string };

function withAttachments(action: Extract<RunAction, { type: 'report' }>, ids: string[]): RunAction {
  const { evidence } = action.report;
  return {
    ...action,
    report: {
      ...action.report,
      evidence: { ...evidence, attachmentIds: [...evidence.attachmentIds, ...ids] },
    },
  };
}

export type IssuePlanResult =
  { ok: true; run: Run; state: RunState } | { ok: false; problems: PlanProblem[] };

/**
 * What an action came to: the run's new state, or a refusal (by the rules, or a log that kept moving). When
 * the action completed the run of a child plan, `cascade` is what completing the parent's task came to.
 */
export type ActResult =
  | { ok: true; state: RunState; cascade?: ActResult }
  | { ok: false; refusal: Exclude<ActionCheck, { ok: true }> | null; problems: PlanProblem[] };

/**
 * Runs as the screens use them: issue a plan, list and open runs, act on one (each action one transaction:
 * the event and the new cached state together), and the dashboard as of a date.
 */
export class RunService {
  /** Compiled models by run id: the frozen plan never changes, so its machines are built once. */
  private readonly models = new Map<string, PlanModel>();
  /** Runs of child plans: issued or linked from a parent's task, their progress, their completion. */
  readonly children: ChildRuns;

  constructor(
    private readonly repository: RunRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.children = new ChildRuns(this, repository, now);
  }

  /** The runs of a plan (every run when no plan is named), oldest first. */
  list = (planId?: string) => this.repository.list(planId);

  get = (runId: string) => this.repository.get(runId);

  /** Issue `plan` as a new run (the plan frozen as it is now), with its number and date of issue. */
  issue = async (
    plan: Plan,
    actor: RunActor,
    details: { number: string | null; issuedOn: string },
  ): Promise<IssuePlanResult> => {
    const built = this.build(plan, actor, details, this.now());
    if (!built.ok) return { ok: false, problems: built.problems };
    const { run, state, event } = built;
    const stored = await this.repository.issue(run, event, snapshotInput(state));
    return stored.ok ? { ok: true, run, state } : stored;
  };

  /**
   * A new run of `plan` and its issue event applied, not stored yet (for the run of a child plan, `parent`
   * names the parent run and task); refused, with the run it would have been, when `actor` may not issue it.
   */
  build(
    plan: Plan,
    actor: RunActor,
    details: { number: string | null; issuedOn: string },
    at: Date,
    parent?: Run['parent'],
  ) {
    const run: Run = {
      schemaVersion: RUN_SCHEMA_VERSION,
      id: newUlid(at.getTime()),
      planId: plan.id,
      plan: JSON.parse(JSON.stringify(plan)) as Plan,
      number: details.number?.trim() || null,
      issuedOn: details.issuedOn,
      issuedAt: at.toISOString(),
      issuedBy: actor,
      status: 'active',
      ...(parent ? { parent } : {}),
    };
    const state = initialRunState(run, this.modelOf(run));
    const event = eventOf(state, actor, { type: 'issue' }, at);
    const applied = applyRunEvent(state, event);
    if (!applied.ok) {
      const problems = [{ path: { vi: 'ban hành', en: 'issue' }, message: applied.message }];
      return { ok: false as const, run, problems };
    }
    return { ok: true as const, run, state, event };
  }

  /**
   * A run as stored: its cached snapshot and the events after it, else its whole log replayed. A state that
   * had to be rebuilt (no usable snapshot, or events after it) is cached again, so the next opening is fast.
   */
  open = async (runId: string): Promise<RunState | null> => {
    const run = await this.repository.get(runId);
    if (!run) return null;
    const model = this.modelOf(run);
    const snapshot = await this.repository.snapshot(runId);
    const restored = snapshot ? restoreRun(run, storedSnapshot(snapshot), model) : null;
    const from = restored?.seq ?? 0;
    const state = restored ?? initialRunState(run, model);
    const events = await this.repository.events(runId, from);
    for (const event of events) applyRunEvent(state, event);
    if (events.length > 0) await this.repository.refreshSnapshot(runId, state.seq, snapshotInput(state));
    return state;
  };

  /** The actions `actor` may take now (exactly those `act` accepts). */
  allowed = (state: RunState, actor: RunActor) => allowedActions(state, actor);

  /**
   * Take an action on a run: checked, written as an event with its new state in one transaction (a report's
   * `files`, checked against the evidence limits, in the same one). When another tab wrote first, the run is
   * read again and the action tried once more; after that it is refused.
   */
  act = async (
    state: RunState,
    actor: RunActor,
    requested: RunAction,
    files: readonly EvidenceFile[] = [],
  ): Promise<ActResult> => {
    const problems = checkEvidenceFiles(files);
    if (problems.length > 0) return { ok: false, refusal: null, problems };
    const attachments = files.map((f) => this.repository.newAttachment(state.run.id, f, f.name));
    const action =
      requested.type === 'report' && attachments.length > 0
        ? withAttachments(
            requested,
            attachments.map((a) => a.id),
          )
        : requested;
    let current = state;
    for (let attempt = 0; attempt < 2; attempt++) {
      const check = checkAction(current, actor, action);
      if (!check.ok) return { ok: false, refusal: check, problems: [] };
      const expected = current.seq;
      const event = eventOf(current, actor, action, this.now());
      const applied = applyRunEvent(current, event);
      if (!applied.ok) return { ok: false, refusal: applied, problems: [] };
      const stored = await this.repository.append(
        current.run.id,
        expected,
        event,
        snapshotInput(current, event),
        action.type === 'report' ? attachments : [],
      );
      if (stored.ok) {
        const cascade = await this.children.settle(current);
        return cascade ? { ok: true, state: current, cascade } : { ok: true, state: current };
      }
      if (stored.reason === 'invalid') return { ok: false, refusal: null, problems: stored.problems };
      const reread = await this.open(current.run.id);
      if (!reread) break;
      current = reread;
    }
    return { ok: false, refusal: null, problems: [] };
  };

  /** The log of a run as the audit view reads it: a page at a time, from the store's indexes. */
  log = (runId: string): RunLogSource => storedLog(this.repository.log, runId);

  /** The files kept for the reports of a run. */
  attachments = (runId: string) => this.repository.attachments(runId);

  dashboard = (state: RunState, options: TimelinessOptions) => runDashboard(state, options);

  private modelOf(run: Run): PlanModel {
    let model = this.models.get(run.id);
    if (!model) this.models.set(run.id, (model = compilePlanModel(run.plan)));
    return model;
  }
}
