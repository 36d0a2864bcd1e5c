import { useEffect, useId, useRef } from 'react';
import { useEditor, useEditorStore } from './editor-context';
import { useEditorMessages } from './messages';

/**
 * Shown when this tab's save found a newer revision saved elsewhere: in this browser (another tab), or in
 * the organisation's library on the server (someone else). Modal, and Escape does not close it: nothing is
 * overwritten or dropped until the user chooses.
 */
export function ConflictDialog() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const id = useId();
  const local = useEditor((s) => s.conflict);
  const library = useEditor((s) => s.libraryConflict);
  const conflict = local ?? library;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (conflict && !d.open) d.showModal();
    if (!conflict && d.open) d.close();
  }, [conflict]);
  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={`${id}-title`}>{local || !library ? m.conflictTitle : m.libraryConflictTitle}</h2>
      <p id={`${id}-text`}>{local || !library ? m.conflictText : m.libraryConflictText(library.revision)}</p>
      <div className="conflict-dialog__actions">
        <button type="button" className="button button--primary" onClick={store.keepMine}>
          {m.keepMine}
        </button>
        <button type="button" className="button" onClick={store.takeTheirs}>
          {local || !library ? m.takeTheirs : m.takeLibrary}
        </button>
      </div>
    </dialog>
  );
}
