import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import { checkPlan, type PlanReport } from '../../../src/engine/check-plan';
import type { BodyVerdict } from '../../../src/engine/verdict';
import { chainPlan } from '../../../scripts/national-shapes';

/**
 * The plan cases of tests/cases: each `<name>.plan.json` with the verdict decided from the semantics of issue 6
 * before any engine ran, in `<name>.expected.json`. Child plans are looked up among every plan of the folder
 * (the command line given a case file and the files it links), so `exit` is the exit code with them available.
 */
const folder = new URL('../../cases/', import.meta.url);

interface ExpectedBody {
  completes: boolean;
  causes?: string[];
  caveats?: string[];
}
interface Expected {
  why: string;
  bodies: Record<string, ExpectedBody>;
  findings?: string[];
  exit: 0 | 1 | 2 | 3;
}

const check = (plan: Plan, options: { plans: ReadonlyMap<string, Plan> }): PlanReport =>
  checkPlan(plan, options);
const caveatsOf = (v: BodyVerdict) => v.caveats;

const names = readdirSync(folder)
  .filter((f) => f.endsWith('.plan.json'))
  .map((f) => f.replace(/\.plan\.json$/, ''))
  .sort();
const read = (file: string) => readFileSync(new URL(file, folder), 'utf8');
const expectedOf = (name: string) => JSON.parse(read(`${name}.expected.json`)) as Expected;
const parsed = new Map(names.map((name) => [name, parsePlanJson(read(`${name}.plan.json`))]));
const plans: ReadonlyMap<string, Plan> = new Map(
  [...parsed.values()].flatMap((r) => (r.ok ? [[r.plan.id, r.plan] as const] : [])),
);

/** The command line's exit code for one report (issue 6, rule 11). */
function exitCode(report: PlanReport): 0 | 1 | 3 {
  if (report.bodies.some((b) => !b.completes)) return 1;
  return report.findings.some((f) => f.severity === 'error') ? 3 : 0;
}

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

describe('plan cases (tests/cases)', () => {
  it('are at least 40, each with an expected verdict that says why', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const name of names) {
      const e = expectedOf(name);
      expect(e.why.length, name).toBeGreaterThan(10);
      expect([0, 1, 2, 3], name).toContain(e.exit);
      for (const [id, body] of Object.entries(e.bodies)) {
        expect(body.completes || body.causes === undefined || body.causes.length > 0, `${name} ${id}`).toBe(
          true,
        );
        if (body.completes) expect(body.causes, `${name} ${id}`).toBeUndefined();
      }
    }
  });

  it.each(names)('%s', (name) => {
    const expected = expectedOf(name);
    const result = parsed.get(name);
    if (expected.exit === 2) {
      expect(result?.ok, `${name} must be refused`).toBe(false);
      return;
    }
    if (!result?.ok) throw new Error(`${name}: ${JSON.stringify(result?.problems.map((p) => p.message.vi))}`);
    const report = check(result.plan, { plans });
    const verdicts = new Map(report.bodies.map((b) => [b.assigneeId, b]));
    expect(sorted(verdicts.keys()), 'every assigned body is listed').toEqual(
      sorted(Object.keys(expected.bodies)),
    );
    for (const [id, body] of Object.entries(expected.bodies)) {
      const v = verdicts.get(id) as BodyVerdict;
      expect(v.completes, `${id} completes`).toBe(body.completes);
      if (body.causes)
        expect(sorted(v.blocked.map((b) => b.cause.kind)), `${id} causes`).toEqual(sorted(body.causes));
      expect(sorted(caveatsOf(v).map((c) => c.kind)), `${id} caveats`).toEqual(sorted(body.caveats ?? []));
    }
    const codes = new Set<string>(report.findings.map((f) => f.code));
    for (const code of expected.findings ?? []) expect(codes.has(code), `finding ${code}`).toBe(true);
    expect(exitCode(report), 'exit').toBe(expected.exit);
  });
});

describe('long chains', () => {
  it('a chain of 2,000 tasks verifies: every body completes', () => {
    const report = check(chainPlan(2000, false), { plans: new Map() });
    expect(report.bodies).toHaveLength(2000);
    expect(report.bodies.every((b) => b.completes)).toBe(true);
    expect(exitCode(report)).toBe(0);
  });

  it('a chain of 2,000 stuck bodies names the root cause each, in words that do not repeat the chain', () => {
    const report = check(chainPlan(2000, true), { plans: new Map() });
    expect(report.bodies.filter((b) => !b.completes)).toHaveLength(2000);
    expect(sorted(report.bodies.flatMap((b) => b.blocked.map((x) => x.cause.kind)))).toEqual(['inactive']);
    const words = report.bodies.flatMap((b) =>
      b.blocked.map((x) => x.message.vi.length + x.message.en.length),
    );
    expect(Math.max(...words)).toBeLessThan(2000);
    expect(exitCode(report)).toBe(1);
  });
});
