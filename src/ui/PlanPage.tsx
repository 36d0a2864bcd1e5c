import { PLAN_KIND_LABELS } from '../domain/plan';
import { AppLink } from './AppLink';
import type { CheckedPlan } from './checked-plans';
import { overallVerdictText, planDateText, planNumberText, planShortName } from './plan-labels';
import { PlanReportView } from './PlanReportView';
import { VerdictBadge } from './VerdictBadge';

interface PlanPageProps {
  entry: CheckedPlan;
  navigate: (planId: string | null) => void;
}

/** One plan: what document it is, then the checker's report on it. */
export function PlanPage({ entry, navigate }: PlanPageProps) {
  const { plan, report } = entry;
  return (
    <article className="plan-page">
      <nav aria-label="Vị trí trang" className="breadcrumb">
        <AppLink planId={null} navigate={navigate}>
          <span aria-hidden="true">← </span>Thư viện kế hoạch
        </AppLink>
      </nav>
      <header className="plan-page__header">
        <p className="eyebrow">{planShortName(plan)}</p>
        <h1 tabIndex={-1}>{plan.title}</h1>
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
            <dd>{planDateText(plan)}</dd>
          </div>
          <div>
            <dt>Nhiệm vụ</dt>
            <dd>{plan.tasks.length}</dd>
          </div>
          <div>
            <dt>Tệp</dt>
            <dd>
              <code>{entry.file}</code>
            </dd>
          </div>
        </dl>
        <VerdictBadge ok={report.allComplete} label={overallVerdictText(report)} />
      </header>
      <PlanReportView report={report} />
    </article>
  );
}
