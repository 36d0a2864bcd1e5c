/**
 * Task drafts → tasks in the plan format: ids, codes ("II.2.2 (1)" where one item holds several tasks), stage,
 * kind, child-plan flag, report edge and the focal body; and the warnings the tasks give.
 */
import { parseDeadline } from '../domain/deadline';

import type { DocumentRef } from '../domain/plan';
import type { TaskInput } from '../domain/task';
import type { BodyRegistry } from './body-match';
import { lineSpan, type Sink, type Span } from './items';
import { stageOf } from './stage';
import type { TaskDraft } from './task';
import { fold, similarity } from './text';
import { WORDS } from './words';

const CONFIDENCE: Record<NonNullable<TaskDraft['leadHow']>, number> = {
  giao: 0.95,
  'chu-tri': 0.95,
  'de-nghi': 0.9,
  heading: 0.9,
  subject: 0.75,
  activity: 0.7,
};

function titleOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = t.search(/[.;:](\s|$)/);
  const first = cut >= 20 ? t.slice(0, cut) : t;
  if (first.length <= 160) return first;
  return `${first.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

function kindOf(d: TaskDraft): TaskInput['kind'] {
  const parsed = d.deadline?.parsed;
  if (parsed?.kind === 'ongoing') return 'ongoing';
  if (parsed?.kind === 'recurring') return 'recurring';
  if (parsed?.kind === 'event') return 'event';
  const f = fold(d.text);
  if (/^(thuong xuyen|tien hanh thuong xuyen)\b/.test(f)) return 'ongoing';
  if (/^dinh ky\b|\bdinh ky (tham muu|bao cao|to chuc)/.test(f)) return 'recurring';
  if (
    /\b(hoi nghi|hoi thao|toa dam|giao luu|ky niem)\b/.test(f) &&
    parsed?.kind === 'due' &&
    (parsed.tentative || parsed.precision === 'day')
  )
    return 'event';
  return 'one-off';
}

const CHILD_PLAN =
  /\bxay dung (cac |mot so )?(chuong trinh|ke hoach|huong dan)\b|\bcu the hoa\b|\bke hoach cu the\b/;

function spanOfLines(lines: Sink['lines'], at: number[]): Span {
  return lineSpan(lines, Math.min(...at), Math.max(...at));
}

export function taskInputs(
  drafts: TaskDraft[],
  reg: BodyRegistry,
  sink: Sink,
  refs: DocumentRef[],
  title: string,
): { tasks: TaskInput[]; focal: string | null } {
  const perCode = new Map<string, number>();
  for (const d of drafts) perCode.set(d.code, (perCode.get(d.code) ?? 0) + 1);
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  const vias = drafts.map((d) => d.report?.via?.id).filter((x): x is string => !!x);
  // the focal body: the "qua W" of reports, else the lead named "cơ quan thường trực" / "đầu mối"
  const standing = drafts.find((d) => /\b(co quan thuong truc|dau moi)\b/.test(fold(d.text)))?.lead?.id;
  const focal = vias[0] ?? standing ?? null;
  const tasks = drafts.map((d): TaskInput => {
    const k = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, k);
    const code = (perCode.get(d.code) ?? 1) > 1 ? `${d.code} (${k})` : d.code;
    let id = `t-${code
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '')}`;
    for (let n = 2; ids.has(id); n++) id = `${id}-${n}`;
    ids.add(id);
    const span = spanOfLines(sink.lines, d.lines);
    const stage = stageOf(d.body);
    const leadId = d.lead ? reg.use(d.lead.id) : null;
    const participantIds = d.participants.map((p) => reg.use(p.id));
    const confidence =
      (CONFIDENCE[d.leadHow ?? 'heading'] ?? 0.7) * (sink.lines[d.lines[0] ?? 0]?.ocr ? 0.6 : 1);
    sink.items.push({ field: 'task', value: id, taskId: id, span, confidence });
    if (leadId) sink.items.push({ field: 'lead', value: leadId, taskId: id, span, confidence });
    for (const p of participantIds)
      sink.items.push({ field: 'participant', value: p, taskId: id, span, confidence: 0.8 });
    if (d.deadline) {
      sink.items.push({
        field: 'deadline',
        value: d.deadline.phrase,
        taskId: id,
        span,
        confidence: d.deadline.parsed.kind === 'unknown' ? 0.4 : 0.9,
      });
      if (/phu luc/.test(fold(d.deadline.phrase)))
        sink.warnings.push({ code: 'appendix-missing', message: WORDS.appendix(code), span });
    }
    if (d.typo) sink.warnings.push({ code: 'typo', message: WORDS.typo(d.typo, 'Chủ trì'), span });
    const report = d.report
      ? {
          toId: reg.use(d.report.to.id),
          viaId: d.report.via && d.report.via.id !== d.lead?.id ? reg.use(d.report.via.id) : null,
          deadline: d.report.phrase,
        }
      : null;
    return {
      id,
      code,
      title: titleOf(d.text) || code,
      text: d.text,
      stage,
      kind: kindOf(d),
      leadId,
      participantIds,
      deadline: d.deadline?.phrase ?? null,
      report: report && report.toId !== leadId ? report : null,
      childPlan: CHILD_PLAN.test(fold(d.body)),
      mode: d.request ? 'request' : 'order',
      adoptedById: d.adoptedBy && d.adoptedBy.id !== d.lead?.id ? reg.use(d.adoptedBy.id) : null,
      collectsReports: stage === 'reviewing' && !!focal && leadId === focal,
      section: d.section,
    };
  });
  if (tasks.length && tasks.every((t) => t.mode === 'request'))
    sink.warnings.push({ code: 'requests-only', message: WORDS.requestsOnly, span: null });
  if (tasks.length && !tasks.some((t) => t.stage === 'reviewing'))
    sink.warnings.push({ code: 'no-review-stage', message: WORDS.noReview, span: null });
  dateInconsistency(tasks, refs, title, sink);
  return { tasks, focal: focal ? reg.use(focal) : null };
}

/**
 * A guidance on the plan's own subject dated more than ~10 months before the plan's first dated task (a ward
 * plan of 2026 under a city guidance of 2025): flagged, never fixed.
 */
function dateInconsistency(tasks: TaskInput[], refs: DocumentRef[], title: string, sink: Sink): void {
  const dues = tasks
    .map((t) => (t.deadline ? parseDeadline(t.deadline, { planYear: null }).due : null))
    .filter((d): d is string => !!d)
    .sort();
  const first = dues[0];
  if (!first) return;
  for (const r of refs) {
    if (!r.date || r.type !== 'HD' || similarity(r.raw, title) < 0.6) continue;
    const days = (Date.parse(first) - Date.parse(r.date)) / 86_400_000;
    if (days > 300)
      sink.warnings.push({
        code: 'date-inconsistency',
        message: WORDS.dateInconsistency(
          `${r.number}-${r.type}/${r.issuer}`,
          Number(r.date.slice(0, 4)),
          Number(first.slice(0, 4)),
        ),
        span: null,
      });
  }
}
