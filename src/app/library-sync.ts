import type { Localized } from '../domain/localized';
import type { Plan } from '../domain/plan';
import { sameJson, type LibraryConflict, type ServerPlans } from './server-plans';

/** Where the organisation's copy of the plan being edited stands. */
export type LibraryState =
  | { kind: 'sending' }
  | { kind: 'shared'; revision: number }
  | { kind: 'failed'; reason: Localized }
  | { kind: 'conflict'; revision: number };

/** The editor store as the sync sees it. */
export interface LibraryHost {
  update(changes: { library: LibraryState; libraryConflict?: LibraryConflict | null }): void;
  /** Take the library's plan as the plan being edited (saved locally as a new step). */
  adopt(plan: Plan): void;
}

/**
 * Keeps a plan shared in the organisation's library in step with this browser's saves: each plan saved
 * locally is sent to the server, one at a time, the newest winning, from the library revision last known
 * here. When the library moved on (someone else saved it), nothing more is sent until the person chooses, as
 * with a local conflict: keep theirs or keep mine. A send that fails for another reason (the server cannot
 * be reached) is tried again with the next save.
 */
export class LibrarySync {
  private latest: Plan | null = null;
  private sent: Plan | null = null;
  private conflict: LibraryConflict | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly library: Pick<ServerPlans, 'share' | 'know'>,
    private readonly host: LibraryHost,
  ) {}

  /** Send `plan` (the newest saved here) when nothing else is being sent. */
  send(plan: Plan): void {
    this.latest = plan;
    this.running ??= this.loop().finally(() => (this.running = null));
  }

  whenIdle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async loop(): Promise<void> {
    for (;;) {
      const plan = this.latest;
      if (!plan || this.conflict || (this.sent && (plan === this.sent || sameJson(plan, this.sent)))) return;
      this.host.update({ library: { kind: 'sending' } });
      const result = await this.library.share(plan);
      if (result.ok) {
        this.sent = plan;
        this.host.update({ library: { kind: 'shared', revision: result.revision } });
      } else if (result.conflict) {
        this.conflict = result.conflict;
        const library = { kind: 'conflict', revision: result.conflict.revision } as const;
        return this.host.update({ library, libraryConflict: result.conflict });
      } else return this.host.update({ library: { kind: 'failed', reason: result.reason } });
    }
  }

  /** Save this browser's plan over the library's newer revision. */
  async keepMine(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict || !this.latest) return;
    await this.library.know(conflict.plan.id, conflict.revision);
    this.conflict = null;
    this.host.update({ library: { kind: 'sending' }, libraryConflict: null });
    this.send(this.latest);
  }

  /** Drop this browser's version and edit the library's. */
  async takeTheirs(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    await this.library.know(conflict.plan.id, conflict.revision);
    this.conflict = null;
    this.sent = conflict.plan;
    this.host.update({ library: { kind: 'shared', revision: conflict.revision }, libraryConflict: null });
    this.host.adopt(conflict.plan);
  }
}
