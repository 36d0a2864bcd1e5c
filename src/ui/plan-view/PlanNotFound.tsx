import type { RowProblem } from '../../app';
import { NotFoundPage } from '../shell/NotFoundPage';
import { ProblemList } from '../shell/ProblemsPanel';
import { useReportMessages } from './messages';

interface PlanNotFoundProps {
  planId: string;
  /** Set when the plan's row exists but fails its schema. */
  problem: RowProblem | null;
}

/** The address names a plan the library does not have (a stale link, a deleted plan) or cannot read. */
export function PlanNotFound({ planId, problem }: PlanNotFoundProps) {
  const m = useReportMessages();
  if (!problem)
    return (
      <NotFoundPage title={m.notFoundTitle}>
        <p>
          {m.notFoundText} <code>{planId}</code>.
        </p>
      </NotFoundPage>
    );
  return (
    <NotFoundPage title={m.notFoundTitle}>
      <p>
        <code>{planId}</code>: {m.unreadableText}
      </p>
      <ProblemList problems={problem.problems} />
    </NotFoundPage>
  );
}
