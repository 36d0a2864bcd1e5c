import { ReactFlowProvider } from '@xyflow/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useDeferredValue, useEffect, useRef } from 'react';
import type { Body } from '../../domain/body';
import { useApp } from '../app-context';
import { PlanCanvas } from './canvas/PlanCanvas';
import { ConflictDialog } from './ConflictDialog';
import { DirectoryEditor } from './directory/DirectoryEditor';
import { selectPlan, useEditor, useEditorStore } from './editor-context';
import { EditorToolbar } from './EditorToolbar';
import { HighlightNotice } from './HighlightNotice';
import { Inspector } from './inspector/Inspector';
import { useInspectorMessages } from './inspector/messages';
import { useLiveReport } from './live-report';
import { MachineView } from './machine/MachineView';
import { BodyMatrix } from './matrix/BodyMatrix';
import { useEditorMessages } from './messages';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { RefusalNotice } from './RefusalNotice';
import { useUndoKeys } from './use-undo-keys';

const NO_BODIES: Body[] = [];

/** The shared body directory, kept up to date (another tab may add bodies). */
function useDirectory(): Body[] {
  const { directory } = useApp();
  return useLiveQuery(() => directory.list(), [directory]) ?? NO_BODIES;
}

/** Enter on a task node: once the inspector shows the task, put focus in its title field. */
function useInspectorFocus() {
  const panel = useRef<HTMLDivElement>(null);
  const reveal = useEditor((s) => s.reveal);
  const titleLabel = useInspectorMessages().title;
  useEffect(() => {
    if (!reveal?.focusInspector || !panel.current) return;
    const label = [...panel.current.querySelectorAll('label')].find((l) => l.textContent === titleLabel);
    const field = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
    field?.focus();
  }, [reveal, titleLabel]);
  return panel;
}

const MemoCanvas = memo(PlanCanvas);

/** The editor: toolbar, the chosen view of the plan, and the side panels. */
export function EditorLayout() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const plan = useEditor(selectPlan);
  const view = useEditor((s) => s.view);
  const selection = useEditor((s) => s.selection);
  const { report, pending } = useLiveReport(plan);
  const directory = useDirectory();
  // The directory editor follows the plan in the background: the canvas paints first.
  const deferredPlan = useDeferredValue(plan, null);
  const inspectorPanel = useInspectorFocus();
  useUndoKeys();
  const revealTask = (taskId: string) => store.revealTask(taskId);
  const selectTask = (taskId: string) => store.select([taskId]);
  const highlightBody = (bodyId: string) => {
    store.highlightBody(bodyId);
    store.setView('canvas');
  };

  return (
    <ReactFlowProvider>
      <div className="editor">
        <EditorToolbar />
        <RefusalNotice />
        <HighlightNotice />
        <div className="editor__body">
          <div className="editor__view">
            {view === 'canvas' && <MemoCanvas report={report} />}
            {view === 'matrix' && <BodyMatrix plan={plan} report={report} onSelectTask={selectTask} />}
            {view === 'machine' && <MachineView plan={plan} />}
          </div>
          <aside className="editor__side" aria-label={m.sidePanels}>
            <div ref={inspectorPanel}>
              <Inspector
                plan={plan}
                taskId={selection.length === 1 ? (selection[0] ?? null) : null}
                onCommand={store.dispatch}
                directory={directory}
              />
            </div>
            <ProblemsPanel
              report={report}
              pending={pending}
              onSelectTask={revealTask}
              onSelectBody={highlightBody}
            />
            {deferredPlan && (
              <DirectoryEditor plan={deferredPlan} directory={directory} onCommand={store.dispatch} />
            )}
          </aside>
        </div>
        <ConflictDialog />
      </div>
    </ReactFlowProvider>
  );
}
