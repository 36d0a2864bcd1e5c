import { PlanSchema, type Plan } from '@rollout/core/domain/plan';
import type { Task } from '@rollout/core/domain/task';
import { syntheticPlan } from './synthetic-plan';

/**
 * The national-cascade shapes `npm run bench` measures at 50,000 bodies × 5 tasks, each a variation of the
 * synthetic plan: `plain`; `central`, every body's first task waits for one central task; `reporting`, a
 * tree of bodies (ten children each) in which every task reports to the parent body and each body's review
 * collects its children's reports; `inactive`, five bodies abolished before the plan starts.
 */
export const NATIONAL_SHAPES = ['plain', 'central', 'reporting', 'inactive'] as const;
export type NationalShape = (typeof NATIONAL_SHAPES)[number];

const REVIEW = 4;
const FAN_OUT = 10;

export function nationalPlan(shape: NationalShape, bodies: number, tasksPerBody = 5): Plan {
  const plan = syntheticPlan(bodies, tasksPerBody);
  const bodyOf = (index: number) => Math.floor(index / tasksPerBody);
  const tasks = plan.tasks.map((t, index): Task => {
    const b = bodyOf(index);
    const k = index % tasksPerBody;
    if (shape === 'central' && b > 0 && k === 0) return { ...t, prerequisiteIds: ['t-0'] };
    if (shape !== 'reporting') return t;
    const parent = b > 0 ? `co-quan-${Math.floor((b - 1) / FAN_OUT)}` : null;
    return {
      ...t,
      collectsReports: k === REVIEW,
      report: parent ? { toId: parent, viaId: null, deadline: null } : null,
    };
  });
  const abolished = new Set(
    shape === 'inactive' ? [1, 2, 3, 4, 5].map((i) => Math.floor((i * bodies) / 6)) : [],
  );
  const planBodies = plan.bodies.map((body, i) =>
    abolished.has(i) ? { ...body, validTo: '2023-12-31' } : body,
  );
  return { ...plan, bodies: planBodies, tasks };
}

/**
 * A chain of `length` tasks, one body each, every task needing the result of the one before; with
 * `stuck`, the first body is abolished before the plan starts, so every body of the chain is stuck. The
 * issuer, who approves each task, is a body of its own.
 */
export function chainPlan(length: number, stuck: boolean): Plan {
  return PlanSchema.parse({
    id: `chuoi-${length}`,
    kind: 'ke-hoach',
    format: 'party',
    title: `Chuỗi ${length} nhiệm vụ`,
    issuerIds: ['ban-chi-dao'],
    date: '2024-01-15',
    validity: { from: '2024-01-01', to: '2024-12-31' },
    bodies: [
      { id: 'ban-chi-dao', name: 'Ban Chỉ đạo' },
      ...Array.from({ length }, (_, i) => ({
        id: `cq-${i}`,
        name: `Cơ quan ${i + 1}`,
        validTo: stuck && i === 0 ? '2023-12-31' : null,
      })),
    ],
    tasks: Array.from({ length }, (_, i) => ({
      id: `t-${i}`,
      code: `${i + 1}`,
      title: `Bước ${i + 1}`,
      stage: 'implementing',
      leadId: `cq-${i}`,
      prerequisiteIds: i > 0 ? [`t-${i - 1}`] : [],
    })),
  });
}
