import type { History } from '../domain/history';
import type { Plan } from '../domain/plan';
import type { PlanRecord, PlanRepository, VersionRepository } from '../store';

/** What the toolbar shows: saved, a save in flight, a collision with another tab, or a failed write. */
export type SaveState = 'saved' | 'saving' | 'conflict' | 'error';

/** The two store methods the editor writes with (a test may pass its own). */
export interface SaverRepositories {
  plans: Pick<PlanRepository, 'save'>;
  versions: Pick<VersionRepository, 'snapshot'>;
}

interface SaverView {
  saved: PlanRecord;
  history: History<Plan>;
  save: SaveState;
  conflict: PlanRecord | null;
}

/** The editor store as the saver sees it. */
export interface SaverHost {
  current(): SaverView;
  update(changes: Partial<SaverView>): void;
  /** Take a stored record as the plan being edited, without an undo step. */
  adopt(stored: PlanRecord): void;
}

/** "Phiên sửa 05/03/2025 14:07": the name of a session's automatic snapshot, in local time. */
export function sessionSnapshotName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
  return `Phiên sửa ${day} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * Saves the plan being edited, one save at a time: while a save is in flight, further changes wait and
 * the newest plan is saved when it ends (so there is at most one save per user action, never two at
 * once). Before the session's first save, the plan as it was is kept as an automatic version. A save
 * that finds a newer revision stored keeps the local plan and raises a conflict; nothing is overwritten
 * without the user choosing to.
 */
export class PlanSaver {
  private running: Promise<void> | null = null;
  private snapshotTaken = false;
  private latestStored: PlanRecord | null = null;

  constructor(
    private readonly repositories: SaverRepositories,
    private readonly sessionStart: Date,
    private readonly host: SaverHost,
  ) {}

  /** Save the current plan if it differs from the saved one (no-op while a save runs: it loops). */
  flush(): void {
    if (this.running) return;
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.latestStored) this.consider(this.latestStored);
    });
  }

  whenIdle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private setSave(save: SaveState): void {
    if (this.host.current().save !== save) this.host.update({ save });
  }

  private async loop(): Promise<void> {
    for (;;) {
      const { saved, history, conflict } = this.host.current();
      if (conflict) return;
      const plan = history.present;
      if (plan === saved.plan) return this.setSave('saved');
      this.setSave('saving');
      try {
        await this.snapshotOnce(saved);
        performance.mark('rollout:save-start');
        const result = await this.repositories.plans.save(plan, saved.revision, saved.plan.bodies);
        performance.measure('rollout:save', 'rollout:save-start');
        if (!result.ok) return this.host.update({ conflict: result.conflict, save: 'conflict' });
        this.host.update({ saved: result.record });
      } catch (error) {
        console.error('Rollout Studio: saving the plan failed', error);
        return this.setSave('error');
      }
    }
  }

  private async snapshotOnce(before: PlanRecord): Promise<void> {
    if (this.snapshotTaken) return;
    this.snapshotTaken = true;
    const name = sessionSnapshotName(this.sessionStart);
    await this.repositories.versions.snapshot(before.id, name, before.plan, true);
  }

  /**
   * The record as the database holds it now (from a live query: this tab's own saves come back too).
   * Newer than what this tab saved: adopted when nothing here is unsaved, otherwise a conflict.
   */
  receive(stored: PlanRecord | null): void {
    if (!stored) return;
    this.latestStored = stored;
    if (!this.running) this.consider(stored);
  }

  private consider(stored: PlanRecord): void {
    const { saved, history, conflict } = this.host.current();
    if (stored.revision <= saved.revision) return;
    if (conflict) {
      if (stored.revision > conflict.revision) this.host.update({ conflict: stored });
    } else if (history.present === saved.plan) this.host.adopt(stored);
    else this.host.update({ conflict: stored, save: 'conflict' });
  }

  /** Save this tab's plan over the stored one: it becomes the base of the next save. */
  keepMine(): void {
    const { conflict } = this.host.current();
    if (!conflict) return;
    this.host.update({ saved: conflict, conflict: null });
    this.flush();
  }

  /** Drop this tab's unsaved changes and edit the stored plan. */
  takeTheirs(): void {
    const { conflict } = this.host.current();
    if (conflict) this.host.adopt(conflict);
  }
}
