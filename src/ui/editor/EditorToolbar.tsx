import type { ReactNode } from 'react';
import { Link } from '../router/router';
import { Breadcrumb } from '../shell/Breadcrumb';
import { AddTaskControl } from './AddTaskControl';
import { CanvasImageButtons, useCanvasImage } from './CanvasImageButtons';
import { useEditor, useEditorStore } from './editor-context';
import type { EditorView } from '../../app';
import { layoutMoves } from './layout';
import { useLanguage } from '../i18n/language';
import { useEditorMessages } from './messages';
import { MoreTools } from './MoreTools';

const VIEWS: readonly EditorView[] = ['canvas', 'list', 'matrix', 'machine'];

function SaveStatus() {
  const m = useEditorMessages();
  const save = useEditor((s) => s.save);
  const library = useEditor((s) => s.library);
  const language = useLanguage();
  return (
    <p role="status" className={`save-status save-status--${save}`}>
      {m.saveStates[save]}
      {library ? (
        <span className="save-status__library">
          {library.kind === 'failed'
            ? m.libraryStates.failed(library.reason[language])
            : library.kind === 'sending'
              ? m.libraryStates.sending
              : m.libraryStates[library.kind](library.revision)}
        </span>
      ) : null}
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

/**
 * The plan's title, whether it is saved, the problems badge and the side panels' button (shown where they
 * fold away), and every editing command that is not on the canvas itself, in one row: the less used ones
 * are behind "Thêm".
 */
export function EditorToolbar({
  problemsBadge,
  sideToggle,
}: {
  problemsBadge: ReactNode;
  sideToggle: ReactNode;
}) {
  const store = useEditorStore();
  const m = useEditorMessages();
  const title = useEditor((s) => s.history.present.title);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const unplaced = useEditor((s) => s.history.present.tasks.some((t) => !t.position));
  const image = useCanvasImage();
  const steps = [
    { label: m.undo, icon: '↶', run: store.undo, enabled: canUndo, keys: 'Control+Z' },
    { label: m.redo, icon: '↷', run: store.redo, enabled: canRedo, keys: 'Control+Shift+Z Control+Y' },
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
          {sideToggle}
        </div>
      </div>
      <div role="group" aria-label={m.toolbar} className="editor-toolbar__actions">
        {steps.map(({ label, icon, run, enabled, keys }) => (
          <button
            key={label}
            type="button"
            className="button"
            onClick={run}
            disabled={!enabled}
            aria-keyshortcuts={keys}
            title={label}
          >
            <span aria-hidden="true" className="editor-toolbar__icon">
              {icon}
            </span>
            <span className="editor-toolbar__label">{label}</span>
          </button>
        ))}
        <ViewSwitch />
        <AddTaskControl />
        <MoreTools>
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
          <CanvasImageButtons image={image} />
          <Link to={{ name: 'report', planId: store.planId }} className="button button--quiet">
            {m.report}
          </Link>
        </MoreTools>
        {image.failed && (
          <p role="alert" className="notice notice--problem">
            {image.failed}
          </p>
        )}
      </div>
    </header>
  );
}
