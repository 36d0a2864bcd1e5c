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
import { joined, type DeadlineWording, type Say } from './deadline-wording';
import { EN } from './deadline-wording-en';
import { VI } from './deadline-wording-vi';
import { inEveryLanguage, type Language, type Localized } from './localized';

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
  /** A plain explanation of the result, in every language of the interface, shown beside the phrase. */
  explanation: Localized;
}

export interface DeadlineContext {
  /** The year a date without a year takes (the plan's year). */
  planYear: number | null;
}

const WORDING: Readonly<Record<Language, DeadlineWording>> = { vi: VI, en: EN };

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
  if (folded.trim() === '') return { kind: 'unknown', explain: (w) => w.noPhrase };
  if (APPENDIX.test(folded)) return { kind: 'unknown', explain: (w) => w.inAppendix };
  if (ONGOING.test(folded)) return { kind: 'ongoing', explain: (w) => w.ongoing };
  const recurring = recurrenceOf(input);
  for (const match of DATED) {
    const draft = match(input);
    if (!draft) continue;
    if (recurring && (draft.kind === 'due' || draft.kind === 'event' || draft.kind === 'window')) {
      // "định kỳ trong năm 2024", "trước ngày 15/12 hằng năm": recurring, with its (first) window kept
      const { label } = recurring;
      const explain: Say = (w) => `${label(w)}; ${lowerFirst(draft.explain(w))}`;
      return { ...draft, kind: 'recurring', recurrence: recurring.recurrence, explain };
    }
    return draft;
  }
  if (recurring) {
    const { label } = recurring;
    return { kind: 'recurring', recurrence: recurring.recurrence, explain: (w) => w.noSingleDue(label(w)) };
  }
  if (input.p.cited) return { kind: 'unknown', explain: (w) => w.citedDateOnly };
  return { kind: 'unknown', explain: (w) => w.notRecognised };
}

/**
 * Reads a deadline phrase as written in a plan ("hoàn thành trong quý I/2024", "trước ngày 10/4/2024",
 * "thực hiện thường xuyên" …) into its normalised meaning. Pure; `phrase` is returned exactly as given.
 */
export function parseDeadline(phrase: string, context: DeadlineContext): ParsedDeadline {
  const p = maskCitations(prepare(phrase));
  const planYear = Number.isFinite(context.planYear) ? context.planYear : null; // NaN is no year
  const { explain, ...draft } = draftFor({ p, planYear });
  const tentative = TENTATIVE.test(p.folded);
  const noted = tentative && draft.due ? joined(explain, (w) => w.tentativeNote) : explain;
  return {
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
    explanation: inEveryLanguage(WORDING, noted),
  };
}
