/**
 * Deadlines and events as an iCalendar file (RFC 5545): one VEVENT per task with a due day or an event date
 * (with its time, Vietnam time), and recurring reminders for duties the document gives a period for (annual,
 * or ongoing within the plan's validity). Lines are folded at 75 octets and text is escaped.
 */
import { addDays } from '../domain/date';
import type { Plan } from '../domain/plan';
import { assignmentRows, nameIn } from './assignment-rows';

export interface CalendarOptions {
  /** DTSTAMP of every event (pure: the caller passes the time), ISO. */
  now: string;
}

/** TEXT value escaping: backslash, semicolon, comma, newline. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function stamp(iso: string): string {
  return `${iso.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15)}Z`;
}

/** "14:00" on a day, Vietnam time (UTC+7), as a UTC date-time. */
function utcAt(day: string, time: string): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, m] = time.split(':').map(Number) as [number, number];
  return `${new Date(Date.UTC(y, mo - 1, d, h - 7, m)).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

export function exportCalendarIcs(plan: Plan, options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rollout Studio//Kế hoạch//VI',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(plan.title)}`,
  ];
  for (const row of assignmentRows(plan)) {
    const d = row.deadline;
    if (!d) continue;
    const { task } = row;
    const summary = `${task.code} · ${task.title} (${row.lead})`;
    const description = [
      `Chủ trì: ${row.lead}`,
      row.participants && `Phối hợp: ${row.participants}`,
      `Thời hạn: ${task.deadline}`,
      d.explanation.vi,
    ]
      .filter(Boolean)
      .join('\n');
    const event: string[] = [
      'BEGIN:VEVENT',
      `UID:${task.id}@${plan.id}.rollout-studio`,
      `DTSTAMP:${stamp(options.now)}`,
    ];
    const day = d.kind === 'event' ? (d.start ?? d.due) : d.due;
    if (day && d.time) {
      event.push(`DTSTART:${utcAt(day, d.time)}`, 'DURATION:PT2H');
    } else if (day) {
      event.push(`DTSTART;VALUE=DATE:${compact(day)}`, `DTEND;VALUE=DATE:${compact(addDays(day, 1) ?? day)}`);
    } else if (
      (d.kind === 'ongoing' || d.recurrence === 'periodic') &&
      plan.validity.from &&
      plan.validity.to
    ) {
      event.push(
        `DTSTART;VALUE=DATE:${compact(plan.validity.from)}`,
        `RRULE:FREQ=MONTHLY;UNTIL=${compact(plan.validity.to)}`,
      );
    } else continue;
    if (day && d.recurrence === 'annual') event.push('RRULE:FREQ=YEARLY');
    event.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`);
    if (d.tentative) event.push('STATUS:TENTATIVE');
    event.push(`CATEGORIES:${escapeText(nameIn(plan, task.leadId))}`, 'END:VEVENT');
    lines.push(...event);
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
