/**
 * Tasks from the outline: an item becomes a task when someone is named to do it, in its own text or by the
 * heading it sits under. Activities described by fields ("Thành phần:", "Cơ quan thực hiện:", "Thời gian:")
 * are one task each; a "Phân công thực hiện" item holds the tasks of the item above it, whose "Thời gian" is
 * theirs.
 */
import { readAssignment, headingAssignee, startsWithVerb, type Assignment } from './assignment';
import type { BodyRegistry } from './body-match';
import { findDeadline, labelledTime, type FoundDeadline } from './deadline';
import type { DirectoryEntry } from './directory';
import { lineSpan, type Span } from './items';
import type { OutlineNode } from './outline';
import { stageOf } from './stage';
import type { Stage } from '../domain/stage';
import { fold, type SourceLine } from './text';

export interface TaskDraft {
  code: string;
  section: string;
  text: string;
  /** Everything the task's text says, with an activity's fields: read for stage and child plans. */
  body: string;
  lines: number[];
  /** Null for a meeting the plan's bodies only attend ("Dự hội nghị … do X tổ chức"): they are the participants. */
  lead: DirectoryEntry | null;
  leadHow: Assignment['leadHow'] | 'activity';
  participants: DirectoryEntry[];
  adoptedBy: DirectoryEntry | null;
  report: Assignment['report'];
  request: boolean;
  deadline: FoundDeadline | null;
  typo: string | null;
}

interface Ctx {
  section: string;
  lead: { phrase: string; span: Span } | null;
  participants: DirectoryEntry[];
  deadline: FoundDeadline | null;
  request: boolean;
  /** Tasks under a "Phân công" item take its code. */
  code: string | null;
  /** The section assigns work ("Tổ chức thực hiện", "Phân công"): unknown bodies opening a sentence lead. */
  assigns: boolean;
}

type Field = 'content' | 'time' | 'assign' | 'agency' | 'attendees';

function fieldOf(text: string): Field | null {
  const f = fold(text);
  if (labelledTime(text)) return 'time';
  const short = text.length < 70 || /^[^:]{2,40}:/.test(text);
  if (!short) return null;
  if (/^(noi dung|hinh thuc|tai lieu|dia diem)\b/.test(f)) return 'content';
  if (/^phan cong\b/.test(f)) return 'assign';
  if (/^(co quan|don vi) (thuc hien|chu tri)\b/.test(f)) return 'agency';
  if (/^thanh phan\b/.test(f)) return 'attendees';
  return null;
}

function afterLabel(text: string): string {
  const at = text.indexOf(':');
  return at === -1 ? '' : text.slice(at + 1).trim();
}

/** Splits "…Hồ Chí Minh; Hướng dẫn các cơ quan…": two tasks in one line. */
function splitTasks(text: string): string[] {
  const parts = text.split(/;\s+(?=\p{Lu})/u);
  return parts.length > 1 && parts.every((p) => p.length >= 40) && parts.slice(1).every(startsWithVerb)
    ? parts.flatMap(splitDocumentAndEvent)
    : splitDocumentAndEvent(text);
}

/**
 * "Xây dựng đề cương Đề án …. Chủ trì tổ chức các cuộc Hội thảo …": a document to write, then a meeting to hold
 * (a study or a dissemination), are two tasks of two stages, as the two sentences say.
 */
function splitDocumentAndEvent(text: string): string[] {
  const sentences = text.split(/(?<=[.”"])\s+(?=\p{Lu})/u);
  const at = sentences.findIndex((s, i) => i > 0 && startsWithVerb(s) && EVENT_STAGES.has(stageOf(s)));
  if (at < 1) return [text];
  const document = sentences.slice(0, at).join(' ');
  return stageOf(document) === 'drafting' && startsWithVerb(document)
    ? [document, sentences.slice(at).join(' ')]
    : [text];
}

const EVENT_STAGES = new Set<Stage>(['studying', 'disseminating']);

const unionById = (a: DirectoryEntry[], b: DirectoryEntry[]) => [
  ...new Map([...a, ...b].map((e) => [e.id, e])).values(),
];

export class TaskReader {
  readonly tasks: TaskDraft[] = [];

  constructor(
    private readonly reg: BodyRegistry,
    private readonly lines: readonly SourceLine[],
    private readonly planYear: number | null,
  ) {}

  private span(n: OutlineNode): Span {
    const first = Math.min(...n.lines);
    return lineSpan(this.lines, first, Math.max(...n.lines));
  }

  readSection(section: OutlineNode): void {
    if (/muc dich|yeu cau/.test(fold(section.text))) return;
    const ctx: Ctx = {
      assigns: /to chuc thuc hien|phan cong/.test(fold(section.text)),
      section: section.code,
      lead: null,
      participants: [],
      deadline: null,
      request: false,
      code: null,
    };
    this.children(section, ctx);
  }

  private children(parent: OutlineNode, outer: Ctx): void {
    const time = parent.children.find((c) => fieldOf(c.text) === 'time');
    let ctx: Ctx = time
      ? { ...outer, deadline: findDeadline(time.text, this.planYear, null) ?? outer.deadline }
      : outer;
    for (const child of parent.children) {
      if (child === time) continue;
      const f = fold(child.text);
      if (child.kind === 'para' && /de nghi\s*:$/.test(f)) {
        ctx = { ...ctx, request: true };
        continue;
      }
      this.visit(child, ctx);
      if (child.kind === 'para' && /:$/.test(child.text) && ctx.lead) {
        const a = readAssignment(this.reg, child.text, this.span(child));
        if (a.participants.length)
          ctx = { ...ctx, participants: unionById(ctx.participants, a.participants) };
      }
    }
  }

  private visit(n: OutlineNode, ctx: Ctx): void {
    const field = fieldOf(n.text);
    if (field === 'content' || field === 'agency' || field === 'attendees') return;
    if (field === 'assign') {
      const inner = { ...ctx, code: n.code };
      const rest = afterLabel(n.text);
      if (rest) this.candidate(rest, n, inner);
      this.children(n, inner);
      return;
    }
    if (n.kind === 'para') {
      this.candidate(n.text, n, ctx);
      return;
    }
    const fields = n.children.map((c) => fieldOf(c.text));
    if (
      fields.some((f) => f === 'time' || f === 'agency' || f === 'attendees') &&
      !fields.includes('assign')
    ) {
      this.activity(n, ctx);
      return;
    }
    const heading = headingAssignee(this.reg, n.text);
    if (heading) {
      const inner: Ctx = {
        ...ctx,
        lead: { phrase: heading.phrase, span: this.span(n) },
        participants: [],
        code: null,
      };
      if (heading.rest) this.candidate(heading.rest, n, inner);
      this.children(n, inner);
      return;
    }
    this.candidate(n.text, n, ctx, n.children.length > 0);
    this.children(n, { ...ctx, code: null });
  }

  private candidate(text: string, n: OutlineNode, ctx: Ctx, hasChildren = false): void {
    const span = this.span(n);
    for (const part of splitTasks(text)) {
      const a = readAssignment(this.reg, part, span, ctx.assigns);
      if (hasChildren && !a.lead) continue;
      const heading = !a.lead && ctx.lead ? this.reg.resolveLead(ctx.lead.phrase, ctx.lead.span) : null;
      const lead = a.lead ?? heading?.lead ?? null;
      if (!lead) continue;
      this.tasks.push({
        code: ctx.code ?? n.code,
        section: ctx.section,
        text: a.rest,
        body: a.rest,
        lines: n.lines,
        lead,
        leadHow: a.lead ? a.leadHow : 'heading',
        participants: unionById(unionById(heading?.others ?? [], a.participants), ctx.participants).filter(
          (p) => p.id !== lead.id,
        ),
        adoptedBy: a.adoptedBy,
        report: a.report,
        request: a.request || ctx.request,
        deadline: findDeadline(part, this.planYear, a.report?.phrase ?? null) ?? ctx.deadline,
        typo: a.typo,
      });
    }
  }

  /** An activity described by fields: one task, its lead from "Cơ quan thực hiện", a child or "do X tổ chức". */
  private activity(n: OutlineNode, ctx: Ctx): void {
    const span = this.span(n);
    const all = n.children.flatMap((c) => [c, ...c.children]);
    const textOf = (c: OutlineNode) =>
      [afterLabel(c.text) || c.text, ...c.children.map((g) => g.text)].join('; ');
    const agency = n.children.find((c) => fieldOf(c.text) === 'agency');
    const attendees = n.children.find((c) => fieldOf(c.text) === 'attendees');
    const listed = agency ? this.reg.find(textOf(agency)).map((m) => m.entry) : [];
    const assigned = all
      .filter((c) => fieldOf(c.text) === null)
      .map((c) => ({ c, a: readAssignment(this.reg, c.text, this.span(c)) }))
      .find(({ a }) => a.lead && a.leadHow !== 'heading');
    const own = readAssignment(this.reg, n.text, span);
    const by = /\bdo\s+(.{3,120}?)\s+(tổ chức|chủ trì|ban hành)/iu.exec(n.text);
    const organiser = by ? this.reg.resolve(by[1] as string, span, true) : null;
    // "X tham mưu … xây dựng Kế hoạch tổ chức Hội nghị" under a meeting another body holds: X's plan comes first
    const planFirst = !!assigned && !!organiser && stageOf(assigned.a.rest) === 'drafting';
    if (planFirst) this.candidate(assigned.c.text, assigned.c, { ...ctx, code: ctx.code ?? n.code });
    const explicit = planFirst ? undefined : assigned?.a;
    const lead =
      listed[0] ??
      own.lead ??
      explicit?.lead ??
      organiser ??
      (ctx.lead ? this.reg.resolve(ctx.lead.phrase, ctx.lead.span, true) : null);
    if (!lead) return;
    const present = attendees ? this.reg.find(textOf(attendees)).map((m) => m.entry) : [];
    const time = all.find((c) => fieldOf(c.text) === 'time');
    // attending a meeting another body holds: the attendees do the task, the organiser is not assigned by it
    const attending =
      lead === organiser && present.length > 0 && /^(tham )?dự(?![\p{L}])/iu.test(own.rest.trim());
    this.tasks.push({
      code: ctx.code ?? n.code,
      section: ctx.section,
      text: own.rest.replace(/:$/, ''),
      body: [n.text, ...all.filter((c) => fieldOf(c.text) === null).map((c) => c.text)].join(' '),
      lines: [...n.lines, ...all.flatMap((c) => c.lines)],
      lead: attending ? null : lead,
      leadHow: 'activity',
      participants: unionById(unionById(listed.slice(1), present), own.participants).filter(
        (p) => attending || p.id !== lead.id,
      ),
      adoptedBy: own.adoptedBy ?? explicit?.adoptedBy ?? null,
      report: own.report ?? explicit?.report ?? null,
      request: ctx.request,
      deadline: (time ? findDeadline(time.text, this.planYear, null) : null) ?? ctx.deadline,
      typo: explicit?.typo ?? null,
    });
  }
}
