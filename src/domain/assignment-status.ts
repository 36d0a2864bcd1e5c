/** Working status of one assignment (trạng thái thực hiện). */
export const ASSIGNMENT_STATUSES = [
  'notStarted', // chưa thực hiện
  'inProgress', // đang thực hiện
  'reported', // đã báo cáo, chờ xác nhận
  'returned', // trả lại, cần bổ sung
  'completed', // hoàn thành
  'cancelled', // đã hủy
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
