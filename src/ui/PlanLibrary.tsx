import type { CheckedPlan } from './checked-plans';
import { InvalidPlanList } from './InvalidPlanList';
import { PlanListItem } from './PlanListItem';
import type { InvalidPlanFile } from './seed-plans';

interface PlanLibraryProps {
  plans: readonly CheckedPlan[];
  invalid: readonly InvalidPlanFile[];
  navigate: (planId: string | null) => void;
}

/** The library page: every plan with its overall verdict, then any files that could not be read. */
export function PlanLibrary({ plans, invalid, navigate }: PlanLibraryProps) {
  return (
    <>
      <h1 tabIndex={-1}>Thư viện kế hoạch</h1>
      <p className="lead">
        {plans.length} kế hoạch. Chọn một kế hoạch để xem từng cơ quan được giao việc có hoàn thành được phần
        việc của mình không và những điểm cần rà soát.
      </p>
      {plans.length > 0 ? (
        <nav aria-label="Danh sách kế hoạch">
          <ul className="plan-list">
            {plans.map((entry) => (
              <PlanListItem key={entry.plan.id} entry={entry} navigate={navigate} />
            ))}
          </ul>
        </nav>
      ) : (
        <p>Chưa có kế hoạch nào trong thư mục workflows.</p>
      )}
      {invalid.length > 0 && <InvalidPlanList files={invalid} />}
    </>
  );
}
