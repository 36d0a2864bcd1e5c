import { useId } from 'react';
import type { PlanReport } from '../engine/check-plan';
import { BodyVerdictTable } from './BodyVerdictTable';
import { FindingList } from './FindingList';
import { PlanWarningList } from './PlanWarningList';

interface PlanReportViewProps {
  report: PlanReport;
}

/** The checker's report on one plan: each body's verdict, the findings, then the plan's own warnings. */
export function PlanReportView({ report }: PlanReportViewProps) {
  const id = useId();
  const plan = report.model.plan;
  return (
    <div className="plan-report">
      <section aria-labelledby={`${id}-bodies`}>
        <h2 id={`${id}-bodies`}>Cơ quan được giao nhiệm vụ</h2>
        <BodyVerdictTable report={report} />
      </section>
      <section aria-labelledby={`${id}-findings`}>
        <h2 id={`${id}-findings`}>Phát hiện khi rà soát</h2>
        <FindingList findings={report.findings} />
      </section>
      <section aria-labelledby={`${id}-warnings`}>
        <h2 id={`${id}-warnings`}>Ghi chú về văn bản</h2>
        <PlanWarningList plan={plan} />
      </section>
    </div>
  );
}
