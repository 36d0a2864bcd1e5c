/**
 * How close an imported draft is to a hand-made plan. Tasks are matched by outline code first, then by title
 * similarity (shared folded words); each measure is the share of the hand-made plan's items the draft got right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeadline } from '../../../src/domain/deadline';
import type { Plan } from '../../../src/domain/plan';
import type { Task } from '../../../src/domain/task';
import { directoryFromPlans } from '../../../src/documents/directory';
import { fold, similarity } from '../../../src/documents/text';

export const SEEDS_DIR = 'tests/data/seeds';
export const WORKFLOWS_DIR = 'workflows';

export function workflowPlans(): Plan[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((f) => f.endsWith('.plan.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(WORKFLOWS_DIR, f), 'utf8')) as Plan);
}

export function workflowDirectory() {
  return directoryFromPlans(workflowPlans());
}

/** Pairs each expected task with a found one: same code, else the most similar title/text above 0.5. */
export function matchTasks(expected: Task[], found: Task[]): Map<Task, Task | null> {
  const free = new Set(found);
  const out = new Map<Task, Task | null>();
  for (const e of expected) {
    const byCode = [...free].find((f) => f.code === e.code);
    if (byCode) {
      out.set(e, byCode);
      free.delete(byCode);
    }
  }
  for (const e of expected) {
    if (out.has(e)) continue;
    let best: Task | null = null;
    let score = 0.5;
    for (const f of free) {
      const s = Math.max(similarity(e.text || e.title, f.text), similarity(e.title, f.title));
      if (s > score) [best, score] = [f, s];
    }
    out.set(e, best);
    if (best) free.delete(best);
  }
  return out;
}

/** Two deadline phrases mean the same: both absent, or the same kind, due day, start and time. */
export function sameDeadline(a: string | null, b: string | null, planYear: number | null): boolean {
  if (!a || !b) return !a && !b;
  const x = parseDeadline(a, { planYear });
  const y = parseDeadline(b, { planYear });
  return x.kind === y.kind && x.due === y.due && x.start === y.start && x.time === y.time;
}

export interface Scores {
  tasks: number;
  leads: number;
  participants: number;
  deadlines: number;
  stages: number;
  header: number;
  /** Counts behind the shares. */
  expected: number;
  headerFields: number;
  wrongHeader: string[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

const refKey = (r: Plan['basis'][number]) => `${r.number}-${r.type}/${r.issuer}`;

/** Header fields compared; each right or wrong. */
export function headerChecks(expected: Plan, found: Plan): [string, boolean][] {
  const plain = (name: string) =>
    fold(name)
      .replace(/\(de [^)]*\)/g, '')
      .replace(/^.*: /, '')
      .replace(/^luu:? /, '')
      .trim();
  const names = found.recipients.map((r) => plain(r.name));
  const recipientsFound = expected.recipients.filter((r) =>
    names.some((n) => n.includes(plain(r.name))),
  ).length;
  return [
    ['kind', expected.kind === found.kind],
    ['format', expected.format === found.format],
    ['number', (expected.number?.raw ?? null) === (found.number?.raw ?? null)],
    ['title', similarity(expected.title, found.title) >= 0.85],
    ['issuers', sameSet(expected.issuerIds, found.issuerIds)],
    ['place', expected.place === found.place],
    ['date', expected.date === found.date],
    ['basis', sameSet([...new Set(expected.basis.map(refKey))], [...new Set(found.basis.map(refKey))])],
    ['recipients', recipientsFound >= expected.recipients.length * 0.8],
    [
      'signers',
      sameSet(
        expected.signers.map((s) => s.name ?? ''),
        found.signers.map((s) => s.name ?? ''),
      ),
    ],
  ];
}

export function score(expected: Plan, found: Plan): Scores & { pairs: Map<Task, Task | null> } {
  const pairs = matchTasks(expected.tasks, found.tasks);
  const planYear = expected.date ? Number(expected.date.slice(0, 4)) : null;
  let tasks = 0;
  let leads = 0;
  let participants = 0;
  let deadlines = 0;
  let stages = 0;
  for (const [e, f] of pairs) {
    if (!f) continue;
    tasks++;
    if (e.leadId === f.leadId) leads++;
    if (sameSet(e.participantIds, f.participantIds)) participants++;
    if (sameDeadline(e.deadline, f.deadline, planYear)) deadlines++;
    if (e.stage === f.stage) stages++;
  }
  const checks = headerChecks(expected, found);
  const n = expected.tasks.length || 1;
  return {
    tasks: tasks / n,
    leads: leads / n,
    participants: participants / n,
    deadlines: deadlines / n,
    stages: stages / n,
    header: checks.filter(([, ok]) => ok).length / checks.length,
    expected: expected.tasks.length,
    headerFields: checks.length,
    wrongHeader: checks.filter(([, ok]) => !ok).map(([k]) => k),
    pairs,
  };
}
