/**
 * Who issues the document: "X và Y thống nhất" (a bilateral programme), the title's "của X", the opening
 * sentence's "X ban hành / xây dựng / hướng dẫn", or the issuer block at the top left ("THÀNH ỦY HẢI PHÒNG /
 * BAN TUYÊN GIÁO").
 */
import { looksLikeBody, type BodyRegistry } from './body-match';
import type { DirectoryEntry } from './directory';
import type { Span } from './items';
import { fold, type SourceLine } from './text';

export interface FoundIssuers {
  entries: DirectoryEntry[];
  lines: number[];
}

function lastBefore(reg: BodyRegistry, text: string, verb: RegExp): DirectoryEntry | null {
  const f = fold(text);
  const m = verb.exec(f);
  if (!m) return null;
  const mentions = reg.find(text.slice(0, m.index));
  return mentions[mentions.length - 1]?.entry ?? null;
}

export function findIssuers(
  reg: BodyRegistry,
  lines: readonly SourceLine[],
  title: string,
  introLines: number[],
  blockLines: number[],
  spanOf: (line: number) => Span,
): FoundIssuers {
  for (const i of introLines) {
    const l = lines[i] as SourceLine;
    const m = /^(.{3,200}?)\s+(và|cùng)\s+(.{3,200}?)\s+thống nhất/iu.exec(l.clean);
    if (m) {
      const a = reg.resolve((m[1] as string).replace(/^.*,\s*/, ''), spanOf(i), true);
      const b = reg.resolve(m[3] as string, spanOf(i), true);
      if (a && b && a.id !== b.id) return { entries: [a, b], lines: [i] };
    }
  }
  const of = /^\S+(?:\s\S+){0,3}?\s+của\s+(.{3,120}?)(?=\s+(?:thực hiện|về|triển khai|năm \d)|$)/iu.exec(
    title,
  );
  if (of) {
    const e = reg.resolve(of[1] as string, null, true);
    if (e) return { entries: [e], lines: [] };
  }
  const OPENING_VERB =
    /\s(ban hanh|xay dung (ke hoach|chuong trinh)|huong dan (cong tac|thuc hien|tuyen truyen)|thong nhat)\b/;
  for (const i of introLines) {
    const e = lastBefore(reg, (lines[i] as SourceLine).clean, OPENING_VERB);
    if (e) return { entries: [e], lines: [i] };
  }
  const block = blockLines.map((i) => (lines[i] as SourceLine).clean);
  const blockSpan = blockLines[0] === undefined ? null : spanOf(blockLines[0]);
  const last = block[block.length - 1] ?? '';
  // "THÀNH ỦY HẢI PHÒNG / BAN TUYÊN GIÁO": a board under its committee; "ỦY BAN NHÂN DÂN / QUẬN LÊ CHÂN": one name
  const joined = block.length > 1 ? (looksLikeBody(last) ? `${last} ${block[0]}` : block.join(' ')) : last;
  for (const t of [joined, last, block[0] ?? '']) {
    const e = t ? reg.resolve(t, blockSpan, false) : null;
    if (e) return { entries: [e], lines: blockLines };
  }
  for (const i of introLines) {
    const clean = (lines[i] as SourceLine).clean;
    const m = OPENING_VERB.exec(fold(clean));
    const subject = m
      ? (clean
          .slice(0, m.index)
          .split(/[,;]\s*/)
          .pop() ?? '')
      : '';
    const e = subject.length < 100 && looksLikeBody(subject) ? reg.resolve(subject, spanOf(i), true) : null;
    if (e) return { entries: [e], lines: [i] };
  }
  if (joined) {
    const e = reg.resolve(sentenceCase(joined), blockSpan, true);
    if (e) return { entries: [e], lines: blockLines };
  }
  return { entries: [], lines: [] };
}

/** "ỦY BAN NHÂN DÂN QUẬN LÊ CHÂN" → "Ủy ban nhân dân quận lê chân": a new body's name, to be reviewed. */
function sentenceCase(caps: string): string {
  const lower = caps.toLowerCase();
  return caps === caps.toUpperCase() ? `${lower.charAt(0).toUpperCase()}${lower.slice(1)}` : caps;
}
