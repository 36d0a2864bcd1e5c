import type { Plan, PlanWarning } from '../domain/plan';
import { sortByVi } from './vi-collator';

interface PlanWarningListProps {
  plan: Plan;
}

/** A warning's reference in words: a task by its code, a body by its name, anything else as written. */
function refLabel(plan: Plan, ref: string): string {
  const task = plan.tasks.find((t) => t.id === ref);
  if (task) return `nhiệm vụ ${task.code}`;
  const body = plan.bodies.find((b) => b.id === ref) ?? plan.groups.find((g) => g.id === ref);
  return body ? body.name : ref;
}

function WarningItem({ plan, warning }: { plan: Plan; warning: PlanWarning }) {
  return (
    <li>
      <code className="code">{warning.code}</code> <span>{warning.message}</span>
      {warning.refs.length > 0 && (
        <span className="refs"> Liên quan: {warning.refs.map((r) => refLabel(plan, r)).join(', ')}.</span>
      )}
    </li>
  );
}

/** What the document itself leaves unclear or gets wrong, as noted when the plan was entered. */
export function PlanWarningList({ plan }: PlanWarningListProps) {
  if (plan.warnings.length === 0) return <p>Không có ghi chú nào về văn bản.</p>;
  const warnings = sortByVi(plan.warnings, (w) => w.code);
  return (
    <ul className="warning-list">
      {warnings.map((w, i) => (
        <WarningItem key={`${w.code}-${i}`} plan={plan} warning={w} />
      ))}
    </ul>
  );
}
