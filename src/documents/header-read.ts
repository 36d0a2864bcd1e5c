/**
 * Reads the header of a document into the draft's header fields: the incoming stamp and notes above the header
 * (recognised, warned, skipped), number, kind, format, place and date, title, the opening lines, the issuers.
 */
import type { BodyRegistry } from './body-match';
import type { DirectoryEntry } from './directory';
import {
  findFormat,
  findKind,
  findPlaceDate,
  findTitle,
  type KindLine,
  type PlaceDate,
  type TitleLines,
} from './header';
import { findIssuers } from './issuers';
import { lineSpan, type Sink } from './items';
import { findIncomingStamp, findNumber, type FoundNumber } from './number';
import type { SourceLine } from './text';
import { WORDS } from './words';

export interface Header {
  number: FoundNumber | null;
  kindLine: KindLine | null;
  format: 'party' | 'state' | null;
  placeDate: PlaceDate | null;
  title: TitleLines;
  /** Lines between the title and section I: basis and the opening sentence. */
  introLines: number[];
  issuers: DirectoryEntry[];
  issuerLines: number[];
}

function capsToCase(names: string[]): (line: string) => string {
  return (line) => {
    if (line !== line.toUpperCase()) return line;
    let out = line.toLowerCase();
    for (const n of names) {
      const at = out.indexOf(n.toLowerCase());
      if (at !== -1) out = out.slice(0, at) + n + out.slice(at + n.length);
    }
    return out;
  };
}
const HEADER_LINE = /^(ĐẢNG CỘNG SẢN|CỘNG HÒA|[\p{Lu}Đ ]*(ỦY|BAN|SỞ|UBND)\b)/u;

function isCaps(clean: string): boolean {
  return clean !== '' && clean === clean.toUpperCase() && /\p{Lu}{2}/u.test(clean);
}

/** Lines above the header's first element are notes written on the received copy. */
function warnNotes(c: Sink, lines: readonly SourceLine[], first: number): void {
  const notes = lines.slice(0, first).filter((l) => l.clean);
  if (!notes.length) return;
  c.warnings.push({
    code: 'notes-above-header',
    message: WORDS.notesAbove(notes.map((l) => l.clean).join(' / ')),
    span: lineSpan(
      lines,
      (notes[0] as SourceLine).number - 1,
      (notes[notes.length - 1] as SourceLine).number - 1,
    ),
  });
}

function readStamp(c: Sink, lines: readonly SourceLine[], bodyStart: number): Set<number> {
  const stamp = findIncomingStamp(lines, bodyStart);
  if (!stamp) return new Set();
  const { tableLines } = stamp;
  c.warnings.push({
    code: 'incoming-stamp-not-plan-number',
    message: WORDS.incomingStamp(stamp.number),
    span: lineSpan(lines, Math.min(...stamp.lines), Math.max(...stamp.lines)),
  });
  if (tableLines.length)
    c.warnings.push({
      code: 'routing-table',
      message: WORDS.routingTable,
      span: lineSpan(lines, tableLines[0] as number, tableLines[tableLines.length - 1] as number),
    });
  // "Chuyển:" opens a line whose rest continues the title
  const own = stamp.lines.filter((i) => !/^chuyen\s*:/.test((lines[i] as SourceLine).folded));
  return new Set([...own, ...tableLines]);
}

export function readHeader(
  c: Sink,
  reg: BodyRegistry,
  lines: readonly SourceLine[],
  bodyStart: number,
): Header {
  const skip = readStamp(c, lines, bodyStart);
  const number = findNumber(lines, bodyStart);
  const kindLine = findKind(lines, bodyStart);
  const placeDate = findPlaceDate(lines, bodyStart);
  const names = reg.matcher.directory.bodies.map((b) => b.name).sort((a, b) => b.length - a.length);
  const title = kindLine
    ? findTitle(lines, kindLine, bodyStart, skip, capsToCase(names))
    : { text: '', lines: [] as number[] };
  if (!kindLine) c.warnings.push({ code: 'no-kind', message: WORDS.noKind, span: null });
  const titleEnd = Math.max(kindLine?.line ?? -1, ...title.lines);
  const introLines: number[] = [];
  for (let i = titleEnd + 1; i < bodyStart; i++) if (!skip.has(i) && lines[i]?.clean) introLines.push(i);

  const marks = lines
    .slice(0, bodyStart)
    .flatMap((l, i) => (HEADER_LINE.test(l.clean) && isCaps(l.clean) && l.clean.includes(' ') ? [i] : []));
  const found = [number?.line, kindLine?.line, placeDate?.lines[0], ...marks].filter(
    (x): x is number => x !== undefined,
  );
  const first = found.length ? Math.min(...found) : 0;
  warnNotes(c, lines, first);
  const blockLines: number[] = [];
  for (let i = first; i < (kindLine?.line ?? bodyStart); i++) {
    const clean = (lines[i] as SourceLine).clean;
    if (isCaps(clean) && !/ĐẢNG CỘNG SẢN|CỘNG HÒA|ĐỘC LẬP|^SỐ\b/u.test(clean) && !skip.has(i))
      blockLines.push(i);
  }
  const issuers = findIssuers(reg, lines, title.text, introLines, blockLines, c.spanOf);
  if (!issuers.entries.length) c.warnings.push({ code: 'no-issuer', message: WORDS.noIssuer, span: null });
  if (issuers.entries.length > 1)
    c.warnings.push({
      code: 'two-issuers',
      message: WORDS.twoIssuers,
      span: issuers.lines[0] === undefined ? null : c.spanOf(issuers.lines[0]),
    });
  const format = findFormat(lines, bodyStart);
  if (!format) c.warnings.push({ code: 'format-inferred', message: WORDS.noFormat, span: null });
  if (!title.text) c.warnings.push({ code: 'no-title', message: WORDS.noTitle, span: null });
  return {
    number,
    kindLine,
    format,
    placeDate,
    title,
    introLines,
    issuers: issuers.entries,
    issuerLines: issuers.lines,
  };
}
