/** How serious a finding about a plan is, most serious first (lỗi, cảnh báo, lưu ý). */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
