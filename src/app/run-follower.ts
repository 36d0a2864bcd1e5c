import type { Localized } from '../domain/localized';
import { RUN_SCHEMA_VERSION, type Run, type RunAction, type RunActor, type RunEvent } from '../domain/run';
import { compilePlanModel, type PlanModel } from '../engine/model';
import { applyRunEvent, replayRun } from '../engine/run-replay';
import type { ActionCheck } from '../engine/run-refusal';
import { checkAction } from '../engine/run-roles';
import { initialRunState, type RunState } from '../engine/run-state';
import { newUlid, type OutboxEntry, type RunRepository, type SharedRunRepository } from '../store';
import { eventsLog, type RunLogSource } from './run-log';
import { snapshotInput } from './run-snapshots';
import { ServerUnreachable, type LoggedEvent, type ServerClient } from './server-client';
import { SHARED_WORDING } from './shared-wording';

/** What a person sees of a shared run: its state with their waiting actions applied, and what went wrong. */
export interface SharedRunView {
  state: RunState;
  /** The log shown beside it: the server's events and the waiting actions that apply. */
  log: RunLogSource;
  /** Actions taken here that the server has not accepted yet (sent when it is reachable). */
  pending: number;
  /** Whether the server answered last time it was asked (the stream is open, or a send went through). */
  live: boolean;
  /** The last action the server refused, with its reason; the state shown is then the server's log. */
  refusal: { action: RunAction; reason: Localized } | null;
  /**
   * The server no longer knows the session (it expired, or was ended elsewhere): the waiting actions stay in
   * the outbox until the person signs in again.
   */
  signedOut: boolean;
}

export interface FollowerDeps {
  client: ServerClient;
  runs: RunRepository;
  shared: SharedRunRepository;
  actor: RunActor;
  now: () => Date;
  /** Wait before reconnecting or resending (the tests shorten it). */
  retryMs: number;
  /** Told when the server answers that nobody is signed in any more. */
  onSignedOut: () => void;
}

/**
 * The server's refusals of the action itself, for good: the engine refused it, it is malformed or too large, or
 * the run is not there. Any other failure (no session, a stale anti-forgery token, a server error) keeps it.
 */
const FINAL_REFUSALS = new Set(['refused', 'invalid', 'bad-json', 'too-large', 'no-run']);

/**
 * One shared run followed from this browser. Its local log (IndexedDB) holds exactly the server's events, in
 * the server's order; the actions taken here wait in the outbox (IndexedDB too) until the server accepts
 * them, and the state shown is the log with them applied. Others' events arrive by the server's stream and
 * are appended as they come; an action the server refuses leaves the outbox, its reason is shown, and the
 * state falls back to the server's log. Everything that changes the log runs one step at a time.
 */
export class RunFollower {
  private confirmed: RunState | null = null;
  private log: RunEvent[] = [];
  private model: PlanModel | null = null;
  private pending: OutboxEntry[] = [];
  private refusal: SharedRunView['refusal'] = null;
  private live = false;
  private shown: RunState | null = null;
  private steps: Promise<unknown> = Promise.resolve();
  private flushing: Promise<void> | null = null;
  private signedOut = false;
  private failure: Localized | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly stopped = new AbortController();

  constructor(
    readonly runId: string,
    private readonly deps: FollowerDeps,
    private readonly listener: (view: SharedRunView) => void,
  ) {}

  /** Read the local copy and the waiting actions, catch up with the server, then listen and send. */
  async start(): Promise<void> {
    const run = await this.deps.runs.get(this.runId);
    if (run) this.adopt(run, await this.deps.runs.events(this.runId));
    this.pending = await this.deps.shared.pending(this.runId);
    await this.reload();
    void this.listen();
  }

  /** Catch up with the server now; a failure is kept (see `unreachable`) and the local copy, if any, shown. */
  async reload(): Promise<void> {
    try {
      await this.step(() => this.catchUp());
      this.failure = null;
    } catch (error) {
      this.failure =
        error instanceof ServerUnreachable ? error.reason : SHARED_WORDING.unreadableRun(String(error));
      this.emit();
    }
  }

  /**
   * Why the run could not be read from the server the last time it was asked (null once it was): with no
   * local copy either, there is nothing to show but this.
   */
  unreachable = (): Localized | null => (this.confirmed ? null : this.failure);

  stop(): void {
    this.stopped.abort();
    if (this.retry) clearTimeout(this.retry);
  }

  /** The state as shown now (null before the run was first read). */
  view = (): RunState | null => this.shown;

  /** Take an action: checked against the state shown, queued, and sent when the server is reachable. */
  async act(action: RunAction): Promise<ActionCheck> {
    const state = this.shown;
    if (!state) throw new Error(`Run ${this.runId} is not loaded yet`);
    const check = checkAction(state, this.deps.actor, action);
    if (!check.ok) return check;
    const at = this.deps.now();
    const entry = { key: newUlid(at.getTime()), runId: this.runId, action, queuedAt: at.toISOString() };
    await this.deps.shared.queue(entry);
    this.pending.push(entry);
    this.refusal = null;
    this.emit();
    void this.flush();
    return check;
  }

  /** Send the waiting actions in order; stop at the first the server cannot take now. */
  flush(): Promise<void> {
    this.flushing ??= this.step(() => this.sendAll()).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async sendAll(): Promise<void> {
    while (this.pending.length > 0 && !this.stopped.signal.aborted) {
      const entry = this.pending[0] as OutboxEntry;
      let reply;
      try {
        reply = await this.deps.client.submit(this.runId, entry.key, entry.action);
      } catch (error) {
        if (!(error instanceof ServerUnreachable)) throw error;
        this.setLive(false);
        return this.retryLater();
      }
      if (!reply.ok && !FINAL_REFUSALS.has(reply.code)) {
        const session = await this.deps.client.session().catch(() => null);
        if (session && !session.ok) return this.endSession();
        return this.retryLater();
      }
      await this.deps.shared.remove(entry.key);
      this.pending.shift();
      this.live = true;
      if (reply.ok) await this.integrate([reply.body.event]);
      else {
        this.refusal = { action: entry.action, reason: reply.message };
        await this.catchUp();
      }
    }
    this.emit();
  }

  /** Stop sending: only signing in again (a new follower) sends what waits. */
  private endSession() {
    this.signedOut = true;
    this.emit();
    this.deps.onSignedOut();
  }

  private retryLater() {
    if (this.retry || this.stopped.signal.aborted) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.flush();
    }, this.deps.retryMs);
  }

  /** Keep the stream open: every (re)connection first sends what was missed, then the waiting actions go. */
  private async listen(): Promise<void> {
    while (!this.stopped.signal.aborted) {
      try {
        if (!this.confirmed) await this.step(() => this.catchUp());
        const heard = (e: LoggedEvent) => void this.step(() => this.integrate([e]));
        const opened = () => {
          this.setLive(true);
          void this.flush();
        };
        await this.deps.client.stream(
          this.runId,
          this.confirmed?.seq ?? 0,
          { heard, opened },
          this.stopped.signal,
        );
      } catch {
        if (this.stopped.signal.aborted) return;
      }
      this.setLive(false);
      await new Promise((resolve) => setTimeout(resolve, this.deps.retryMs));
    }
  }

  /** Read the server's events after the local log's last and append them. */
  private async catchUp(): Promise<void> {
    const reply = await this.deps.client.run(this.runId, this.confirmed?.seq ?? 0);
    if (!reply.ok) throw new ServerUnreachable(reply.message);
    if (!this.confirmed) await this.mirror(reply.body.issued, reply.body.events);
    else await this.integrate(reply.body.events);
  }

  /** Keep the server's run locally, with its log so far. */
  private async mirror(issued: Run, events: LoggedEvent[]): Promise<void> {
    const [first, ...rest] = events;
    if (!first) throw new Error(`The server's run ${this.runId} has no issue event`);
    const state = initialRunState(issued, this.modelOf(issued));
    applyRunEvent(state, first.event);
    await this.deps.runs.issue(issued, first.event, snapshotInput(state));
    await this.deps.shared.markShared({ runId: this.runId, address: this.deps.client.address });
    this.adopt(issued, [first.event]);
    await this.integrate(rest);
  }

  /** Append the server's events that follow the local log (earlier ones are already there). */
  private async integrate(events: readonly LoggedEvent[]): Promise<void> {
    const state = this.confirmed as RunState;
    for (const { event, idempotencyKey } of events) {
      if (event.seq <= state.seq) continue;
      if (event.seq !== state.seq + 1) return this.catchUp();
      const expected = state.seq;
      const applied = applyRunEvent(state, event);
      if (!applied.ok)
        throw new Error(`The server's event ${event.seq} does not apply: ${applied.message.en}`);
      this.log.push(event);
      await this.deps.runs.append(this.runId, expected, event, snapshotInput(state, event));
      const mine = this.pending.findIndex((p) => p.key === idempotencyKey);
      if (mine >= 0) {
        this.pending.splice(mine, 1);
        await this.deps.shared.remove(idempotencyKey);
      }
    }
    this.emit();
  }

  private adopt(run: Run, events: RunEvent[]) {
    const { state, refused } = replayRun(run, events, this.modelOf(run));
    if (refused.length > 0) throw new Error(`The local copy of run ${run.id} does not replay`);
    this.confirmed = state;
    this.log = events.slice();
  }

  private modelOf(run: Run): PlanModel {
    this.model ??= compilePlanModel(run.plan);
    return this.model;
  }

  /** The log with the waiting actions applied after it (those that no longer apply are left out). */
  private emit() {
    const confirmed = this.confirmed;
    if (!confirmed) return;
    let shown = confirmed;
    let log: readonly RunEvent[] = this.log.slice();
    if (this.pending.length > 0) {
      const events = [...this.log];
      for (const p of this.pending)
        events.push({
          ...p.action,
          schemaVersion: RUN_SCHEMA_VERSION,
          id: p.key,
          runId: this.runId,
          seq: events.length + 1,
          at: p.queuedAt,
          actor: this.deps.actor,
        } as RunEvent);
      const replayed = replayRun(confirmed.run, events, this.modelOf(confirmed.run));
      const refused = new Set(replayed.refused.map((r) => r.event));
      shown = replayed.state;
      log = events.filter((e) => !refused.has(e));
    }
    this.shown = shown;
    this.listener({
      state: shown,
      log: eventsLog(log),
      pending: this.pending.length,
      live: this.live,
      refusal: this.refusal,
      signedOut: this.signedOut,
    });
  }

  private setLive(live: boolean) {
    this.live = live;
    this.emit();
  }

  private step<T>(work: () => Promise<T>): Promise<T> {
    const next = this.steps.then(work);
    this.steps = next.catch(() => null);
    return next;
  }
}
