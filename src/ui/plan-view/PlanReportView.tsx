import { useId } from 'react';
import type { PlanReport } from '../../engine/check-plan';
import { BodyVerdictTable } from './BodyVerdictTable';
import { FindingList } from './FindingList';
import { useReportMessages } from './messages';
import { PlanWarningList } from './PlanWarningList';

interface PlanReportViewProps {
  report: PlanReport;
}

/** The checker's report on one plan: each body's verdict, the findings, then the plan's own warnings. */
export function PlanReportView({ report }: PlanReportViewProps) {
  const id = useId();
  const m = useReportMessages();
  return (
    <div className="plan-report">
      <section aria-labelledby={`${id}-bodies`}>
        <h2 id={`${id}-bodies`}>{m.bodiesHeading}</h2>
        <BodyVerdictTable report={report} />
      </section>
      <section aria-labelledby={`${id}-findings`}>
        <h2 id={`${id}-findings`}>{m.findingsHeading}</h2>
        <FindingList findings={report.findings} />
      </section>
      <section aria-labelledby={`${id}-warnings`}>
        <h2 id={`${id}-warnings`}>{m.warningsHeading}</h2>
        <PlanWarningList plan={report.model.plan} />
      </section>
    </div>
  );
}
