import { ASSIGNMENT_STATUSES, type AssignmentStatus } from './assignment-status';
import { LABELS } from './labels';
import { eachLanguage, type Localized } from './localized';
import type { RunEventType, RunRole, WorkingStatus } from './run';
import type { Timeliness } from './timeliness';

/** The labels of a run, its events, statuses, roles and reporting categories: Vietnamese first, and English. */

export const RUN_EVENT_LABELS: Readonly<Record<RunEventType, Localized>> = {
  issue: { vi: 'Ban hành', en: 'Issue' },
  start: { vi: 'Bắt đầu thực hiện', en: 'Start' },
  report: { vi: 'Gửi báo cáo', en: 'Report' },
  approve: { vi: 'Xác nhận hoàn thành', en: 'Approve' },
  return: { vi: 'Trả lại, yêu cầu bổ sung', en: 'Return for rework' },
  'request-extension': { vi: 'Đề nghị gia hạn', en: 'Request an extension' },
  'approve-extension': { vi: 'Đồng ý gia hạn', en: 'Approve the extension' },
  'refuse-extension': { vi: 'Không đồng ý gia hạn', en: 'Refuse the extension' },
  pause: { vi: 'Tạm dừng', en: 'Pause' },
  resume: { vi: 'Tiếp tục thực hiện', en: 'Resume' },
  cancel: { vi: 'Hủy nhiệm vụ', en: 'Cancel' },
  deliver: { vi: 'Gửi báo cáo lên cấp trên', en: 'Deliver the report' },
  decline: { vi: 'Từ chối đề nghị', en: 'Decline the request' },
  'link-child': { vi: 'Thực hiện bằng kế hoạch con', en: 'Carry out through the child plan' },
  'child-completed': { vi: 'Hoàn thành theo kế hoạch con', en: 'Completed by the child plan' },
};

/** The machine's statuses as the plan catalogue names them, and the run's side states. */
export const WORKING_STATUS_LABELS: Readonly<Record<WorkingStatus, Localized>> = {
  ...(Object.fromEntries(
    ASSIGNMENT_STATUSES.map((s) => [s, eachLanguage((l) => LABELS[l].statuses[s])]),
  ) as Record<AssignmentStatus, Localized>),
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  declined: { vi: 'Đã từ chối', en: 'Declined' },
};

export const RUN_ROLE_LABELS: Readonly<Record<RunRole, Localized>> = {
  assignee: { vi: 'cơ quan được giao', en: 'the assigned body' },
  approver: { vi: 'cơ quan xác nhận', en: 'the approving body' },
  issuer: { vi: 'cơ quan ban hành', en: 'the issuing body' },
  system: { vi: 'hệ thống, theo kế hoạch con', en: 'the system, following the child plan' },
};

export const TIMELINESS_LABELS: Readonly<Record<Timeliness, Localized>> = {
  'completed-on-time': { vi: 'Đã hoàn thành đúng hạn', en: 'Completed on time' },
  'completed-late': { vi: 'Đã hoàn thành quá hạn', en: 'Completed late' },
  'within-deadline': { vi: 'Chưa hoàn thành, trong hạn', en: 'Not completed, within deadline' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Not completed, overdue' },
  ongoing: { vi: 'Thường xuyên, định kỳ', en: 'Ongoing, periodic' },
  'no-deadline': { vi: 'Không có thời hạn', en: 'No deadline' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** The headings of the dashboard and of its exports. */
export const DASHBOARD_LABELS = {
  title: { vi: 'Báo cáo tiến độ thực hiện', en: 'Progress report' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  dueSoonDays: { vi: 'Sắp đến hạn: trong số ngày', en: 'Due soon: within days' },
  group: { vi: 'Nhóm', en: 'Group' },
  name: { vi: 'Tên', en: 'Name' },
  whole: { vi: 'Toàn kế hoạch', en: 'Whole plan' },
  body: { vi: 'Cơ quan', en: 'Body' },
  stage: { vi: 'Giai đoạn', en: 'Stage' },
  total: { vi: 'Tổng số', en: 'Total' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  overdueList: { vi: 'Nhiệm vụ quá hạn', en: 'Overdue assignments' },
  code: { vi: 'Mã nhiệm vụ', en: 'Task code' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  due: { vi: 'Thời hạn', en: 'Due' },
  daysLate: { vi: 'Số ngày quá hạn', en: 'Days late' },
  status: { vi: 'Trạng thái', en: 'Status' },
} as const satisfies Record<string, Localized>;
