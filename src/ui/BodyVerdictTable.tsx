import type { PlanReport } from '../engine/check-plan';
import { BlockedDetails } from './BlockedDetails';
import { VerdictBadge } from './VerdictBadge';
import { sortByVi } from './vi-collator';

interface BodyVerdictTableProps {
  report: PlanReport;
}

/** One row per assigned body: how many tasks it holds, whether it can always finish them, and if not, why. */
export function BodyVerdictTable({ report }: BodyVerdictTableProps) {
  const bodies = sortByVi(report.bodies, (b) => b.name);
  if (bodies.length === 0) return <p>Kế hoạch chưa giao nhiệm vụ cho cơ quan nào.</p>;
  return (
    <div className="table-scroll">
      <table className="body-table">
        <caption>Kết quả kiểm chứng cho từng cơ quan, đơn vị được giao nhiệm vụ</caption>
        <thead>
          <tr>
            <th scope="col">Cơ quan, đơn vị</th>
            <th scope="col" className="num">
              Nhiệm vụ
            </th>
            <th scope="col">Kết luận</th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((b) => (
            <tr key={b.assigneeId} className={b.completes ? undefined : 'is-stuck'}>
              <th scope="row">
                {b.name}
                {b.kind === 'open-group' && <span className="tag">nhóm chưa liệt kê thành viên</span>}
              </th>
              <td className="num">{report.model.assignees.get(b.assigneeId)?.taskIds.length ?? 0}</td>
              <td>
                <VerdictBadge ok={b.completes} label={b.completes ? 'Hoàn thành được' : 'Mắc kẹt'} />
              </td>
              <td>
                {b.completes ? (
                  <span className="muted">Không vướng mắc</span>
                ) : (
                  <BlockedDetails model={report.model} verdict={b} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
