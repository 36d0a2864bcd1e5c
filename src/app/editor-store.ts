import { record, redo, startHistory, undo, type History } from '../domain/history';
import type { Plan } from '../domain/plan';
import type { Stage } from '../domain/stage';
import { applyCommand, type EditError, type EditResult, type PlanCommand } from '../domain/plan-edit';
import type { PlanRecord } from '../store';
import { firstCollapsed, lanesHolding, lanesReceiving, withOpened } from './collapsed-lanes';
import { LibrarySync, type LibraryState } from './library-sync';
import { PlanSaver, type SaveState, type SaverRepositories } from './plan-saver';
import type { LibraryConflict, ServerPlans } from './server-plans';

export type { SaveState } from './plan-saver';

export type EditorView = 'canvas' | 'list' | 'matrix' | 'machine';

export interface EditorState {
  /** The record as last saved (or adopted from another tab). */
  saved: PlanRecord;
  history: History<Plan>;
  /** Selected task ids; the inspector shows the task when exactly one is selected. */
  selection: string[];
  view: EditorView;
  save: SaveState;
  /** Another tab's newer record that this tab's unsaved plan collides with. */
  conflict: PlanRecord | null;
  /** The organisation's copy on the server, for a plan shared there (null otherwise). */
  library: LibraryState | null;
  /** The library's newer revision that this browser's plan collides with (someone else saved it). */
  libraryConflict: LibraryConflict | null;
  /** The last refused command's reason; `seq` makes a repeated refusal a new announcement. */
  refusal: { error: EditError; seq: number } | null;
  /** A body whose tasks are highlighted (chosen in the problems panel). */
  highlightBodyId: string | null;
  /**
   * Asks the canvas to pan to a task, and the inspector to take focus (in `field`, else the title); `seq`
   * repeats a request.
   */
  reveal: { taskId: string; seq: number; focusInspector: boolean; field: TaskField | null } | null;
  /** The stage lanes the canvas shows collapsed (kept while another view is shown). */
  collapsedLanes: ReadonlySet<Stage>;
  /** Lanes last opened on their own, to show a task that came into them or was chosen; `seq` repeats. */
  openedLanes: { stages: Stage[]; seq: number } | null;
}

/** The part of a task a problem is about, for the inspector to put focus on. */
export type TaskField = 'title' | 'lead' | 'participants' | 'deadline' | 'prerequisites' | 'report';

type Listener = () => void;

/**
 * The editor's state outside React: one store per opened plan. Components read narrow slices with
 * `useEditor(selector)`. Every change of the plan is one command (one undo step) and is saved: saves are
 * serialised by `PlanSaver`, never two in flight.
 */
export class EditorStore {
  private state: EditorState;
  private readonly listeners = new Set<Listener>();
  private readonly saver: PlanSaver;
  private readonly sync: LibrarySync | null;
  private seq = 0;

  /** `library`: the organisation's library on the server, when the plan is shared there. */
  constructor(
    initial: PlanRecord,
    repositories: SaverRepositories,
    now: () => Date = () => new Date(),
    library: Pick<ServerPlans, 'share' | 'know'> | null = null,
  ) {
    this.state = {
      saved: initial,
      history: startHistory(initial.plan),
      selection: [],
      view: 'canvas',
      save: 'saved',
      conflict: null,
      library: null,
      libraryConflict: null,
      refusal: null,
      highlightBodyId: null,
      reveal: null,
      collapsedLanes: firstCollapsed(initial.plan),
      openedLanes: null,
    };
    this.saver = new PlanSaver(repositories, now(), {
      current: () => this.state,
      update: (changes) => {
        this.set(changes);
        if (changes.saved) this.sync?.send(changes.saved.plan);
      },
      adopt: (stored) =>
        this.changePlan(startHistory(stored.plan), { saved: stored, conflict: null, save: 'saved' }),
    });
    this.sync = library
      ? new LibrarySync(library, {
          update: (changes) => this.set(changes),
          adopt: (plan) => this.changePlan(record(this.state.history, plan)),
        })
      : null;
    this.sync?.send(initial.plan);
  }

  get planId(): string {
    return this.state.saved.id;
  }

  getState = (): EditorState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(changes: Partial<EditorState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  /** The plan after a change: selection pruned to tasks that still exist, then saved. */
  private changePlan(history: History<Plan>, extra: Partial<EditorState> = {}): void {
    const ids = new Set(history.present.tasks.map((t) => t.id));
    const selection = this.state.selection.filter((id) => ids.has(id));
    this.set({
      history,
      selection: selection.length === this.state.selection.length ? this.state.selection : selection,
      ...this.opening(lanesReceiving(this.state.collapsedLanes, this.state.history.present, history.present)),
      ...extra,
    });
    this.saver.flush();
  }

  /** The change that opens collapsed lanes (nothing for none). */
  private opening(stages: Stage[]): Partial<EditorState> {
    if (stages.length === 0) return {};
    return {
      collapsedLanes: withOpened(this.state.collapsedLanes, stages),
      openedLanes: { stages, seq: ++this.seq },
    };
  }

  /**
   * Apply one user action. A refused command changes nothing; with `announce` (commands from the canvas
   * and toolbar) its reason is kept in `refusal` for the editor to show, while a panel that words its own
   * refusals (the inspector) leaves it out.
   */
  dispatch = (command: PlanCommand, options: { announce?: boolean } = {}): EditResult => {
    const result = applyCommand(this.state.history.present, command);
    if (!result.ok) {
      if (options.announce) this.set({ refusal: { error: result.error, seq: ++this.seq } });
    } else if (result.plan !== this.state.history.present)
      this.changePlan(record(this.state.history, result.plan), { refusal: null });
    return result;
  };

  undo = (): void => {
    const history = undo(this.state.history);
    if (history !== this.state.history) this.changePlan(history);
  };

  redo = (): void => {
    const history = redo(this.state.history);
    if (history !== this.state.history) this.changePlan(history);
  };

  select = (selection: string[]): void => {
    const same =
      selection.length === this.state.selection.length &&
      selection.every((id, i) => id === this.state.selection[i]);
    const opening = this.opening(
      lanesHolding(this.state.collapsedLanes, this.state.history.present, selection),
    );
    if (!same || opening.collapsedLanes) this.set({ selection, ...opening });
  };

  /** Collapse a stage lane of the canvas, or expand it. */
  toggleLane = (stage: Stage): void => {
    const collapsed = new Set(this.state.collapsedLanes);
    if (!collapsed.delete(stage)) collapsed.add(stage);
    this.set({ collapsedLanes: collapsed });
  };

  setView = (view: EditorView): void => this.set({ view });

  highlightBody = (bodyId: string | null): void => this.set({ highlightBodyId: bodyId });

  dismissRefusal = (): void => this.set({ refusal: null });

  /**
   * Select a task and show it: on the canvas (panned to), and optionally with focus in the inspector. A
   * `field` (the part a problem is about) puts focus there, on the canvas, whatever view was shown.
   */
  revealTask = (taskId: string, focusInspector = false, field: TaskField | null = null): void => {
    if (!this.state.history.present.tasks.some((t) => t.id === taskId)) return;
    this.set({
      selection: [taskId],
      ...this.opening(lanesHolding(this.state.collapsedLanes, this.state.history.present, [taskId])),
      view: focusInspector && field === null ? this.state.view : 'canvas',
      reveal: { taskId, seq: ++this.seq, focusInspector: focusInspector || field !== null, field },
    });
  };

  /** The record as another tab (or this one) stored it; see `PlanSaver.receive`. */
  receive = (stored: PlanRecord | null): void => this.saver.receive(stored);

  /** Conflict (with another tab, else with the organisation's library): keep this tab's plan over the other. */
  keepMine = (): void => {
    if (this.state.conflict) this.saver.keepMine();
    else void this.sync?.keepMine();
  };

  /** Conflict: drop this tab's changes and take the other plan (another tab's, else the library's). */
  takeTheirs = (): void => {
    if (this.state.conflict) this.saver.takeTheirs();
    else void this.sync?.takeTheirs();
  };

  /**
   * What leaving now would lose: nothing; a save in flight (which ends unless the tab closes); or work
   * at risk, which no save will keep on its own (a collision not yet decided, or a save that failed).
   */
  unsaved = (): 'none' | 'saving' | 'at-risk' => {
    const { conflict, save, history, saved } = this.state;
    if (conflict || save === 'error') return 'at-risk';
    return history.present === saved.plan ? 'none' : 'saving';
  };

  /** Resolves once nothing is left to save (tests, and leaving the page). */
  whenSaved = async (): Promise<void> => {
    await this.saver.whenIdle();
    await this.sync?.whenIdle();
  };
}
