import { useState } from 'react';
import { useShellMessages } from './messages';
import { ProblemsPanel, type LoadProblem } from './ProblemsPanel';

/**
 * Data that was skipped because it fails its schema, listed so that it is never lost silently, and
 * dismissible: it does not stop the rest of the app. A different set of problems brings it back.
 */
export function ProblemsNotice({ problems }: { problems: readonly LoadProblem[] }) {
  const m = useShellMessages();
  const signature = problems.map((p) => p.source).join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === signature) return null;
  return (
    <ProblemsPanel
      title={m.problemsTitle}
      text={m.problemsText}
      items={problems}
      dismissLabel={m.dismiss}
      onDismiss={() => setDismissed(signature)}
    />
  );
}
