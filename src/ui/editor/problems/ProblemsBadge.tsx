import type { LiveReport } from '../verify-protocol';
import { useProblemsMessages } from './messages';

interface ProblemsBadgeProps {
  report: LiveReport | null;
  open: boolean;
  onToggle: () => void;
  /** The id of the problems panel it opens. */
  controls: string;
}

/** How many problems the plan has (stuck bodies, errors, warnings), always in sight; opens the docked panel. */
export function ProblemsBadge({ report, open, onToggle, controls }: ProblemsBadgeProps) {
  const m = useProblemsMessages();
  const stuck = report?.bodies.filter((b) => !b.completes).length ?? 0;
  const serious = report?.findings.filter((f) => f.severity !== 'info').length ?? 0;
  const count = stuck + serious;
  return (
    <button
      type="button"
      className={`button problems-badge${count > 0 ? ' problems-badge--some' : ''}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      data-count={report ? count : undefined}
    >
      {m.heading}: <strong>{report ? count : '…'}</strong>
    </button>
  );
}
