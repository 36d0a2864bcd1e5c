import { z } from 'zod';
import { PlanSchema, type Plan } from './plan';

/** One reason a plan file was refused: where (JSON path, or line and column) and what rule it breaks. */
export interface PlanProblem {
  path: string;
  message: string;
}

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

const viErrors = z.locales.vi().localeError;

/** `tasks[3].leadId` from zod's path segments. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(gốc)';
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`))
    .join('');
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `dòng ${line}, cột ${column}`;
}

/** Validate an already-parsed value as a plan; every problem is in Vietnamese with its path. */
export function validatePlan(value: unknown): PlanParseResult {
  const result = PlanSchema.safeParse(value, { error: viErrors });
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** Parse plan JSON text: a syntax error names its line and column, a schema error its JSON path. */
export function parsePlanJson(text: string): PlanParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const at = position ? Number(position[1]) : /end of JSON input/.test(detail) ? text.length : null;
    const where = at === null ? '(không rõ vị trí)' : lineColumn(text, at);
    return { ok: false, problems: [{ path: where, message: `Không phải JSON hợp lệ: ${detail}` }] };
  }
  return validatePlan(value);
}
