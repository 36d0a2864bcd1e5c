import { useLanguage } from '../i18n/language';
import { describeEditError } from './inspector/use-edit-dispatch';
import { useEditor, useEditorStore } from './editor-context';
import { useEditorMessages } from './messages';

/**
 * Why the last command from the canvas or toolbar was refused ("Không thể nối: tạo vòng phụ thuộc
 * III.1 → III.2 → III.1"), announced at once; the region stays in the page so announcements are reliable.
 */
export function RefusalNotice() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const language = useLanguage();
  const refusal = useEditor((s) => s.refusal);
  return (
    <div role="alert" className="refusal-notice">
      {refusal && (
        <p key={refusal.seq}>
          {describeEditError(refusal.error, store.getState().history.present, m.refusals, language)}{' '}
          <button type="button" className="button button--quiet" onClick={store.dismissRefusal}>
            {m.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
