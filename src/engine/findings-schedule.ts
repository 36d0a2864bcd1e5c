import { formatDateVi } from '../domain/date';
import { parseDeadline } from '../domain/deadline';
import type { Plan } from '../domain/plan';
import { planYearOf } from '../domain/plan-year';
import { findCycles } from './cycles';
import type { Finding } from './finding';
import { taskName } from './findings-structure';
import type { PlanModel } from './model';
import { say } from './wording';

export function cycleFindings(model: PlanModel): Finding[] {
  const deps = (id: string) => {
    const t = model.tasks.get(id);
    return t ? [...t.resultDeps, ...t.closureDeps].filter((d) => model.tasks.has(d)) : [];
  };
  return findCycles(model.tasks.keys(), deps).map((cycle) => {
    const codes = cycle.map((id) => model.tasks.get(id)?.code ?? id);
    return {
      code: 'dependency-cycle',
      severity: 'error',
      message: say((w) => w.dependencyCycle([...codes, codes[0] ?? ''])),
      refs: cycle,
    };
  });
}

export function scheduleFindings(plan: Plan): Finding[] {
  const context = { planYear: planYearOf(plan) };
  const parsed = new Map(
    plan.tasks.map((t) => [t.id, t.deadline ? parseDeadline(t.deadline, context) : null]),
  );
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const from = plan.validity.from ?? plan.date;
  const to = plan.validity.to;
  const findings: Finding[] = [];
  for (const t of plan.tasks) {
    const d = parsed.get(t.id);
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
      const pd = parsed.get(p)?.due;
      const prereq = byId.get(p);
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
