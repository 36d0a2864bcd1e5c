import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { Link } from '../router/router';
import { Breadcrumb } from '../shell/Breadcrumb';
import { AddTaskControl } from './AddTaskControl';
import { CanvasImageButtons } from './CanvasImageButtons';
import { useEditor, useEditorStore } from './editor-context';
import type { EditorView } from '../../app';
import { layoutMoves } from './layout';
import { useCanvasMessages, useEditorMessages } from './messages';

const VIEWS: readonly EditorView[] = ['canvas', 'list', 'matrix', 'machine'];

function SaveStatus() {
  const m = useEditorMessages();
  const save = useEditor((s) => s.save);
  return (
    <p role="status" className={`save-status save-status--${save}`}>
      {m.saveStates[save]}
    </p>
  );
}

function ViewSwitch() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const view = useEditor((s) => s.view);
  return (
    <div role="group" aria-label={m.views} className="view-switch">
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className="button"
          aria-pressed={view === v}
          onClick={() => store.setView(v)}
        >
          {m.viewNames[v]}
        </button>
      ))}
    </div>
  );
}

/** The plan's title, whether it is saved, and every editing command that is not on the canvas itself. */
export function EditorToolbar({ problemsBadge }: { problemsBadge: ReactNode }) {
  const store = useEditorStore();
  const m = useEditorMessages();
  const cm = useCanvasMessages();
  const title = useEditor((s) => s.history.present.title);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const onCanvas = useEditor((s) => s.view === 'canvas');
  const unplaced = useEditor((s) => s.history.present.tasks.some((t) => !t.position));
  const { fitView } = useReactFlow();
  const steps = [
    { label: m.undo, run: store.undo, enabled: canUndo, keys: 'Control+Z' },
    { label: m.redo, run: store.redo, enabled: canRedo, keys: 'Control+Shift+Z Control+Y' },
  ];
  const layout = (all: boolean) =>
    store.dispatch(
      { type: 'moveTasks', moves: layoutMoves(store.getState().history.present, all) },
      { announce: true },
    );
  return (
    <header className="editor-toolbar">
      <div className="editor-toolbar__title">
        <Breadcrumb className="editor-toolbar__back" />
        <h1>{title}</h1>
        <div className="editor-toolbar__status">
          <SaveStatus />
          {problemsBadge}
        </div>
      </div>
      <div role="group" aria-label={m.toolbar} className="editor-toolbar__actions">
        {steps.map(({ label, run, enabled, keys }) => (
          <button
            key={label}
            type="button"
            className="button"
            onClick={run}
            disabled={!enabled}
            aria-keyshortcuts={keys}
          >
            {label}
          </button>
        ))}
        <ViewSwitch />
        <AddTaskControl />
        <button
          type="button"
          className="button"
          onClick={() => layout(false)}
          disabled={!unplaced}
          title={m.autoLayoutHint}
        >
          {m.autoLayout}
        </button>
        <button type="button" className="button" onClick={() => layout(true)}>
          {m.relayoutAll}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void fitView({ padding: 0.1 })}
          disabled={!onCanvas}
        >
          {cm.fitView}
        </button>
        <CanvasImageButtons />
        <Link
          to={{ name: 'report', planId: store.planId }}
          className="button button--quiet editor-toolbar__report"
        >
          {m.report}
        </Link>
      </div>
    </header>
  );
}
