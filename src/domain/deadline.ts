/**
 * Deadline phrases (thời hạn) as Vietnamese plans write them, and their normalised meaning.
 * The phrase as written is always kept beside the result: users must see what the document said.
 */
import { matchDay, type Draft, type MatchInput } from './deadline-day';
import {
  matchHalfYear,
  matchHorizon,
  matchMonth,
  matchQuarter,
  matchWindow,
  matchYear,
  recurrenceOf,
} from './deadline-periods';
import { maskCitations, prepare } from './deadline-text';

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

const APPENDIX = /(?<![\p{L}])phu luc(?![\p{L}])/u;
const ONGOING = /(?<![\p{L}])thuong xuyen(?![\p{L}])/u;
const TENTATIVE = /(?<![\p{L}])du kien(?![\p{L}])/u;

/** Dated patterns, most specific first; the first that recognises the phrase wins. */
const DATED: ((input: MatchInput) => Draft | null)[] = [
  matchDay,
  matchHalfYear,
  matchQuarter,
  matchMonth,
  (input) => matchHorizon(input, true), // "tầm nhìn đến năm 2045" before "giai đoạn 2021-2030"
  matchWindow,
  (input) => matchHorizon(input, false), // a bare "đến năm 2030"
  matchYear,
];

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function draftFor(input: MatchInput): Draft {
  const { folded } = input.p;
  if (folded.trim() === '') return { kind: 'unknown', explanation: 'Không có cụm từ thời hạn' };
  if (APPENDIX.test(folded)) {
    return { kind: 'unknown', explanation: 'Thời hạn ghi trong Phụ lục, mà Phụ lục không có trong văn bản' };
  }
  if (ONGOING.test(folded)) {
    return {
      kind: 'ongoing',
      explanation: 'Thực hiện thường xuyên: không có hạn cố định, đánh giá qua báo cáo định kỳ',
    };
  }
  const recurring = recurrenceOf(input);
  for (const match of DATED) {
    const draft = match(input);
    if (!draft) continue;
    if (recurring && (draft.kind === 'due' || draft.kind === 'event' || draft.kind === 'window')) {
      // "định kỳ trong năm 2024", "trước ngày 15/12 hằng năm": recurring, with its (first) window kept
      const explanation = `${recurring.label}; ${lowerFirst(draft.explanation)}`;
      return { ...draft, kind: 'recurring', recurrence: recurring.recurrence, explanation };
    }
    return draft;
  }
  if (recurring) {
    const explanation = `${recurring.label}: không có một hạn chót duy nhất`;
    return { kind: 'recurring', recurrence: recurring.recurrence, explanation };
  }
  if (input.p.cited) {
    return { kind: 'unknown', explanation: 'Chỉ có ngày ban hành của văn bản được dẫn, không có thời hạn' };
  }
  return { kind: 'unknown', explanation: 'Không nhận ra thời hạn trong cụm từ này' };
}

/**
 * Reads a deadline phrase as written in a plan ("hoàn thành trong quý I/2024", "trước ngày 10/4/2024",
 * "thực hiện thường xuyên" …) into its normalised meaning. Pure; `phrase` is returned exactly as given.
 */
export function parseDeadline(phrase: string, context: DeadlineContext): ParsedDeadline {
  const p = maskCitations(prepare(phrase));
  const draft = draftFor({ p, planYear: context.planYear });
  const tentative = TENTATIVE.test(p.folded);
  const result: ParsedDeadline = {
    phrase,
    due: null,
    start: null,
    time: null,
    precision: null,
    recurrence: null,
    openEnd: false,
    weekday: null,
    ...draft,
    tentative,
  };
  if (tentative && result.due !== null) {
    result.explanation += '; dự kiến, có thể lùi mà không tính là quá hạn';
  }
  return result;
}
