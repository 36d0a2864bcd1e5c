/**
 * Deadline phrases built on written calendar dates: "trước ngày 10/4/2024" (exclusive), "chậm nhất ngày
 * 14/5/2021" (inclusive), "Từ 14h00, ngày 11/02/2026 (thứ Tư)" (an event), "từ ngày … đến ngày …" (a window)
 * and anniversary spans "(22/12/1944 - 22/12/2024)" (not a deadline).
 */
import type { ParsedDeadline } from './deadline';
import { addDays, weekdayOf } from './date';
import {
  DASH,
  findDates,
  findTime,
  findWeekday,
  resolveDate,
  type DateToken,
  type PreparedText,
  type Resolved,
} from './deadline-text';
import { joined, type Say, type WrittenWeekday } from './deadline-wording';

/** What a pattern contributes, with what to say about it; the entry point fills in the rest. */
export type Draft = Partial<Omit<ParsedDeadline, 'phrase' | 'explanation'>> &
  Pick<ParsedDeadline, 'kind'> & { explain: Say };

export interface MatchInput {
  p: PreparedText;
  planYear: number | null;
}

/** The note that a date's or period's year was taken from the plan, when it was. */
export function planYearNote(fromPlan: boolean): Say {
  return (w) => (fromPlan ? w.planYearNote : '');
}

// Inclusive markers right before a date; "hoàn thành trước ngày" stays exclusive (no "trước" filler here).
const INCLUSIVE =
  /(?:cham nhat|han chot|han cuoi|hoan thanh|xong|truoc hoac (?:trong|vao|dung))(?:\s*(?:la|vao|trong|:))*\s*(?:ngay)?\s*$/u;
const EXCLUSIVE = /(?<![\p{L}])truoc\s*(?:ngay)?\s*$/u;
const BEFORE_TIME = /(?<![\p{L}])truoc\s*\d{1,2}\s*(?:h|gio|:)\s*(?:\d{2})?\s*,?\s*(?:ngay)?\s*$/u;
const FROM_TO = /(?<![\p{L}])tu\s*(?:ngay)?\s*$/u;
const TO = new RegExp(`^\\s*(?:den|toi|${DASH})\\s*(?:ngay)?\\s*$`, 'u');
const SPAN = new RegExp(`^\\s*${DASH}\\s*$`, 'u');

/** "trước ngày 01/01/0001": the last compliant day would be before the calendar's first day. */
export function dayBeforeOffCalendar(iso: string): Draft {
  const year = Number(iso.slice(0, 4)) - 1;
  return { kind: 'unknown', explain: (w) => w.yearOutOfRange(year) };
}

/** A weekday written in the phrase, checked against the calendar for `iso`, and what to say about it. */
function weekdayCheck(
  found: WrittenWeekday | null,
  iso: string,
): { weekday: ParsedDeadline['weekday']; note: Say } {
  if (!found) return { weekday: null, note: () => '' };
  const actual = weekdayOf(iso);
  const matches = actual === found.weekday;
  return {
    weekday: { written: found.written, matches },
    note: (w) => (matches ? w.weekdayAgrees(iso, found) : w.weekdayDisagrees(iso, found, actual ?? -1)),
  };
}

/** Phrases with at least one written date; null when the phrase has none. */
export function matchDay({ p, planYear }: MatchInput): Draft | null {
  const dates = findDates(p.folded);
  const first = dates[0];
  if (!first) return null;
  const resolved: Resolved[] = dates.map((t, i) => {
    // a range "từ ngày 10/3 đến ngày 20/3/2024" lends the second year to the first date
    const next = dates[i + 1];
    const lent =
      t.yearText === null && next && TO.test(p.folded.slice(t.end, next.start)) ? next.yearText : null;
    return resolveDate(t, planYear, lent ?? t.yearText);
  });
  const isos = new Map<DateToken, { iso: string; fromPlan: boolean }>();
  for (const [i, r] of resolved.entries()) {
    if (!r.ok) return { kind: 'unknown', explain: r.problem };
    isos.set(dates[i] as DateToken, r);
  }
  const at = (t: DateToken) => isos.get(t) ?? { iso: '', fromPlan: false };
  const found = findWeekday(p);

  for (const t of dates) {
    const before = p.folded.slice(0, t.start);
    const { iso, fromPlan } = at(t);
    const { weekday, note } = weekdayCheck(found, iso);
    const base = { start: null, precision: 'day' as const, weekday };
    const noted = (say: Say) => joined(say, planYearNote(fromPlan), note);
    if (INCLUSIVE.test(before)) {
      return { ...base, kind: 'due', due: iso, explain: noted((w) => w.dueOnOrBefore(iso)) };
    }
    if (BEFORE_TIME.test(before)) {
      const time = findTime(before)?.text ?? null;
      return { ...base, kind: 'due', due: iso, time, explain: noted((w) => w.dueBeforeTime(iso, time)) };
    }
    if (EXCLUSIVE.test(before)) {
      const due = addDays(iso, -1);
      if (due === null) return dayBeforeOffCalendar(iso);
      return { ...base, kind: 'due', due, explain: noted((w) => w.dueBeforeDay(due, iso)) };
    }
  }

  const second = dates[1];
  if (second) {
    const between = p.folded.slice(first.end, second.start);
    const [a, b] = [at(first).iso, at(second).iso];
    if (TO.test(between) && FROM_TO.test(p.folded.slice(0, first.start))) {
      if (b < a) return { kind: 'unknown', explain: (w) => w.datesReversed(a, b) };
      const explain = joined((w) => w.fromTo(a, b), planYearNote(at(second).fromPlan));
      return { kind: 'window', start: a, due: b, precision: 'day', explain };
    }
    if (SPAN.test(between)) return { kind: 'not-a-deadline', explain: (w) => w.anniversaryDates(a, b) };
  }

  // one date, with perhaps a time and a weekday: a dated event (hội nghị, lễ kỷ niệm …)
  const { iso, fromPlan } = at(first);
  const time = findTime(p.folded);
  if (time && !time.valid) return { kind: 'unknown', explain: (w) => w.noSuchTime(time.text) };
  const { weekday, note } = weekdayCheck(found, iso);
  const timeText = time?.text ?? null;
  return {
    kind: 'event',
    due: iso,
    start: iso,
    time: timeText,
    precision: 'day',
    weekday,
    explain: joined((w) => w.eventOn(iso, timeText), planYearNote(fromPlan), note),
  };
}
