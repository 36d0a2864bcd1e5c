/**
 * OCR text without diacritics, sometimes with its lines in reversed order (a paragraph whose list marker ends
 * up on its last line). Such paragraphs are read back in order; the lines keep their source offsets.
 */
import type { SourceLine } from './text';

export interface OcrBlock {
  first: number;
  last: number;
  count: number;
  reversed: boolean;
}

const MARKER = /^(\d{1,2}\.|[-+•])\s/;

/** The lines in reading order, and the OCR blocks found. */
export function readingOrder(lines: readonly SourceLine[]): { lines: SourceLine[]; blocks: OcrBlock[] } {
  const out: SourceLine[] = [];
  const blocks: OcrBlock[] = [];
  let block: OcrBlock | null = null;
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as SourceLine;
    if (!l.ocr) {
      if (l.clean !== '' || !block) block = null;
      out.push(l);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j] as SourceLine).ocr) j++;
    const para = lines.slice(i, j);
    const reversed =
      para.length > 1 &&
      MARKER.test((para[para.length - 1] as SourceLine).clean) &&
      !MARKER.test((para[0] as SourceLine).clean);
    out.push(...(reversed ? [...para].reverse() : para));
    if (!block) {
      block = { first: i, last: j - 1, count: 0, reversed: false };
      blocks.push(block);
    }
    block.last = j - 1;
    block.count += para.length;
    block.reversed ||= reversed;
    i = j;
  }
  return { lines: out, blocks: blocks.filter((b) => b.count >= 3) };
}
