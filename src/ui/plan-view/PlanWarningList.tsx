import type { Plan, PlanWarning } from '../../domain/plan';
import { sortByVi } from '../i18n/format';
import { useReportMessages } from './messages';
import { bodyName } from '../../domain/plan-bodies';

interface PlanWarningListProps {
  plan: Plan;
}

function WarningItem({ plan, warning }: { plan: Plan; warning: PlanWarning }) {
  const m = useReportMessages();
  /** A reference in words: a task by its code, a body by its name, anything else as written. */
  const refLabel = (ref: string) => {
    const task = plan.tasks.find((t) => t.id === ref);
    return task ? m.taskRef(task.code) : (bodyName(plan, ref) ?? ref);
  };
  return (
    <li>
      <code className="code">{warning.code}</code> <span>{warning.message}</span>
      {warning.refs.length > 0 && (
        <span className="refs">
          {' '}
          {m.related} {warning.refs.map(refLabel).join(', ')}.
        </span>
      )}
    </li>
  );
}

/** What the document itself leaves unclear or gets wrong, as noted when the plan was entered. */
export function PlanWarningList({ plan }: PlanWarningListProps) {
  const m = useReportMessages();
  if (plan.warnings.length === 0) return <p>{m.noWarnings}</p>;
  const warnings = sortByVi(plan.warnings, (w) => w.code);
  return (
    <ul className="warning-list">
      {warnings.map((w, i) => (
        <WarningItem key={`${w.code}-${i}`} plan={plan} warning={w} />
      ))}
    </ul>
  );
}
