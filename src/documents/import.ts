/**
 * The importer's entry points for a screen, a worker and the command line: text or .docx bytes in, a draft
 * plan (or a refusal with its reason) out. .docx is read with mammoth's raw text extraction, in Node and in
 * the browser; mammoth is large and loads on the first .docx only (a pasted text does without it).
 */
import type mammoth from 'mammoth';
import { importPlanText, type ImportOptions, type ImportResult } from './draft';
import { refusal, screenDraft, screenText, type Refusal } from './screen';

export type ImportOutcome = ({ ok: true } & ImportResult) | { ok: false; refusal: Refusal };

/** A text (pasted or read from a .txt file) → a draft plan, or the reason it cannot be one. */
export function importDocument(text: string, options: ImportOptions = {}): ImportOutcome {
  const refused = screenText(text);
  if (refused) return { ok: false, refusal: refused };
  const result = importPlanText(text, options);
  const notPlan = screenDraft(result);
  return notPlan ? { ok: false, refusal: notPlan } : { ok: true, ...result };
}

/** The raw text of a .docx file (paragraphs separated by blank lines), or null when it cannot be opened. */
export async function docxText(bytes: Uint8Array): Promise<string | null> {
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: both are given
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  const { default: reader } = await import('mammoth');
  try {
    return (await reader.extractRawText(input)).value;
  } catch {
    return null;
  }
}

/** A .docx file's bytes → a draft plan, or the reason it cannot be one. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  const text = await docxText(bytes);
  if (text === null) return { ok: false, refusal: refusal('corrupt-docx') };
  return importDocument(text, options);
}
