import { ReactFlowProvider } from '@xyflow/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TaskField } from '../../app';
import type { Body } from '../../domain/body';
import type { Plan } from '../../domain/plan';
import { useApp } from '../app-context';
import { PlanCanvas } from './canvas/PlanCanvas';
import { ConflictDialog } from './ConflictDialog';
import { DirectoryEditor } from './directory/DirectoryEditor';
import { selectPlan, useEditor, useEditorStore } from './editor-context';
import { EditorToolbar } from './EditorToolbar';
import { EmptyPlanGuide } from './EmptyPlanGuide';
import { HighlightNotice } from './HighlightNotice';
import { Inspector } from './inspector/Inspector';
import { useInspectorMessages } from './inspector/messages';
import type { LibraryPlan } from './inspector/task-panel';
import { useLiveReport } from './live-report';
import { MachineView } from './machine/MachineView';
import { BodyMatrix } from './matrix/BodyMatrix';
import { useEditorMessages } from './messages';
import { ProblemsBadge } from './problems/ProblemsBadge';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { RefusalNotice } from './RefusalNotice';
import { TaskListView } from './task-list/TaskListView';
import { useSideDrawer } from './use-side-drawer';
import { useUndoKeys } from './use-undo-keys';
import { useViewportFill } from './use-viewport-fill';

const NO_BODIES: Body[] = [];

/** The shared body directory, kept up to date (another tab may add bodies). */
function useDirectory(): { bodies: Body[]; add: (body: Body) => void } {
  const { directory } = useApp();
  const bodies = useLiveQuery(() => directory.list(), [directory]) ?? NO_BODIES;
  return { bodies, add: (body) => void directory.put(body) };
}

/**
 * The library's plans by id, for linking a task's child plan and verifying the plan with the child plans it
 * links: read once when the editor opens (a live query would read every plan again at each save of this one).
 */
function useLibrary(): ReadonlyMap<string, Plan> | undefined {
  const { plans } = useApp();
  const [library, setLibrary] = useState<ReadonlyMap<string, Plan> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void plans.list().then(({ records }) => {
      if (live) setLibrary(new Map(records.map((r) => [r.plan.id, r.plan])));
    });
    return () => {
      live = false;
    };
  }, [plans]);
  return library;
}

/** The inspector's label of each field a problem can point to. */
function useFieldLabels(): Record<TaskField, string> {
  const m = useInspectorMessages();
  return {
    title: m.title,
    lead: m.lead,
    participants: m.participants,
    deadline: m.deadline,
    prerequisites: m.prerequisites,
    report: m.reportTo,
  };
}

/**
 * Enter on a task node, or a problem chosen: once the inspector shows the task, put focus in the field
 * asked for (the title by default), its text selected, ready to be fixed.
 */
function useInspectorFocus() {
  const panel = useRef<HTMLDivElement>(null);
  const reveal = useEditor((s) => s.reveal);
  const labels = useFieldLabels();
  const wanted = labels[reveal?.field ?? 'title'];
  useEffect(() => {
    if (!reveal?.focusInspector || !panel.current) return;
    const label = [...panel.current.querySelectorAll('label')].find((l) => l.textContent === wanted);
    const field = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
    field?.focus();
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
  }, [reveal, wanted]);
  return panel;
}

/** The problems panel docked at the top of the side column while open, its heading focused on opening. */
function useProblemsDock() {
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return { open, toggle: () => setOpen((o) => !o), heading, panelId };
}

const MemoCanvas = memo(PlanCanvas);

/** The editor: toolbar, the chosen view of the plan, and the side panels. */
export function EditorLayout() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const plan = useEditor(selectPlan);
  const view = useEditor((s) => s.view);
  const selection = useEditor((s) => s.selection);
  const libraryPlans = useLibrary();
  const { report, pending } = useLiveReport(plan, libraryPlans);
  const library = useMemo(
    () => libraryPlans && [...libraryPlans.values()].map((p): LibraryPlan => ({ id: p.id, title: p.title })),
    [libraryPlans],
  );
  const directory = useDirectory();
  // The directory editor follows the plan in the background: the canvas paints first.
  const deferredPlan = useDeferredValue(plan, null);
  const inspectorPanel = useInspectorFocus();
  useUndoKeys();
  const dock = useProblemsDock();
  const {
    open: sideOpen,
    panelRef,
    toggleRef,
    id: sideId,
    close: closeSide,
    onKeyDown: onSideKeyDown,
    toggleOpen: toggleSide,
  } = useSideDrawer(dock.open);
  const body = useViewportFill<HTMLDivElement>();
  const revealTask = (taskId: string, field?: TaskField) =>
    field ? store.revealTask(taskId, true, field) : store.revealTask(taskId);
  const selectTask = (taskId: string) => store.select([taskId]);
  const highlightBody = (bodyId: string) => {
    store.highlightBody(bodyId);
    store.setView('canvas');
  };

  const problems = (
    <ProblemsPanel
      report={report}
      pending={pending}
      onSelectTask={revealTask}
      onSelectBody={highlightBody}
      panelId={dock.panelId}
      headingRef={dock.heading}
    />
  );

  return (
    <ReactFlowProvider>
      <div className="editor">
        <EditorToolbar
          problemsBadge={
            <ProblemsBadge report={report} open={dock.open} onToggle={dock.toggle} controls={dock.panelId} />
          }
          sideToggle={
            <button
              ref={toggleRef}
              type="button"
              className="button editor__side-toggle"
              aria-expanded={sideOpen}
              aria-controls={sideId}
              onClick={toggleSide}
            >
              {m.sidePanels}
            </button>
          }
        />
        <RefusalNotice />
        <HighlightNotice />
        {plan.tasks.length === 0 && <EmptyPlanGuide />}
        <div ref={body} className="editor__body">
          <div className="editor__view">
            {view === 'canvas' && <MemoCanvas report={report} coverRef={panelRef} />}
            {view === 'list' && <TaskListView plan={plan} onOpenTask={(id) => store.revealTask(id, true)} />}
            {view === 'matrix' && <BodyMatrix plan={plan} report={report} onSelectTask={selectTask} />}
            {view === 'machine' && <MachineView plan={plan} />}
          </div>
          <aside
            ref={panelRef}
            id={sideId}
            className={`editor__side${sideOpen ? '' : ' editor__side--folded'}`}
            aria-label={m.sidePanels}
            onKeyDown={onSideKeyDown}
          >
            <button type="button" className="button editor__side-close" onClick={closeSide}>
              {m.closeSide}
            </button>
            {dock.open && problems}
            <div ref={inspectorPanel}>
              <Inspector
                plan={plan}
                taskId={selection.length === 1 ? (selection[0] ?? null) : null}
                onCommand={store.dispatch}
                directory={directory.bodies}
                onNewBody={directory.add}
                library={library}
              />
            </div>
            {!dock.open && problems}
            {deferredPlan && (
              <DirectoryEditor plan={deferredPlan} directory={directory.bodies} onCommand={store.dispatch} />
            )}
          </aside>
        </div>
        <ConflictDialog />
      </div>
    </ReactFlowProvider>
  );
}
