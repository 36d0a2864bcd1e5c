import { ProblemsPanel, type LoadProblem } from '../shell/ProblemsPanel';
import { useLibraryMessages } from './messages';

interface ImportProblemsProps {
  failures: readonly LoadProblem[];
  onDismiss: () => void;
}

/** Every reason each refused file was refused ("tệp: đường dẫn: lỗi"), in an alert region. */
export function ImportProblems({ failures, onDismiss }: ImportProblemsProps) {
  const m = useLibraryMessages();
  return (
    <div role="alert">
      {failures.length > 0 && (
        <ProblemsPanel
          title={m.importFailed}
          text={m.importFailedText}
          items={failures}
          dismissLabel={m.closeNotice}
          onDismiss={onDismiss}
        />
      )}
    </div>
  );
}
