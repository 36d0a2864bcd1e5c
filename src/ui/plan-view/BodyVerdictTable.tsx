import type { PlanReport } from '../../engine/check-plan';
import { sortByVi } from '../i18n/format';
import { BlockedDetails } from './BlockedDetails';
import { CaveatList } from './CaveatList';
import { useReportMessages } from './messages';
import { VerdictBadge } from './VerdictBadge';

interface BodyVerdictTableProps {
  report: PlanReport;
}

/** One row per assigned body: how many tasks it holds, whether it can always finish them, and if not, why. */
export function BodyVerdictTable({ report }: BodyVerdictTableProps) {
  const m = useReportMessages();
  const bodies = sortByVi(report.bodies, (b) => b.name);
  if (bodies.length === 0) return <p>{m.noBodies}</p>;
  return (
    <div className="table-scroll">
      <table className="body-table">
        <caption>{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.bodyColumn}</th>
            <th scope="col" className="num">
              {m.tasksColumn}
            </th>
            <th scope="col">{m.verdictColumn}</th>
            <th scope="col">{m.reasonColumn}</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((b) => (
            <tr key={b.assigneeId} className={b.completes ? undefined : 'is-stuck'}>
              <th scope="row">
                {b.name}
                {b.kind === 'open-group' && <span className="tag">{m.openGroup}</span>}
              </th>
              <td className="num">{report.model.assignees.get(b.assigneeId)?.taskIds.length ?? 0}</td>
              <td>
                <VerdictBadge
                  ok={b.completes}
                  conditional={b.caveats.length > 0}
                  label={
                    !b.completes ? m.stuck : b.caveats.length > 0 ? m.completesOnConditions : m.completes
                  }
                />
              </td>
              <td>
                {b.completes && b.caveats.length > 0 ? (
                  <CaveatList model={report.model} caveats={b.caveats} />
                ) : b.completes ? (
                  <span className="muted">{m.noBlocker}</span>
                ) : (
                  <BlockedDetails report={report} verdict={b} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
