/**
 * importPlanText: a pasted or extracted text → a draft plan in the plan format, every extracted item with the
 * span it came from and a confidence, and warnings in Vietnamese and English. Never throws.
 */
import { parseDeadline } from '../domain/deadline';
import { PLAN_KIND_LABELS, PlanSchema, type DocumentRef, type Plan, type PlanInput } from '../domain/plan';
import { conflicts, findRefs, sameRef } from './basis';
import { BodyRegistry, slug } from './body-match';
import type { Directory } from './directory';
import { findBodyStart, findFormat, findKind, findPlaceDate, findTitle, isBasisStart } from './header';
import { findIssuers } from './issuers';
import { lineSpan, type ExtractedItem, type ImportWarning, type Span } from './items';
import { findIncomingStamp, findNumber } from './number';
import { readingOrder } from './ocr';
import { buildOutline } from './outline';
import { findRecipientsStart, readRecipients } from './recipients';
import { readSigners } from './signers';
import { taskInputs } from './task-input';
import { TaskReader } from './task';
import { forgetFolds, readSource, fold, type SourceLine } from './text';
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

interface Ctx {
  lines: SourceLine[];
  items: ExtractedItem[];
  warnings: ImportWarning[];
  spanOf: (line: number) => Span;
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

function basisOf(c: Ctx, title: string, introLines: number[], bodyLines: number[]): DocumentRef[] {
  const refs: DocumentRef[] = [];
  const add = (r: DocumentRef, line: number | null) => {
    if (refs.some((x) => sameRef(x, r))) return;
    const clash = refs.find((x) => conflicts(x, r));
    if (clash) {
      const detail = (d: DocumentRef) => [d.date, d.term && `khóa ${d.term}`].filter(Boolean).join(', ');
      c.warnings.push({
        code: 'citation-conflict',
        message: WORDS.citationConflict(`${r.number}-${r.type}/${r.issuer}`, detail(clash), detail(r)),
        span: line === null ? null : c.spanOf(line),
      });
    }
    refs.push(r);
    if (line !== null) c.items.push({ field: 'basis', value: r.raw, span: c.spanOf(line), confidence: 0.9 });
  };
  for (const f of findRefs(title)) add(f.ref, null);
  for (const i of introLines) {
    const l = c.lines[i] as SourceLine;
    const found = findRefs(l.clean);
    for (const f of found) add(f.ref, i);
    const bare = /^[-+•]?\s*căn cứ\s+(.+?)[;.]?$/iu.exec(l.clean);
    if (!found.length && bare && isBasisStart(l.clean)) {
      add(
        {
          raw: bare[1] as string,
          number: null,
          type: null,
          issuer: null,
          date: null,
          issuedBy: null,
          term: null,
        },
        i,
      );
    }
  }
  for (const i of bodyLines) {
    for (const f of findRefs((c.lines[i] as SourceLine).clean)) {
      if (refs.some((x) => conflicts(x, f.ref)) && !refs.some((x) => sameRef(x, f.ref))) add(f.ref, i);
    }
  }
  return refs;
}

export function importPlanText(input: string, options: ImportOptions = {}): ImportResult {
  forgetFolds();
  const source = readSource(input);
  const items: ExtractedItem[] = [];
  const warnings: ImportWarning[] = [];
  const warn = (w: ImportWarning) => warnings.push(w);
  const reg = new BodyRegistry(options.directory ?? { bodies: [], groups: [] }, warn);
  const spanOf = (line: number) => lineSpan(source.lines, line);
  const c: Ctx = { lines: source.lines, items, warnings, spanOf };
  const fallback = { kind: 'ke-hoach' as const, title: PLAN_KIND_LABELS['ke-hoach'] };
  try {
    return { plan: readPlan(c, reg, options, source.lines), items, warnings, text: source.text };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    warn({ code: 'internal-error', message: WORDS.internalError(detail), span: null });
    const plan = PlanSchema.parse({
      id: 'ban-nhap',
      kind: fallback.kind,
      format: 'party',
      title: fallback.title,
      issuerIds: ['co-quan-ban-hanh'],
      bodies: [{ id: 'co-quan-ban-hanh', name: 'Cơ quan ban hành (cần xác định)' }],
      warnings: warnings.map((w) => ({ code: w.code, message: w.message.vi })),
    });
    return { plan, items, warnings, text: source.text };
  }
}

function readPlan(c: Ctx, reg: BodyRegistry, options: ImportOptions, original: SourceLine[]): Plan {
  const { lines: ordered, blocks } = readingOrder(original);
  for (const b of blocks)
    c.warnings.push({
      code: 'ocr-block',
      message: WORDS.ocrBlock(b.count, b.reversed),
      span: lineSpan(original, b.first, b.last),
    });
  const lines = original;
  const bodyStart = findBodyStart(lines);
  const recipientsAt = findRecipientsStart(lines);
  const signers = readSigners(lines, bodyStart);
  const bodyEnd = Math.min(
    recipientsAt === -1 ? lines.length : recipientsAt,
    signers[0]?.lines[0] ?? lines.length,
  );

  const stamp = findIncomingStamp(lines, bodyStart);
  const skip = new Set([...(stamp?.lines ?? []), ...(stamp?.tableLines ?? [])]);
  if (stamp) {
    c.warnings.push({
      code: 'incoming-stamp-not-plan-number',
      message: WORDS.incomingStamp(stamp.number),
      span: lineSpan(lines, Math.min(...stamp.lines), Math.max(...stamp.lines)),
    });
    if (stamp.tableLines.length)
      c.warnings.push({
        code: 'routing-table',
        message: WORDS.routingTable,
        span: lineSpan(
          lines,
          stamp.tableLines[0] as number,
          stamp.tableLines[stamp.tableLines.length - 1] as number,
        ),
      });
  }
  const number = findNumber(lines, bodyStart);
  const kindLine = findKind(lines, bodyStart);
  const motto = findFormat(lines, bodyStart);
  const placeDate = findPlaceDate(lines, bodyStart);
  const names = [...reg.matcher.directory.bodies.map((b) => b.name)].sort((a, b) => b.length - a.length);
  const title = kindLine
    ? findTitle(lines, kindLine, bodyStart, skip, capsToCase(names))
    : { text: '', lines: [] as number[] };
  if (!kindLine) c.warnings.push({ code: 'no-kind', message: WORDS.noKind, span: null });
  const titleEnd = Math.max(kindLine?.line ?? -1, ...title.lines);
  const introLines: number[] = [];
  for (let i = titleEnd + 1; i < bodyStart; i++) if (!skip.has(i) && lines[i]?.clean) introLines.push(i);

  // the header's first element; non-empty lines above it are notes written on the received copy
  const headerFirst = Math.min(
    ...[number?.line, kindLine?.line, placeDate?.lines[0]].filter((x): x is number => x !== undefined),
    ...lines
      .slice(0, bodyStart)
      .flatMap((l, i) =>
        /^(ĐẢNG CỘNG SẢN|CỘNG HÒA|[\p{Lu}Đ ]*(ỦY|BAN|SỞ|UBND)\b)/u.test(l.clean) &&
        l.clean === l.clean.toUpperCase() &&
        l.clean.split(' ').length >= 2
          ? [i]
          : [],
      ),
  );
  const notes = lines.slice(0, Number.isFinite(headerFirst) ? headerFirst : 0).filter((l) => l.clean);
  if (notes.length)
    c.warnings.push({
      code: 'notes-above-header',
      message: WORDS.notesAbove(notes.map((l) => l.clean).join(' / ')),
      span: lineSpan(
        lines,
        (notes[0] as SourceLine).number - 1,
        (notes[notes.length - 1] as SourceLine).number - 1,
      ),
    });
  const blockLines: number[] = [];
  for (let i = Number.isFinite(headerFirst) ? headerFirst : 0; i < (kindLine?.line ?? bodyStart); i++) {
    const l = lines[i] as SourceLine;
    if (
      l.clean &&
      l.clean === l.clean.toUpperCase() &&
      /\p{Lu}{2}/u.test(l.clean) &&
      !/ĐẢNG CỘNG SẢN|CỘNG HÒA|ĐỘC LẬP/u.test(l.clean) &&
      !/^SỐ\b/u.test(l.clean) &&
      !skip.has(i)
    )
      blockLines.push(i);
  }

  const issuers = findIssuers(reg, lines, title.text, introLines, blockLines, c.spanOf);
  let issuerIds = issuers.entries.map((e) => reg.use(e.id));
  if (!issuerIds.length) {
    c.warnings.push({ code: 'no-issuer', message: WORDS.noIssuer, span: null });
  } else if (issuerIds.length > 1)
    c.warnings.push({
      code: 'two-issuers',
      message: WORDS.twoIssuers,
      span: issuers.lines[0] === undefined ? null : c.spanOf(issuers.lines[0]),
    });

  const planYear = placeDate
    ? Number(placeDate.date.slice(0, 4))
    : Number(/năm (20\d\d)\b/u.exec(title.text)?.[1] ?? '') || null;

  // body: sections and tasks, read in reading order
  const orderIndex = new Map(ordered.map((l, i) => [l.number - 1, i]));
  const bodyOrdered = ordered.filter((l) => l.number - 1 >= bodyStart && l.number - 1 < bodyEnd);
  const outline = buildOutline(bodyOrdered, 0, bodyOrdered.length);
  remapLines(outline, bodyOrdered);
  const reader = new TaskReader(reg, lines, planYear);
  const sections = outline.children.filter((n) => n.kind === 'section');
  for (const s of sections) reader.readSection(s);
  void orderIndex;

  const refs = basisOf(c, title.text, introLines, range(bodyStart, bodyEnd));
  const { tasks, focal } = taskInputs(reader.tasks, reg, c, refs);
  if (!tasks.length) c.warnings.push({ code: 'no-tasks', message: WORDS.noTasks, span: null });

  const recipients =
    recipientsAt === -1
      ? []
      : readRecipients(
          lines,
          recipientsAt,
          signers.find((s) => (s.lines[0] as number) > recipientsAt)?.lines[0] ?? lines.length,
        );
  for (const r of recipients) {
    const e = reg.matcher.exact(r.recipient.name);
    if (e && !e.group) r.recipient.bodyId = reg.use(e.id);
    c.items.push({
      field: 'recipient',
      value: r.recipient.name,
      span: lineSpan(lines, r.lines[0] as number, r.lines[r.lines.length - 1] as number),
      confidence: 0.85,
    });
  }
  if (!signers.length) c.warnings.push({ code: 'no-signature', message: WORDS.noSignature, span: null });

  const validityAt = lines.findIndex((l) => /co hieu luc/.test(l.folded));
  const validityPhrase =
    validityAt === -1
      ? null
      : (/((?:có hiệu lực|có giá trị)[^.]*)/iu.exec((lines[validityAt] as SourceLine).clean)?.[1] ?? null);
  const validityDue = validityPhrase ? parseDeadline(validityPhrase, { planYear }).due : null;

  if (!issuerIds.length) {
    const id = 'co-quan-ban-hanh';
    issuerIds = [id];
  }
  const { bodies, groups } = reg.collect();
  if (issuerIds.includes('co-quan-ban-hanh') && !bodies.some((b) => b.id === 'co-quan-ban-hanh'))
    bodies.push({
      id: 'co-quan-ban-hanh',
      name: 'Cơ quan ban hành (cần xác định)',
      abbreviation: null,
      aliases: [],
      kind: 'other',
      level: 'other',
      parentId: null,
      validFrom: null,
      validTo: null,
      successorIds: [],
    });

  const signerInputs = signers.map((s) => ({
    capacity: s.capacity,
    title: s.title,
    name: s.name,
    bodyId: signerBody(reg, s.capacity, issuerIds),
  }));
  const kind = kindLine?.kind ?? 'ke-hoach';
  const planTitle = title.text || PLAN_KIND_LABELS[kind];
  if (!title.text) c.warnings.push({ code: 'no-title', message: WORDS.noTitle, span: null });
  const format = motto ?? number?.format ?? 'party';
  if (!motto) c.warnings.push({ code: 'format-inferred', message: WORDS.noFormat, span: null });
  recordHeaderItems(c, { kindLine, number, placeDate, title, signers, issuers: issuers.lines, issuerIds });

  const input: PlanInput = {
    id: slug(
      number
        ? `${number.number}-${number.type}-${number.issuer}`
        : planTitle.split(' ').slice(0, 8).join(' '),
    ),
    kind,
    format,
    number: number
      ? { raw: number.raw, number: number.number, type: number.type, issuer: number.issuer }
      : null,
    title: planTitle,
    issuerIds,
    place: placeDate?.place ?? null,
    date: placeDate?.date ?? null,
    signers: signerInputs,
    validity: { from: null, to: validityDue, phrase: validityPhrase },
    basis: refs,
    focalBodyId: focal,
    recipients: recipients.map((r) => r.recipient),
    sections: sections.map((s) => ({ code: s.code, title: s.text })),
    bodies,
    groups,
    tasks,
    warnings: c.warnings.map((w) => ({ code: w.code, message: w.message.vi, refs: [] })),
    source: { file: options.file ?? null, note: null },
  };
  void fold;
  void orderIndex;
  const checked = PlanSchema.safeParse(input);
  if (checked.success) return checked.data;
  throw new Error(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}

/** Outline nodes were built on the reading-order list: point their lines back to source line indexes. */
function remapLines(node: ReturnType<typeof buildOutline>, ordered: SourceLine[]): void {
  node.lines = node.lines.map((i) => ((ordered[i] as SourceLine | undefined)?.number ?? 1) - 1);
  for (const ch of node.children) remapLines(ch, ordered);
}

function signerBody(reg: BodyRegistry, capacity: string, issuerIds: string[]): string | null {
  const rest = fold(capacity.replace(/^\S+\s*/, ''));
  const dir = reg.matcher.directory.bodies;
  const candidates = dir.filter(
    (b) =>
      issuerIds.includes(b.id) ||
      (b.parentId && issuerIds.includes(b.parentId)) ||
      issuerIds.some((i) => dir.find((x) => x.id === i)?.parentId === b.id),
  );
  const hit = candidates.find((b) => rest && fold(b.name).startsWith(rest));
  return hit ? reg.use(hit.id) : (issuerIds[0] ?? null);
}

function recordHeaderItems(
  c: Ctx,
  h: {
    kindLine: ReturnType<typeof findKind>;
    number: ReturnType<typeof findNumber>;
    placeDate: ReturnType<typeof findPlaceDate>;
    title: { text: string; lines: number[] };
    signers: ReturnType<typeof readSigners>;
    issuers: number[];
    issuerIds: string[];
  },
): void {
  if (h.kindLine)
    c.items.push({
      field: 'kind',
      value: h.kindLine.kind,
      span: c.spanOf(h.kindLine.line),
      confidence: 0.95,
    });
  if (h.number)
    c.items.push({ field: 'number', value: h.number.raw, span: c.spanOf(h.number.line), confidence: 0.95 });
  if (h.placeDate)
    c.items.push({
      field: 'place-date',
      value: `${h.placeDate.place}, ${h.placeDate.date}`,
      span: lineSpan(c.lines, h.placeDate.lines[0], h.placeDate.lines[1]),
      confidence: 0.95,
    });
  if (h.title.lines.length)
    c.items.push({
      field: 'title',
      value: h.title.text,
      span: lineSpan(c.lines, Math.min(...h.title.lines), Math.max(...h.title.lines)),
      confidence: 0.8,
    });
  for (const s of h.signers)
    c.items.push({
      field: 'signer',
      value: s.name ?? s.capacity,
      span: lineSpan(c.lines, Math.min(...s.lines), Math.max(...s.lines)),
      confidence: s.name ? 0.9 : 0.5,
    });
  if (h.issuers.length)
    for (const id of h.issuerIds)
      c.items.push({
        field: 'issuer',
        value: id,
        span: lineSpan(c.lines, Math.min(...h.issuers), Math.max(...h.issuers)),
        confidence: 0.8,
      });
}
