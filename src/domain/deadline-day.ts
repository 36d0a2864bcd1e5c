/**
 * Deadline phrases built on written calendar dates: "trước ngày 10/4/2024" (exclusive), "chậm nhất ngày
 * 14/5/2021" (inclusive), "Từ 14h00, ngày 11/02/2026 (thứ Tư)" (an event), "từ ngày … đến ngày …" (a window)
 * and anniversary spans "(22/12/1944 - 22/12/2024)" (not a deadline).
 */
import type { ParsedDeadline } from './deadline';
import { addDays, formatDateVi, weekdayOf, WEEKDAYS_VI } from './date';
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

/** What a pattern contributes; the entry point fills in the rest. */
export type Draft = Partial<Omit<ParsedDeadline, 'phrase'>> & Pick<ParsedDeadline, 'kind' | 'explanation'>;

export interface MatchInput {
  p: PreparedText;
  planYear: number | null;
}

export const PLAN_YEAR_NOTE = '; năm lấy theo năm của kế hoạch';

// Inclusive markers right before a date; "hoàn thành trước ngày" stays exclusive (no "trước" filler here).
const INCLUSIVE =
  /(?:cham nhat|han chot|han cuoi|hoan thanh|xong|truoc hoac (?:trong|vao|dung))(?:\s*(?:la|vao|trong|:))*\s*(?:ngay)?\s*$/u;
const EXCLUSIVE = /(?<![\p{L}])truoc\s*(?:ngay)?\s*$/u;
const BEFORE_TIME = /(?<![\p{L}])truoc\s*\d{1,2}\s*(?:h|gio|:)\s*(?:\d{2})?\s*,?\s*(?:ngay)?\s*$/u;
const FROM_TO = /(?<![\p{L}])tu\s*(?:ngay)?\s*$/u;
const TO = new RegExp(`^\\s*(?:den|toi|${DASH})\\s*(?:ngay)?\\s*$`, 'u');
const SPAN = new RegExp(`^\\s*${DASH}\\s*$`, 'u');

function weekdayCheck(p: PreparedText, iso: string): ParsedDeadline['weekday'] {
  const w = findWeekday(p);
  return w ? { written: w.written, matches: weekdayOf(iso) === w.weekday } : null;
}

function weekdayNote(weekday: ParsedDeadline['weekday'], iso: string): string {
  if (!weekday) return '';
  if (weekday.matches) return `; ngày ${formatDateVi(iso)} đúng là ${weekday.written}`;
  return `; lưu ý: văn bản ghi ${weekday.written} nhưng ngày ${formatDateVi(iso)} là ${WEEKDAYS_VI[weekdayOf(iso)]}`;
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
    if (!r.ok) return { kind: 'unknown', explanation: r.problem };
    isos.set(dates[i] as DateToken, r);
  }
  const at = (t: DateToken) => isos.get(t) ?? { iso: '', fromPlan: false };
  const note = (t: DateToken) => (at(t).fromPlan ? PLAN_YEAR_NOTE : '');

  for (const t of dates) {
    const before = p.folded.slice(0, t.start);
    const { iso } = at(t);
    const weekday = weekdayCheck(p, iso);
    const base = { start: null, precision: 'day' as const, weekday };
    if (INCLUSIVE.test(before)) {
      const explanation = `Hạn chót ${formatDateVi(iso)} (chậm nhất ngày ${formatDateVi(iso)}, tính cả ngày này)${note(t)}${weekdayNote(weekday, iso)}`;
      return { ...base, kind: 'due', due: iso, explanation };
    }
    if (BEFORE_TIME.test(before)) {
      const time = findTime(before);
      const explanation = `Hạn chót ${formatDateVi(iso)}, trước ${time?.text ?? ''}${note(t)}${weekdayNote(weekday, iso)}`;
      return { ...base, kind: 'due', due: iso, time: time?.text ?? null, explanation };
    }
    if (EXCLUSIVE.test(before)) {
      const due = addDays(iso, -1);
      const explanation = `Hạn chót ${formatDateVi(due)} (trước ngày ${formatDateVi(iso)})${note(t)}${weekdayNote(weekday, iso)}`;
      return { ...base, kind: 'due', due, explanation };
    }
  }

  const second = dates[1];
  if (second) {
    const between = p.folded.slice(first.end, second.start);
    const [a, b] = [at(first).iso, at(second).iso];
    if (TO.test(between) && FROM_TO.test(p.folded.slice(0, first.start))) {
      if (b < a) {
        return {
          kind: 'unknown',
          explanation: `Khoảng thời gian ngược: ${formatDateVi(a)} sau ${formatDateVi(b)}`,
        };
      }
      const explanation = `Từ ${formatDateVi(a)} đến hết ${formatDateVi(b)}${note(second)}`;
      return { kind: 'window', start: a, due: b, precision: 'day', explanation };
    }
    if (SPAN.test(between)) {
      const explanation = `Khoảng kỷ niệm ${formatDateVi(a)} – ${formatDateVi(b)}: không phải thời hạn (ngày kỷ niệm là ${formatDateVi(b)})`;
      return { kind: 'not-a-deadline', explanation };
    }
  }

  // one date, with perhaps a time and a weekday: a dated event (hội nghị, lễ kỷ niệm …)
  const { iso } = at(first);
  const time = findTime(p.folded);
  if (time && !time.valid) return { kind: 'unknown', explanation: `Giờ ${time.text} không có thật` };
  const weekday = weekdayCheck(p, iso);
  const explanation = `Sự kiện ngày ${formatDateVi(iso)}${time ? `, lúc ${time.text}` : ''}${note(first)}${weekdayNote(weekday, iso)}`;
  return {
    kind: 'event',
    due: iso,
    start: iso,
    time: time?.text ?? null,
    precision: 'day',
    weekday,
    explanation,
  };
}
