import { formatDateVi } from '../domain/date';
import { parseDeadline } from '../domain/deadline';
import type { Plan } from '../domain/plan';
import { findCycles } from './cycles';
import type { Finding } from './finding';
import { taskName } from './findings-structure';
import type { PlanModel } from './model';

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
      message: `Vòng phụ thuộc giữa các nhiệm vụ ${[...codes, codes[0]].join(' → ')}: không nhiệm vụ nào trong vòng có thể bắt đầu.`,
      refs: cycle,
    };
  });
}

function planYear(plan: Plan): number | null {
  const iso = plan.date ?? plan.validity.from;
  return iso ? Number(iso.slice(0, 4)) : null;
}

export function scheduleFindings(plan: Plan): Finding[] {
  const context = { planYear: planYear(plan) };
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
        message: `Thời hạn của ${taskName(t)} chưa xác định được: "${d.phrase}" (${d.explanation}).`,
        refs: [t.id],
      });
    }
    if (!d.due) continue;
    if ((from && d.due < from) || (to && d.due > to)) {
      const period = to
        ? `${formatDateVi(from ?? to)} – ${formatDateVi(to)}`
        : `từ ${formatDateVi(from ?? '')}`;
      findings.push({
        code: 'deadline-outside-period',
        severity: 'warning',
        message: `Thời hạn "${d.phrase}" của ${taskName(t)} (${formatDateVi(d.due)}) nằm ngoài thời gian của kế hoạch (${period}).`,
        refs: [t.id],
      });
    }
    for (const p of t.prerequisiteIds) {
      const pd = parsed.get(p)?.due;
      const prereq = byId.get(p);
      if (pd && prereq && d.due < pd) {
        findings.push({
          code: 'due-before-prerequisite',
          severity: 'warning',
          message: `${taskName(t)} hết hạn ngày ${formatDateVi(d.due)}, trước hạn ${formatDateVi(pd)} của ${taskName(prereq)} mà nó cần kết quả.`,
          refs: [t.id, p],
        });
      }
    }
  }
  return findings;
}
