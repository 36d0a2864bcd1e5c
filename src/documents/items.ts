/** What the importer found, where it found it, and how sure it is. */
import type { Localized } from '../domain/localized';

/** A stretch of the normalised source text. */
export interface Span {
  start: number;
  end: number;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
}

export type ItemField =
  | 'kind'
  | 'format'
  | 'number'
  | 'title'
  | 'issuer'
  | 'place-date'
  | 'basis'
  | 'section'
  | 'task'
  | 'lead'
  | 'participant'
  | 'deadline'
  | 'recipient'
  | 'signer'
  | 'body'
  | 'validity';

export interface ExtractedItem {
  field: ItemField;
  /** The value as the draft holds it (a task id, a body id, a date…). */
  value: string;
  /** Task id the item belongs to, if any. */
  taskId?: string;
  span: Span;
  /** 0…1: how sure the importer is of this reading. */
  confidence: number;
}

export interface ImportWarning {
  code: string;
  message: Localized;
  span: Span | null;
}

/** The span of whole lines `first`…`last` (inclusive, 0-based indexes into the line list). */
export function lineSpan(
  lines: readonly { number: number; start: number; end: number }[],
  first: number,
  last = first,
): Span {
  const a = lines[first];
  const b = lines[last] ?? a;
  if (!a || !b) return { start: 0, end: 0, startLine: 1, endLine: 1 };
  return { start: a.start, end: b.end, startLine: a.number, endLine: b.number };
}

/** Where readers put what they find. */
export interface Sink {
  lines: readonly {
    number: number;
    start: number;
    end: number;
    clean: string;
    folded: string;
    ocr: boolean;
  }[];
  items: ExtractedItem[];
  warnings: ImportWarning[];
  spanOf: (line: number) => Span;
}
