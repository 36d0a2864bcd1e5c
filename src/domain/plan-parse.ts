import { inEveryLanguage } from './localized';
import type { Plan } from './plan';
import { compactPlan } from './plan-compact';
import { PlanFileSchema } from './plan-format';
import { PROBLEM_WORDING } from './problem-wording';
import { check, type PlanProblem } from './problems';

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
}

/**
 * Validate an already-parsed value as a plan of any format version the app reads, upgraded to the current
 * one; every problem is in every language, with its path.
 */
export function validatePlan(value: unknown): PlanParseResult {
  const result = check(PlanFileSchema, value);
  return result.ok ? { ok: true, plan: compactPlan(result.value) } : result;
}

/** Parse plan JSON text: a syntax error names its line and column, a schema error its JSON path. */
export function parsePlanJson(text: string): PlanParseResult {
  const json = parseJsonText(text);
  return json.ok ? validatePlan(json.value) : json;
}

/**
 * Parse JSON text, a syntax error named by its line and column. Apart from `validatePlan`, so that a caller
 * reading a large file can let go of its text before the plan is checked (the text of a 250,000-task file
 * takes about as much memory as the plan).
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: PlanProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const at = position ? Number(position[1]) : /end of JSON input/.test(detail) ? text.length : null;
    const where = at === null ? null : lineColumn(text, at);
    const problem: PlanProblem = {
      path: inEveryLanguage(PROBLEM_WORDING, (w) =>
        where ? w.lineColumn(where.line, where.column) : w.positionUnknown,
      ),
      message: inEveryLanguage(PROBLEM_WORDING, (w) => w.notJson(detail)),
    };
    return { ok: false, problems: [problem] };
  }
}
