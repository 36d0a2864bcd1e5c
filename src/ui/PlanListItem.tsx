import { PLAN_KIND_LABELS } from '../domain/plan';
import { AppLink } from './AppLink';
import type { CheckedPlan } from './checked-plans';
import { overallVerdictText, planDateText, planNumberText } from './plan-labels';
import { VerdictBadge } from './VerdictBadge';

interface PlanListItemProps {
  entry: CheckedPlan;
  navigate: (planId: string | null) => void;
}

/** One plan in the library: its title as a link, what kind of document it is, and the overall verdict. */
export function PlanListItem({ entry, navigate }: PlanListItemProps) {
  const { plan, report } = entry;
  return (
    <li className="plan-card">
      <h2 className="plan-card__title">
        <AppLink planId={plan.id} navigate={navigate}>
          {plan.title}
        </AppLink>
      </h2>
      <dl className="meta">
        <div>
          <dt>Loại</dt>
          <dd>{PLAN_KIND_LABELS[plan.kind]}</dd>
        </div>
        <div>
          <dt>Số, ký hiệu</dt>
          <dd>{planNumberText(plan)}</dd>
        </div>
        <div>
          <dt>Ngày</dt>
          <dd>{plan.date ? <time dateTime={plan.date}>{planDateText(plan)}</time> : planDateText(plan)}</dd>
        </div>
        <div>
          <dt>Nhiệm vụ</dt>
          <dd>{plan.tasks.length}</dd>
        </div>
      </dl>
      <VerdictBadge ok={report.allComplete} label={overallVerdictText(report)} />
    </li>
  );
}
