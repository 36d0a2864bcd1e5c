/**
 * References to other documents ("Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị (khóa XIII)"): a Party
 * number restarts each term, so a reference keeps its number, type, issuer, date, issuing body and term.
 */
import { toIso, isValidDate } from '../domain/date';
import type { DocumentRef } from '../domain/plan';

const DOC_WORDS =
  'Nghị quyết|Kết luận|Chỉ thị|Quyết định|Hướng dẫn|Kế hoạch|Chương trình hành động|Chương trình|Thông báo|Đề án|Báo cáo|Công văn|Quy định|Thông tư|Nghị định|Luật';
const CODE = '[\\p{Lu}Đ][\\p{L}Đđ&]*';
const REF = new RegExp(
  `(?<![\\p{L}])(${DOC_WORDS})\\s+(?:số\\s*)?(\\d+)\\s*(?:-\\s*(${CODE})\\s*/\\s*(${CODE})|/\\s*(?:\\d{4}/)?(${CODE})\\s*-\\s*(${CODE}))`,
  'giu',
);
const DATE_NUM = /^[\s,]*(?:ngày\s*)?(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})/iu;
const DATE_WORDS = /^[\s,]*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu;
const BY =
  /^[\s,]*của\s+(.+?)(?=\s+(?:về|thông báo|ban hành|tiếp tục|khóa|khoá|nhằm|đến năm)\s|\s*[(,;:.]|\s*$)/iu;
const TERM = /^[^;]{0,80}?\(?\s*kh[oó]a\s+([IVXL]+)\s*\)?/iu;

export interface FoundRef {
  ref: DocumentRef;
  start: number;
  end: number;
}

/** Every document reference in `text`, in order, with its offsets. */
export function findRefs(text: string): FoundRef[] {
  const found: FoundRef[] = [];
  const matches = [...text.matchAll(REF)];
  matches.forEach((m, i) => {
    const start = m.index;
    let end = start + m[0].length;
    const nextStart = matches[i + 1]?.index ?? text.length;
    let rest = text.slice(end, nextStart);
    const number = m[2] as string;
    const type = (m[3] ?? m[5]) as string;
    const issuer = (m[4] ?? m[6]) as string;
    let date: string | null = null;
    const d = DATE_NUM.exec(rest) ?? DATE_WORDS.exec(rest);
    if (d) {
      const [dd, mm, yy] = [Number(d[1]), Number(d[2]), Number(d[3])];
      if (isValidDate(yy, mm, dd)) date = toIso(yy, mm, dd);
      end += d[0].length;
      rest = rest.slice(d[0].length);
    }
    let issuedBy: string | null = null;
    const by = BY.exec(rest);
    if (by) {
      issuedBy = (by[1] as string).trim();
      end += by[0].length;
      rest = rest.slice(by[0].length);
    }
    const t = TERM.exec(rest);
    const term = t ? (t[1] as string).toUpperCase() : null;
    const clauseEnd = text.slice(end).search(/[;\n]|\.(\s|$)/);
    const rawEnd = clauseEnd === -1 ? text.length : end + clauseEnd;
    found.push({
      ref: { raw: text.slice(start, rawEnd).trim(), number, type, issuer, date, issuedBy, term },
      start,
      end: rawEnd,
    });
  });
  return found;
}

export function refKey(r: DocumentRef): string {
  return `${r.number}-${r.type}/${r.issuer}`.toUpperCase();
}

/** The same document cited with another date or term: a conflict to flag, never to fix. */
export function conflicts(a: DocumentRef, b: DocumentRef): boolean {
  if (refKey(a) !== refKey(b)) return false;
  return (!!a.date && !!b.date && a.date !== b.date) || (!!a.term && !!b.term && a.term !== b.term);
}

/** Same document, same details (missing details on either side do not differ). */
export function sameRef(a: DocumentRef, b: DocumentRef): boolean {
  return refKey(a) === refKey(b) && !conflicts(a, b);
}
