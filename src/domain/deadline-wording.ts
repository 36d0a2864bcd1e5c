/**
 * What the deadline parser says about a phrase, in every language of the interface: the catalogue each
 * language fills in (`deadline-wording-vi`, `deadline-wording-en`). Patterns build a `Say`; `parseDeadline`
 * says it once from each catalogue. Dates are passed as ISO, and each catalogue writes them its own way.
 */

/** A sentence (or part of one) to be said from any language's catalogue. */
export type Say = (w: DeadlineWording) => string;

/** A date as written in the phrase but not on the calendar: day and month are printed as two digits. */
export interface WrittenDate {
  /** "31/02" */
  dayMonth: string;
  year: number;
  month: number;
}

/** A weekday written beside a date: as the phrase writes it, and which day it names (0 = Sunday). */
export interface WrittenWeekday {
  written: string;
  weekday: number;
}

export interface DeadlineWording {
  // notes appended to an explanation
  planYearNote: string;
  tentativeNote: string;
  weekdayAgrees(date: string, written: WrittenWeekday): string;
  /** `actual`: the weekday the calendar gives the date (0 = Sunday). */
  weekdayDisagrees(date: string, written: WrittenWeekday, actual: number): string;

  // phrases that are not dated
  noPhrase: string;
  inAppendix: string;
  ongoing: string;
  citedDateOnly: string;
  notRecognised: string;
  policyHorizon: string;
  repeatsAnnually: string;
  repeatsEvery(unit: 'month' | 'quarter' | 'week' | 'day'): string;
  repeatsPeriodically: string;
  noSingleDue(recurrence: string): string;

  // written dates
  dueOnOrBefore(date: string): string;
  dueBeforeTime(date: string, time: string | null): string;
  dueBeforeDay(due: string, day: string): string;
  eventOn(date: string, time: string | null): string;
  fromTo(start: string, end: string): string;
  datesReversed(start: string, end: string): string;
  anniversaryDates(start: string, end: string): string;
  noSuchTime(time: string): string;
  dateYearTooShort(dayMonth: string, yearText: string): string;
  dateWithoutYear(dayMonth: string): string;
  dateNoSuchMonth(date: WrittenDate): string;
  dateNoSuchDay(date: WrittenDate, days: number): string;
  /** A year (written, taken from the plan, or reached by counting back a day) off the calendar 0001–9999. */
  yearOutOfRange(year: number): string;

  // periods: names, what their deadlines mean, and what can be wrong with them
  halfYear(first: boolean, year: number): string;
  quarters(from: number, to: number, year: number): string;
  months(from: number, to: number, year: number): string;
  year(year: number): string;
  dueBeforePeriod(due: string, period: string): string;
  dueEndOfPeriod(due: string, period: string): string;
  dueInYear(due: string, endOfYear: boolean, year: number): string;
  halfYearSubject(first: boolean): string;
  quarterSubject(quarter: number): string;
  monthSubject(month: number): string;
  beforeYearSubject: string;
  endOfYearSubject: string;
  inYearSubject: string;
  yearTooShort(subject: string, yearText: string): string;
  yearMissing(subject: string): string;
  noSuchQuarter(written: string): string;
  quartersReversed(from: number, to: number): string;
  noSuchMonth(month: number): string;
  monthsReversed(from: number, to: number): string;
  vagueYear(early: boolean): string;
  periodYears(from: number, to: number, start: string, end: string): string;
  periodOpenEnded(from: number, to: number, start: string): string;
  openEnded(start: string | null): string;
  periodReversed(from: number, to: number): string;
  anniversaryYears(from: number, to: number): string;
}

/** "I", "I–II": one period, or the first and last of a range. */
export function range(from: number, to: number, name: (n: number) => string): string {
  return to === from ? name(from) : `${name(from)}–${name(to)}`;
}

/** Parts said one after another, each from the same catalogue. */
export function joined(...parts: Say[]): Say {
  return (w) => parts.map((say) => say(w)).join('');
}
