import type { RemovedPlan } from '../../app';
import { useLibraryMessages } from './messages';
import { noticeText, type ShownNotice } from './notices';
import { Toast } from './Toast';

interface LibraryNoticesProps {
  notice: ShownNotice | null;
  onUndo: (removed: RemovedPlan) => void;
  onClose: () => void;
}

/**
 * The outcome of the last action: a failure as an alert, anything else as a polite status that fades
 * after a while. A deletion comes with "Hoàn tác" (undo). Both regions are always in the page, so that
 * screen readers announce what appears in them.
 */
export function LibraryNotices({ notice, onUndo, onClose }: LibraryNoticesProps) {
  const m = useLibraryMessages();
  const failed = notice?.kind === 'failed';
  return (
    <div className="toast-region">
      <div role="alert">
        {failed && (
          <div className="toast toast--error">
            <span className="toast__text">{noticeText(m, notice)}</span>
            <button type="button" className="button button--quiet" onClick={onClose}>
              {m.closeNotice}
            </button>
          </div>
        )}
      </div>
      <div role="status">
        {notice && !failed && (
          <Toast
            key={notice.seq}
            text={noticeText(m, notice)}
            action={
              notice.kind === 'removed' ? { label: m.undo, run: () => onUndo(notice.removed) } : undefined
            }
            onClose={onClose}
          />
        )}
      </div>
    </div>
  );
}
