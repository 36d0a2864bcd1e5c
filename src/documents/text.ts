/**
 * The source text as the importer reads it: normalised once (NFC, LF line ends, no BOM), split into lines that
 * keep their offsets, each with a cleaned copy (markdown emphasis removed) and a folded copy for matching.
 */
import { foldVietnamese } from '../domain/fold';

export interface SourceLine {
  /** 1-based line number in the normalised text. */
  number: number;
  /** Offset of the line's first character in the normalised text. */
  start: number;
  /** Offset just past the line's last character. */
  end: number;
  /** The line as written, without surrounding whitespace. */
  raw: string;
  /** Without markdown emphasis, whitespace collapsed. */
  clean: string;
  /** Lower case, without diacritics (đ → d): what patterns match against. */
  folded: string;
  /** Written without a single Vietnamese diacritic though it has several words (OCR). */
  ocr: boolean;
}

export interface SourceText {
  text: string;
  lines: SourceLine[];
}

/** The one normal form every offset refers to. */
export function normaliseSource(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ');
}

const folds = new Map<string, string>();

/** Forgets remembered folds (each import starts afresh, so timings and memory stay honest). */
export function forgetFolds(): void {
  folds.clear();
}

/** Lower case, without diacritics, đ → d, markdown emphasis removed and whitespace collapsed (remembered). */
export function fold(s: string): string {
  let f = folds.get(s);
  if (f === undefined) {
    f = foldVietnamese(s);
    if (folds.size > 20_000) folds.clear();
    folds.set(s, f);
  }
  return f;
}

/** Without markdown emphasis (`**`, `*`, `_`), whitespace collapsed. */
export function cleanText(s: string): string {
  return s
    .replace(/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

function isOcrLine(clean: string): boolean {
  const words = clean.split(' ').filter((w) => /^\p{L}+$/u.test(w));
  return words.length >= 6 && !VIETNAMESE_MARKED.test(clean);
}

export function readSource(input: string): SourceText {
  const text = normaliseSource(input);
  const lines: SourceLine[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const lead = line.length - line.trimStart().length;
    const raw = line.trim();
    const clean = cleanText(raw);
    lines.push({
      number: i + 1,
      start: start + lead,
      end: start + lead + raw.length,
      raw,
      clean,
      folded: fold(clean),
      ocr: isOcrLine(clean),
    });
    start += line.length + 1;
  });
  return { text, lines };
}

function words(s: string): Set<string> {
  return new Set(
    fold(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );
}

/** Dice similarity of two texts' folded word sets, 0…1. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}
