/**
 * Số và ký hiệu: Party form "Số 66-CTr/TU" (number-TYPE/ISSUER), State form "Số: 115/KH-UBND"
 * (number/TYPE-ISSUER). A "Số: 48343" with "Ngày: …" and "Chuyển: …" beside it is the receiving office's
 * incoming stamp, never the plan's number.
 */
import type { SourceLine } from './text';

export interface FoundNumber {
  raw: string;
  number: string;
  type: string;
  issuer: string;
  format: 'party' | 'state';
  line: number;
}

const CODE = '[\\p{Lu}Đđ][\\p{L}&.]*';
const PARTY = new RegExp(`^S[ốo]\\s*:?\\s*(\\d+)\\s*-\\s*(${CODE})\\s*/\\s*(${CODE}(?:-${CODE})?)`, 'u');
const STATE = new RegExp(
  `^S[ốo]\\s*:?\\s*(\\d+)\\s*/\\s*(?:\\d{4}/)?(${CODE})\\s*-\\s*(${CODE}(?:-${CODE})?)`,
  'u',
);
const BARE = /^s[oố]\s*:\s*(\d+)\s*$/iu;

export function findNumber(lines: readonly SourceLine[], upTo: number): FoundNumber | null {
  for (let i = 0; i < upTo; i++) {
    const line = lines[i] as SourceLine;
    for (const [re, format] of [
      [PARTY, 'party'],
      [STATE, 'state'],
    ] as const) {
      const m = re.exec(line.clean);
      if (m) {
        const raw = m[0].trim();
        return { raw, number: m[1] as string, type: m[2] as string, issuer: m[3] as string, format, line: i };
      }
    }
  }
  return null;
}

export interface IncomingStamp {
  number: string;
  /** Line indexes of the stamp ("Số:", "Ngày:", "Chuyển:") and of its routing table. */
  lines: number[];
  tableLines: number[];
}

/** "Số: 48343 / Ngày: 28/12/2023 / Chuyển:" and the ĐƠN VỊ / CHỦ TRÌ / THAM GIA table after it. */
export function findIncomingStamp(lines: readonly SourceLine[], upTo: number): IncomingStamp | null {
  for (let i = 0; i < upTo; i++) {
    const m = BARE.exec((lines[i] as SourceLine).clean);
    if (!m) continue;
    const near: number[] = [i];
    for (let j = i + 1; j < Math.min(upTo, i + 6); j++) {
      if (/^(ngay|chuyen)\s*:/.test((lines[j] as SourceLine).folded)) near.push(j);
    }
    if (near.length < 2) continue;
    const tableLines: number[] = [];
    for (let j = i; j < upTo; j++) {
      const l = lines[j] as SourceLine;
      if (l.raw.startsWith('|')) tableLines.push(j);
    }
    return { number: m[1] as string, lines: near, tableLines };
  }
  return null;
}
