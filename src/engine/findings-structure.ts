import { isBodyValidOn } from '../domain/body';
import { formatDateVi } from '../domain/date';
import type { Plan } from '../domain/plan';
import type { Task } from '../domain/task';
import type { Finding } from './finding';
import { planAsOf } from './model';

const q = (s: string) => `«${s}»`;
export const taskName = (t: Task) => `nhiệm vụ ${t.code} ${q(t.title)}`;

/** Every place a plan names a body or group, with a Vietnamese description of the place. */
function bodyReferences(plan: Plan): Array<{ id: string; where: string; ref: string }> {
  const refs: Array<{ id: string; where: string; ref: string }> = [];
  plan.issuerIds.forEach((id) => refs.push({ id, where: 'cơ quan ban hành', ref: 'plan' }));
  if (plan.focalBodyId) refs.push({ id: plan.focalBodyId, where: 'cơ quan đầu mối', ref: 'plan' });
  for (const r of plan.recipients)
    if (r.bodyId) refs.push({ id: r.bodyId, where: `nơi nhận ${q(r.name)}`, ref: 'plan' });
  for (const s of plan.signers) if (s.bodyId) refs.push({ id: s.bodyId, where: 'người ký', ref: 'plan' });
  for (const g of plan.groups)
    for (const m of g.memberIds) refs.push({ id: m, where: `thành viên nhóm ${q(g.name)}`, ref: g.id });
  for (const b of plan.bodies) {
    if (b.parentId) refs.push({ id: b.parentId, where: `cơ quan cấp trên của ${q(b.name)}`, ref: b.id });
    for (const s of b.successorIds)
      refs.push({ id: s, where: `cơ quan kế thừa của ${q(b.name)}`, ref: b.id });
  }
  for (const t of plan.tasks) {
    if (t.leadId) refs.push({ id: t.leadId, where: `chủ trì ${taskName(t)}`, ref: t.id });
    for (const p of t.participantIds) refs.push({ id: p, where: `phối hợp ${taskName(t)}`, ref: t.id });
    if (t.report) refs.push({ id: t.report.toId, where: `nơi nhận báo cáo của ${taskName(t)}`, ref: t.id });
    if (t.report?.viaId)
      refs.push({ id: t.report.viaId, where: `cơ quan chuyển báo cáo của ${taskName(t)}`, ref: t.id });
    if (t.adoptedById) refs.push({ id: t.adoptedById, where: `cơ quan thông qua ${taskName(t)}`, ref: t.id });
  }
  return refs;
}

export function referenceFindings(plan: Plan): Finding[] {
  const known = new Set([...plan.bodies.map((b) => b.id), ...plan.groups.map((g) => g.id)]);
  const taskIds = new Set(plan.tasks.map((t) => t.id));
  const findings: Finding[] = bodyReferences(plan)
    .filter((r) => !known.has(r.id))
    .map((r) => ({
      code: 'undefined-body',
      severity: 'error',
      message: `Cơ quan ${q(r.id)} (${r.where}) không có trong danh mục cơ quan của kế hoạch.`,
      refs: [r.ref, r.id],
    }));
  for (const t of plan.tasks) {
    for (const p of t.prerequisiteIds.filter((id) => !taskIds.has(id))) {
      findings.push({
        code: 'undefined-task',
        severity: 'error',
        message: `${taskName(t)} cần kết quả của nhiệm vụ ${q(p)}, nhưng nhiệm vụ này không có trong kế hoạch.`,
        refs: [t.id, p],
      });
    }
  }
  return findings;
}

export function assignmentFindings(plan: Plan): Finding[] {
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const findings: Finding[] = [];
  for (const t of plan.tasks) {
    if (!t.leadId) {
      findings.push({
        code: 'task-no-lead',
        severity: 'warning',
        message: `${taskName(t)} không có cơ quan chủ trì.`,
        refs: [t.id],
      });
    } else if (groups.get(t.leadId)?.open) {
      findings.push({
        code: 'lead-open-group',
        severity: 'warning',
        message: `${taskName(t)} giao chủ trì cho nhóm mở ${q(groups.get(t.leadId)?.name ?? '')}: chưa biết các thành viên phải hoàn thành.`,
        refs: [t.id, t.leadId],
      });
    }
  }
  const used = new Set(plan.tasks.flatMap((t) => [t.leadId, ...t.participantIds]));
  for (const g of plan.groups.filter((g) => g.open && used.has(g.id))) {
    findings.push({
      code: 'open-group',
      severity: 'info',
      message: `Nhóm ${q(g.name)} chưa xác định thành viên: được kiểm chứng như một bên duy nhất.`,
      refs: [g.id],
    });
  }
  const asOf = planAsOf(plan);
  for (const b of plan.bodies.filter((b) => used.has(b.id) && !isBodyValidOn(b, asOf))) {
    const span = b.validTo
      ? `chỉ tồn tại đến ${formatDateVi(b.validTo)}`
      : `chỉ tồn tại từ ${formatDateVi(b.validFrom ?? '')}`;
    findings.push({
      code: 'body-not-valid',
      severity: 'error',
      message: `${q(b.name)} được giao nhiệm vụ nhưng ${span}, không còn hiệu lực vào ngày ${formatDateVi(asOf ?? '')} của kế hoạch.`,
      refs: [b.id],
    });
  }
  if (!plan.tasks.some((t) => t.stage === 'reviewing')) {
    findings.push({
      code: 'no-reviewing-task',
      severity: 'warning',
      message:
        'Kế hoạch không có nhiệm vụ kiểm tra, sơ kết hay tổng kết: không ai đánh giá kết quả thực hiện.',
      refs: [],
    });
  }
  return findings;
}

/** Bodies that take part: issuers, the focal body, recipients and everyone assigned a task. */
function participants(plan: Plan): Set<string> {
  const set = new Set<string>([
    ...plan.issuerIds,
    ...plan.recipients.flatMap((r) => (r.bodyId ? [r.bodyId] : [])),
  ]);
  if (plan.focalBodyId) set.add(plan.focalBodyId);
  for (const t of plan.tasks) for (const id of [t.leadId, ...t.participantIds]) if (id) set.add(id);
  for (const g of plan.groups) if (set.has(g.id)) g.memberIds.forEach((m) => set.add(m));
  return set;
}

export function reportFindings(plan: Plan): Finding[] {
  const part = participants(plan);
  const names = new Map([...plan.bodies, ...plan.groups].map((b) => [b.id, b.name]));
  const findings: Finding[] = [];
  for (const t of plan.tasks) {
    for (const id of [t.report?.toId, t.report?.viaId]) {
      if (id && names.has(id) && !part.has(id)) {
        findings.push({
          code: 'report-to-nonparticipant',
          severity: 'warning',
          message: `${taskName(t)} báo cáo tới ${q(names.get(id) ?? id)}, cơ quan không tham gia kế hoạch (không ban hành, không được giao việc, không là nơi nhận).`,
          refs: [t.id, id],
        });
      }
    }
  }
  const assigned = new Set<string>();
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  for (const t of plan.tasks) {
    for (const id of [t.leadId, ...t.participantIds]) {
      if (!id) continue;
      assigned.add(id);
      groups.get(id)?.memberIds.forEach((m) => assigned.add(m));
    }
  }
  for (const r of plan.recipients) {
    if (r.purpose === 'thuc-hien' && r.bodyId && !assigned.has(r.bodyId)) {
      findings.push({
        code: 'recipient-action-without-task',
        severity: 'warning',
        message: `Nơi nhận ${q(r.name)} "để thực hiện" nhưng không được giao nhiệm vụ nào trong kế hoạch.`,
        refs: [r.bodyId],
      });
    }
  }
  return findings;
}
