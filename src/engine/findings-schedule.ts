import { formatDateVi } from '../domain/date';
import { parseDeadline, type ParsedDeadline } from '../domain/deadline';
import { planYearOf } from '../domain/plan-year';
import type { Task } from '../domain/task';
import { findCycleNumbers } from './cycles';
import type { Finding } from './finding';
import { taskName } from './findings-structure';
import type { PlanModel, TaskNode } from './model';
import { rowOf } from './model-index';
import { say } from './wording';

/** Tasks that wait for each other, through results and collected reports; by task number. */
export function cycleFindings(model: PlanModel): Finding[] {
  const { index } = model;
  // in the order of `model.tasks` (the first place of each id): plan order when no id is repeated
  const roots =
    model.tasks.size === index.tasks.length
      ? index.tasks.keys()
      : [...model.tasks.keys()].map((id) => index.taskNo.get(id) as number);
  const none: number[] = [];
  const { resultDeps, closureDeps } = index;
  const deps = (no: number) => {
    if (
      resultDeps.start[no] === resultDeps.start[no + 1] &&
      closureDeps.start[no] === closureDeps.start[no + 1]
    ) {
      return none;
    }
    const out: number[] = [];
    for (const d of rowOf(resultDeps, no)) if (d >= 0) out.push(d);
    for (const d of rowOf(closureDeps, no)) if (d >= 0) out.push(d);
    return out;
  };
  return findCycleNumbers(roots, deps, index.tasks.length).map((numbers) => {
    const cycle = numbers.map((no) => (index.tasks[no] as TaskNode).id);
    const codes = cycle.map((id) => model.tasks.get(id)?.task.code ?? id);
    return {
      code: 'dependency-cycle',
      severity: 'error',
      message: say((w) => w.dependencyCycle([...codes, codes[0] ?? ''])),
      refs: cycle,
    };
  });
}

/** Deadlines the text cannot place, outside the plan's period, or before a prerequisite's. */
export function scheduleFindings(model: PlanModel): Finding[] {
  const { plan, index } = model;
  const context = { planYear: planYearOf(plan) };
  const byPhrase = new Map<string, ParsedDeadline>();
  const parse = (phrase: string) => {
    let d = byPhrase.get(phrase);
    if (!d) {
      d = parseDeadline(phrase, context);
      byPhrase.set(phrase, d);
    }
    return d;
  };
  // the plan's task by id (the last of a repeated id), as the model numbers them: task `no` is plan.tasks[no]
  const byId = (id: string): Task | undefined => {
    const no = index.taskNo.get(id);
    return no === undefined ? undefined : plan.tasks[no];
  };
  const parsed = (t: Task | undefined) => (t?.deadline ? parse(t.deadline) : null);
  const from = plan.validity.from ?? plan.date;
  const to = plan.validity.to;
  const findings: Finding[] = [];
  const uniqueIds = model.tasks.size === plan.tasks.length;
  for (const t of plan.tasks) {
    const d = parsed(uniqueIds ? t : byId(t.id));
    if (!d) continue;
    if (d.kind === 'unknown') {
      findings.push({
        code: 'deadline-unknown',
        severity: 'info',
        message: say((w, language) => w.deadlineUnknown(taskName(w, t), d.phrase, d.explanation[language])),
        refs: [t.id],
      });
    }
    const due = d.due;
    if (!due) continue;
    if ((from && due < from) || (to && due > to)) {
      findings.push({
        code: 'deadline-outside-period',
        severity: 'warning',
        message: say((w) => {
          const period = to
            ? `${formatDateVi(from ?? to)} – ${formatDateVi(to)}`
            : w.periodFrom(formatDateVi(from ?? ''));
          return w.deadlineOutsidePeriod(d.phrase, taskName(w, t), formatDateVi(due), period);
        }),
        refs: [t.id],
      });
    }
    for (const p of t.prerequisiteIds) {
      const prereq = byId(p);
      const pd = parsed(prereq)?.due;
      if (pd && prereq && due < pd) {
        findings.push({
          code: 'due-before-prerequisite',
          severity: 'warning',
          message: say((w) =>
            w.dueBeforePrerequisite(taskName(w, t), formatDateVi(due), formatDateVi(pd), taskName(w, prereq)),
          ),
          refs: [t.id, p],
        });
      }
    }
  }
  return findings;
}
