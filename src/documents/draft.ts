/**
 * importPlanText: a pasted or extracted text → a draft plan in the plan format, every extracted item with the
 * span it came from and a confidence, and warnings in Vietnamese and English. Never throws: a document that
 * yields no tasks still gives a draft with its header fields.
 */
import { BodySchema } from '../domain/body';
import { LABELS } from '../domain/labels';
import { PlanSchema, type Plan } from '../domain/plan';
import { readBasis } from './basis-read';
import { BodyRegistry, slug } from './body-match';
import { readClosing, readValidity, signerBody } from './closing';
import type { Directory } from './directory';
import { findBodyStart } from './header';
import { readHeader, type Header } from './header-read';
import { lineSpan, type ExtractedItem, type ImportWarning, type Sink } from './items';
import { readingOrder } from './ocr';
import { buildOutline, type OutlineNode } from './outline';
import { TaskReader } from './task';
import { taskInputs } from './task-input';
import { forgetFolds, readSource, type SourceLine } from './text';
import { WORDS } from './words';

export interface ImportOptions {
  /** Bodies and groups names are matched against (e.g. `directoryFromPlans` of known plans); none by default. */
  directory?: Directory;
  /** The file the text came from, kept in the plan's `source`. */
  file?: string | null;
}

export interface ImportResult {
  plan: Plan;
  items: ExtractedItem[];
  warnings: ImportWarning[];
  /** The normalised text every span refers to. */
  text: string;
}

const PLACEHOLDER_ISSUER = { id: 'co-quan-ban-hanh', name: 'Cơ quan ban hành (cần xác định)' };

export function importPlanText(input: string, options: ImportOptions = {}): ImportResult {
  forgetFolds();
  const source = readSource(input);
  const c: Sink = {
    lines: source.lines,
    items: [],
    warnings: [],
    spanOf: (line) => lineSpan(source.lines, line),
  };
  const reg = new BodyRegistry(options.directory ?? { bodies: [], groups: [] }, (w) => c.warnings.push(w));
  let plan: Plan;
  try {
    plan = readPlan(c, reg, options, source.lines);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    c.warnings.push({ code: 'internal-error', message: WORDS.internalError(detail), span: null });
    plan = PlanSchema.parse({
      id: 'ban-nhap',
      kind: 'ke-hoach',
      format: 'party',
      title: LABELS.vi.planKinds['ke-hoach'],
      issuerIds: [PLACEHOLDER_ISSUER.id],
      bodies: [PLACEHOLDER_ISSUER],
      warnings: c.warnings.map((w) => ({ code: w.code, message: w.message.vi })),
    });
  }
  return { plan, items: c.items, warnings: c.warnings, text: source.text };
}

/** Outline nodes are built on the reading-order list: point their lines back to source line indexes. */
function remapLines(node: OutlineNode, ordered: readonly SourceLine[]): void {
  node.lines = node.lines.map((i) => ((ordered[i] as SourceLine | undefined)?.number ?? 1) - 1);
  for (const child of node.children) remapLines(child, ordered);
}

function planYearOf(h: Header): number | null {
  if (h.placeDate) return Number(h.placeDate.date.slice(0, 4));
  return Number(/năm (20\d\d)\b/u.exec(h.title.text)?.[1] ?? '') || null;
}

function recordHeader(c: Sink, h: Header, issuerIds: string[]): void {
  const { kindLine, number, placeDate, title } = h;
  if (kindLine)
    c.items.push({ field: 'kind', value: kindLine.kind, span: c.spanOf(kindLine.line), confidence: 0.95 });
  if (number)
    c.items.push({ field: 'number', value: number.raw, span: c.spanOf(number.line), confidence: 0.95 });
  if (placeDate) {
    const span = lineSpan(c.lines, placeDate.lines[0], placeDate.lines[1]);
    c.items.push({
      field: 'place-date',
      value: `${placeDate.place}, ${placeDate.date}`,
      span,
      confidence: 0.95,
    });
  }
  if (title.lines.length) {
    const span = lineSpan(c.lines, Math.min(...title.lines), Math.max(...title.lines));
    c.items.push({ field: 'title', value: title.text, span, confidence: 0.8 });
  }
  if (h.issuerLines.length) {
    const span = lineSpan(c.lines, Math.min(...h.issuerLines), Math.max(...h.issuerLines));
    for (const id of issuerIds) c.items.push({ field: 'issuer', value: id, span, confidence: 0.8 });
  }
}

function readPlan(c: Sink, reg: BodyRegistry, options: ImportOptions, lines: SourceLine[]): Plan {
  const { lines: ordered, blocks } = readingOrder(lines);
  for (const b of blocks)
    c.warnings.push({
      code: 'ocr-block',
      message: WORDS.ocrBlock(b.count, b.reversed),
      span: lineSpan(lines, b.first, b.last),
    });
  const bodyStart = findBodyStart(lines);
  const h = readHeader(c, reg, lines, bodyStart);
  const issuerIds = h.issuers.map((e) => reg.use(e.id));
  const closing = readClosing(c, reg, lines, bodyStart);
  const planYear = planYearOf(h);

  const body = ordered.filter((l) => l.number - 1 >= bodyStart && l.number - 1 < closing.start);
  const outline = buildOutline(body, 0, body.length);
  remapLines(outline, body);
  const reader = new TaskReader(reg, lines, planYear);
  const sections = outline.children.filter((n) => n.kind === 'section');
  for (const s of sections) reader.readSection(s);
  const bodyLines = Array.from({ length: Math.max(0, closing.start - bodyStart) }, (_, i) => bodyStart + i);
  const basis = readBasis(c, h.title.text, h.introLines, bodyLines);
  const { tasks, focal } = taskInputs(reader.tasks, reg, c, basis, h.title.text);
  if (!tasks.length) c.warnings.push({ code: 'no-tasks', message: WORDS.noTasks, span: null });

  const signers = closing.signers.map((s) => ({
    capacity: s.capacity,
    title: s.title,
    name: s.name,
    bodyId: signerBody(reg, s.capacity, issuerIds),
  }));
  const { bodies, groups } = reg.collect();
  if (!issuerIds.length) {
    issuerIds.push(PLACEHOLDER_ISSUER.id);
    bodies.push({ ...PLACEHOLDER_ISSUER, ...BodySchema.parse(PLACEHOLDER_ISSUER) });
  }
  recordHeader(c, h, issuerIds);
  const kind = h.kindLine?.kind ?? 'ke-hoach';
  const title = h.title.text || LABELS.vi.planKinds[kind];
  const n = h.number;
  return PlanSchema.parse({
    id: slug(n ? `${n.number}-${n.type}-${n.issuer}` : title.split(' ').slice(0, 8).join(' ')),
    kind,
    format: h.format ?? n?.format ?? 'party',
    number: n ? { raw: n.raw, number: n.number, type: n.type, issuer: n.issuer } : null,
    title,
    issuerIds,
    place: h.placeDate?.place ?? null,
    date: h.placeDate?.date ?? null,
    signers,
    validity: readValidity(lines, planYear),
    basis,
    focalBodyId: focal,
    recipients: closing.recipients,
    sections: sections.map((s) => ({ code: s.code, title: s.text })),
    bodies,
    groups,
    tasks,
    warnings: c.warnings.map((w) => ({ code: w.code, message: w.message.vi, refs: [] })),
    source: { file: options.file ?? null, note: null },
  });
}
