/**
 * The deadline parser's English. Dates stay dd/mm/yyyy, as the app shows them in both languages; quarters
 * are "Q1 2024", months are named. Words quoted from the phrase (a weekday, a year, a quarter, "đầu năm")
 * stand in “curly quotes”: the only place the English keeps any Vietnamese.
 */
import { formatDateVi as d, MAX_YEAR, MIN_YEAR } from './date';
import { range, type DeadlineWording } from './deadline-wording';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const month = (m: number) => MONTHS[m] ?? '';
const quarter = (q: number) => `Q${q}`;
const half = (first: boolean) => `the ${first ? 'first' : 'second'} half of`;

export const EN: DeadlineWording = {
  planYearNote: '; year taken from the plan',
  tentativeNote: '; tentative: it may slip without being overdue',
  weekdayAgrees: (date, w) => `; ${d(date)} is indeed a ${WEEKDAYS[w.weekday]}`,
  weekdayDisagrees: (date, w, actual) =>
    `; note: the text says “${w.written}” (${WEEKDAYS[w.weekday]}) but ${d(date)} is a ${WEEKDAYS[actual] ?? ''}`,

  noPhrase: 'No deadline phrase',
  inAppendix: 'The deadline is given in an appendix, and the appendix is not in the text',
  ongoing: 'Ongoing: no fixed due date; progress is judged by periodic reports',
  citedDateOnly: 'Only the issue date of a cited document; no deadline',
  notRecognised: 'No deadline recognised in this phrase',
  policyHorizon: 'A policy milestone, not a deadline for the task',
  repeatsAnnually: 'Repeats every year',
  repeatsEvery: (unit) => `Repeats every ${unit}`,
  repeatsPeriodically: 'Done periodically (how often is not stated)',
  noSingleDue: (recurrence) => `${recurrence}: there is no single due date`,

  dueOnOrBefore: (date) => `Due ${d(date)} (no later than ${d(date)}, that day included)`,
  dueBeforeTime: (date, time) => `Due ${d(date)}, before ${time ?? 'the time written'}`,
  dueBeforeDay: (due, day) => `Due ${d(due)} (before ${d(day)})`,
  eventOn: (date, time) => `Event on ${d(date)}${time ? `, at ${time}` : ''}`,
  fromTo: (start, end) => `From ${d(start)} up to and including ${d(end)}`,
  datesReversed: (start, end) => `Dates in reverse order: ${d(start)} is after ${d(end)}`,
  anniversaryDates: (start, end) =>
    `Anniversary span ${d(start)} – ${d(end)}: not a deadline (the anniversary is on ${d(end)})`,
  noSuchTime: (time) => `The time ${time} does not exist`,
  dateYearTooShort: (dayMonth, yearText) =>
    `The year of the date ${dayMonth}/${yearText} has fewer than 4 digits`,
  dateWithoutYear: (dayMonth) => `The date ${dayMonth} has no year, and the plan's year is not known`,
  dateNoSuchMonth: ({ dayMonth, year, month }) =>
    `The date ${dayMonth}/${year} is not on the calendar: there is no month ${month}`,
  dateNoSuchDay: ({ dayMonth, year, month: m }, days) =>
    `The date ${dayMonth}/${year} is not on the calendar: ${month(m)} ${year} has only ${days} days`,

  yearOutOfRange: (year) =>
    `The year ${year} is off the calendar: a year must be from ${MIN_YEAR} to ${MAX_YEAR}`,
  halfYear: (first, year) => `${half(first)} ${year}`,
  quarters: (from, to, year) => `${range(from, to, quarter)} ${year}`,
  months: (from, to, year) => `${range(from, to, month)} ${year}`,
  year: String,
  dueBeforePeriod: (due, period) => `Due ${d(due)} (before ${period})`,
  dueEndOfPeriod: (due, period) => `Due ${d(due)} (end of ${period})`,
  dueInYear: (due, endOfYear, year) => `Due ${d(due)} (${endOfYear ? 'end of' : 'within'} ${year})`,
  halfYearSubject: (first) => `${half(first)} the year`,
  quarterSubject: quarter,
  monthSubject: month,
  beforeYearSubject: 'a deadline before a year',
  endOfYearSubject: 'the end of the year',
  inYearSubject: 'a deadline within the year',
  yearTooShort: (subject, yearText) =>
    `The year “${yearText}” written for ${subject} has fewer than 4 digits`,
  yearMissing: (subject) => `No year is written for ${subject}, and the plan's year is not known`,
  noSuchQuarter: (written) => `There is no quarter “${written}” (only quarters I to IV)`,
  quartersReversed: (from, to) => `Quarters in reverse order: ${quarter(from)} to ${quarter(to)}`,
  noSuchMonth: (m) => `There is no month ${m} (only months 1 to 12)`,
  monthsReversed: (from, to) => `Months in reverse order: ${month(from)} to ${month(to)}`,
  vagueYear: (early) =>
    `${early ? 'Early in the year (“đầu năm”)' : 'Mid-year (“giữa năm”)'} gives no precise due date`,
  periodYears: (from, to, start, end) =>
    `Period ${from}–${to}: from ${d(start)} up to and including ${d(end)}`,
  periodOpenEnded: (from, to, start) =>
    `Period ${from}–${to} and the years after it: starts ${d(start)}, no end date`,
  openEnded: (start) =>
    `Continues into the following years: ${start ? `starts ${d(start)}, ` : ''}no end date`,
  periodReversed: (from, to) => `Period in reverse order: ${from} to ${to}`,
  anniversaryYears: (from, to) => `Anniversary span ${from}–${to}: not a deadline`,
};
