import { closeSync, openSync, writeSync } from 'node:fs';
import type { Plan, PlanInput } from '@rollout/core/domain/plan';
import { validatePlan } from '@rollout/core/domain/plan-parse';
import type { TaskInput } from '@rollout/core/domain/task';
import { syntheticPlanHeader, syntheticTasks } from './synthetic-plan';

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

/** A plan as written in a file: everything but its tasks, and its tasks one at a time as they are generated. */
export interface PlanSource {
  header: PlanInput;
  tasks: Iterable<TaskInput>;
}

/**
 * Writes `source` as a plan file, a slice of tasks at a time, so that the generator's objects never all exist
 * at once and `npm run bench` can read the file as `npm run verify` does, in a process of its own.
 */
export function writePlanFile(file: string, { header, tasks }: PlanSource): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${JSON.stringify(header).slice(0, -1)},"tasks":[`);
    let slice: string[] = [];
    let first = true;
    const flush = () => {
      if (slice.length === 0) return;
      writeSync(fd, `${first ? '' : ','}${slice.join(',')}`);
      first = false;
      slice = [];
    };
    for (const t of tasks) if (slice.push(JSON.stringify(t)) === SLICE) flush();
    flush();
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}

/** A plan as the command line reads it from a file (parsed from JSON text, then by `validatePlan`). */
export function readAsFile({ header, tasks }: PlanSource): Plan {
  const read = validatePlan(JSON.parse(JSON.stringify({ ...header, tasks: [...tasks] })));
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
  return read.plan;
}

const SLICE = 1_000;

export function nationalPlan(shape: NationalShape, bodies: number, tasksPerBody = 5): PlanSource {
  const header = syntheticPlanHeader(bodies);
  const abolished = new Set(
    shape === 'inactive' ? [1, 2, 3, 4, 5].map((i) => Math.floor((i * bodies) / 6)) : [],
  );
  const planBodies = header.bodies.map((body, i) =>
    abolished.has(i) ? { ...body, validTo: '2023-12-31' } : body,
  );
  return { header: { ...header, bodies: planBodies }, tasks: shapedTasks(shape, bodies, tasksPerBody) };
}

function* shapedTasks(shape: NationalShape, bodies: number, tasksPerBody: number): Generator<TaskInput> {
  let index = 0;
  for (const t of syntheticTasks(bodies, tasksPerBody)) {
    const b = Math.floor(index / tasksPerBody);
    const k = index++ % tasksPerBody;
    if (shape === 'central' && b > 0 && k === 0) yield { ...t, prerequisiteIds: ['t-0'] };
    else if (shape !== 'reporting') yield t;
    else {
      const parent = b > 0 ? `co-quan-${Math.floor((b - 1) / FAN_OUT)}` : null;
      yield {
        ...t,
        collectsReports: k === REVIEW,
        report: parent ? { toId: parent, viaId: null, deadline: null } : null,
      };
    }
  }
}

/**
 * A chain of `length` tasks, one body each, every task needing the result of the one before; with
 * `stuck`, the first body is abolished before the plan starts, so every body of the chain is stuck. The
 * issuer, who approves each task, is a body of its own.
 */
export function chainSource(length: number, stuck: boolean): PlanSource {
  const header = {
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
  } satisfies PlanInput;
  return { header, tasks: chainTasks(length) };
}

function* chainTasks(length: number): Generator<TaskInput> {
  for (let i = 0; i < length; i++) {
    yield {
      id: `t-${i}`,
      code: `${i + 1}`,
      title: `Bước ${i + 1}`,
      stage: 'implementing',
      leadId: `cq-${i}`,
      prerequisiteIds: i > 0 ? [`t-${i - 1}`] : [],
    };
  }
}

/** `chainSource` as the command line reads it from a file. */
export function chainPlan(length: number, stuck: boolean): Plan {
  return readAsFile(chainSource(length, stuck));
}
