import { AppLink } from './AppLink';

interface PlanNotFoundProps {
  planId: string;
  navigate: (planId: string | null) => void;
}

/** The address names a plan that is not in the library (a stale link, or a file that failed to load). */
export function PlanNotFound({ planId, navigate }: PlanNotFoundProps) {
  return (
    <>
      <h1 tabIndex={-1}>Không tìm thấy kế hoạch</h1>
      <p>
        Thư viện không có kế hoạch mang mã <code>{planId}</code>. Tệp có thể đã bị đổi tên, bị xóa hoặc không
        hợp lệ.
      </p>
      <p>
        <AppLink planId={null} navigate={navigate}>
          Về thư viện kế hoạch
        </AppLink>
      </p>
    </>
  );
}
