import { useEditor, useEditorStore } from './editor-context';
import { useEditorMessages } from './messages';

/** Which body's tasks the canvas highlights (chosen in the problems panel), with a way to stop. */
export function HighlightNotice() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const bodyId = useEditor((s) => s.highlightBodyId);
  const name = useEditor((s) => {
    const plan = s.history.present;
    return (
      [...plan.bodies, ...plan.groups].find((b) => b.id === s.highlightBodyId)?.name ?? s.highlightBodyId
    );
  });
  if (!bodyId) return null;
  return (
    <p role="status" className="highlight-notice">
      {m.highlighting(name ?? bodyId)}{' '}
      <button type="button" className="button button--quiet" onClick={() => store.highlightBody(null)}>
        {m.clearHighlight}
      </button>
    </p>
  );
}
