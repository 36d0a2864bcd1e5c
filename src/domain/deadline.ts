/**
 * Deadline phrases (thời hạn) as Vietnamese plans write them, and their normalised meaning.
 * The phrase as written is always kept beside the result: users must see what the document said.
 */
export type DeadlineKind =
  | 'due' // a last compliant day: quarter, month, year, half-year, "trước ngày", "chậm nhất"
  | 'event' // a dated (and maybe timed) event: "Từ 14h00, ngày 11/02/2026 (thứ Tư)"
  | 'window' // a period: "giai đoạn 2026 - 2030"; openEnd for "và những năm tiếp theo"
  | 'ongoing' // "thực hiện thường xuyên": no due date, judged by periodic reports
  | 'recurring' // "hằng năm", "định kỳ"
  | 'not-a-deadline' // a policy horizon or an anniversary span
  | 'unknown'; // in an appendix not in the text, or not understood

export type DeadlinePrecision = 'day' | 'month' | 'quarter' | 'half-year' | 'year' | 'period';

export interface ParsedDeadline {
  /** The phrase exactly as written. */
  phrase: string;
  kind: DeadlineKind;
  /** Last compliant day, ISO yyyy-mm-dd ("trước ngày 10/4/2024" → 2024-04-09). */
  due: string | null;
  /** First day of the window the phrase names (quarter, month, year, period), if any. */
  start: string | null;
  /** "14:00" for events with a time. */
  time: string | null;
  precision: DeadlinePrecision | null;
  /** "Dự kiến": a planned window that may slip without being overdue. */
  tentative: boolean;
  /** For recurring: "annual" (hằng năm) or "periodic" (định kỳ, unspecified period). */
  recurrence: 'annual' | 'periodic' | null;
  /** A window with no end ("và những năm tiếp theo"). */
  openEnd: boolean;
  /** A weekday written next to a date, and whether the calendar agrees. */
  weekday: { written: string; matches: boolean } | null;
  /** A plain Vietnamese explanation of the result, shown beside the phrase. */
  explanation: string;
}

export interface DeadlineContext {
  /** The year a date without a year takes (the plan's year). */
  planYear: number | null;
}
