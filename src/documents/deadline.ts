/**
 * Deadline phrases inside a task's text, kept as written and checked with the core's `parseDeadline`:
 * a labelled time ("Thời gian thực hiện: Dự kiến tháng 9/2024"), a parenthesised phrase ("(hoàn thành trong
 * quý I/2024)", "(thực hiện thường xuyên)", "(cụ thể tại Phụ lục)") or "trước ngày …" / "chậm nhất ngày …".
 */
import { parseDeadline, type ParsedDeadline } from '../domain/deadline';
import { fold } from './text';

const LABEL =
  /(?:^|[\s.;])((?:dự kiến\s+)?(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành|tổ chức))?\s*:\s*)/iu;
const HINT =
  /hoan thanh|thuc hien|truoc ngay|cham nhat|quy\s|thang\s*\d|nam \d{4}|thuong xuyen|hang nam|hang nam|dinh ky|phu luc|du kien|\d{1,2}h\d{0,2}/;

export interface FoundDeadline {
  phrase: string;
  parsed: ParsedDeadline;
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

function accept(phrase: string, planYear: number | null): ParsedDeadline | null {
  const parsed = parseDeadline(phrase, { planYear });
  return parsed.kind === 'not-a-deadline' || (parsed.kind === 'unknown' && !/phu luc/.test(fold(phrase)))
    ? null
    : parsed;
}

/** A "Thời gian…: X" label opening the text: the time field of an activity. */
export function labelledTime(text: string): boolean {
  return /^(du kien\s+)?(thoi gian|thoi han)\b[^:]{0,30}:/.test(fold(text));
}

export function findDeadline(
  text: string,
  planYear: number | null,
  skip: string | null,
): FoundDeadline | null {
  const label = LABEL.exec(text);
  if (label) {
    const from = label.index + label[0].length - (label[1] as string).length;
    const valueAt = label.index + label[0].length;
    const value = (text.slice(valueAt).split(/\n|(?<=\.)\s+(?=\p{Lu})/u)[0] as string).replace(
      /[.;,\s]+$/,
      '',
    );
    const phrase = /^dự kiến/iu.test(label[1] as string) ? text.slice(from, valueAt + value.length) : value;
    const parsed = value ? accept(phrase, planYear) : null;
    if (parsed) return { phrase, parsed, start: from, end: valueAt + value.length };
  }
  for (const m of text.matchAll(/\(([^()]{3,90})\)/g)) {
    const phrase = (m[1] as string).trim();
    if (!HINT.test(fold(phrase))) continue;
    const parsed = accept(phrase, planYear);
    if (parsed)
      return {
        phrase: /phu luc/.test(fold(phrase)) ? m[0] : phrase,
        parsed,
        start: m.index,
        end: m.index + m[0].length,
      };
  }
  for (const m of text.matchAll(
    /(?:\*\*)?(?:trước|chậm nhất)\s+ngày\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?:\*\*)?/giu,
  )) {
    if (skip && m[0].includes(skip.replace(/\*/g, ''))) continue;
    const parsed = accept(m[0], planYear);
    if (parsed) return { phrase: m[0], parsed, start: m.index, end: m.index + m[0].length };
  }
  const done = /(?<![\p{L}])hoàn thành\s+(?:trong|trước|chậm nhất|vào)\s+[^.;,()]{3,40}/iu.exec(text);
  const plain = done ? accept(done[0].trim(), planYear) : null;
  if (done && plain)
    return { phrase: done[0].trim(), parsed: plain, start: done.index, end: done.index + done[0].length };
  // "Thường xuyên rà quét …", "… giao báo chí định kỳ.": the task's own rhythm, opening or closing it
  const rhythm =
    /^(thường xuyên|định kỳ|hằng năm|hàng năm)(?![\p{L}])|(?<![\p{L}])(định kỳ|thường xuyên|hằng năm|hàng năm)[.;]?$/iu.exec(
      text.trim(),
    );
  if (rhythm) {
    const phrase = (rhythm[1] ?? rhythm[2]) as string;
    const start = text.indexOf(phrase);
    return { phrase, parsed: parseDeadline(phrase, { planYear }), start, end: start + phrase.length };
  }
  const adverb =
    /(?<![\p{L}])(định kỳ|hằng năm|hàng năm|cuối năm|hằng quý|hàng quý|hằng tháng|hàng tháng)\s+(?=(tham mưu|báo cáo|tổ chức|kiểm tra|sơ kết|tổng kết)(?![\p{L}]))/iu.exec(
      text,
    );
  if (adverb) {
    const phrase = adverb[1] as string;
    const parsed = parseDeadline(phrase, { planYear });
    return { phrase, parsed, start: adverb.index, end: adverb.index + phrase.length };
  }
  return null;
}
