import type { Plan } from '../../domain/plan';
import { validatePlan } from '../../domain/plan-parse';
import { problemAt, type PlanProblem } from '../../domain/problems';
import { sortByVi } from '../i18n/format';

/** A plan file that could not be used, with every reason in every language. */
export interface InvalidPlanFile {
  file: string;
  problems: PlanProblem[];
}

export interface PlanFile {
  file: string;
  plan: Plan;
}

export interface SeedPlans {
  plans: PlanFile[];
  invalid: InvalidPlanFile[];
}

/** `../../workflows/x.plan.json` → `x.plan.json` */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Validate every module of a `import.meta.glob` result. An invalid file, or a second file reusing a plan
 * id, is reported rather than thrown.
 */
export function readPlanModules(modules: Record<string, unknown>): SeedPlans {
  const plans: PlanFile[] = [];
  const invalid: InvalidPlanFile[] = [];
  const byId = new Map<string, string>();
  const paths = Object.keys(modules).sort((a, b) => a.localeCompare(b));
  for (const path of paths) {
    const file = fileName(path);
    const result = validatePlan(modules[path]);
    if (!result.ok) {
      invalid.push({ file, problems: result.problems });
      continue;
    }
    const earlier = byId.get(result.plan.id);
    if (earlier) {
      invalid.push({
        file,
        problems: [problemAt(['id'], { rule: 'plan-id-in-one-file', id: result.plan.id, file: earlier })],
      });
      continue;
    }
    byId.set(result.plan.id, file);
    plans.push({ file, plan: result.plan });
  }
  return {
    plans: sortByVi(plans, (p) => p.plan.title),
    invalid: sortByVi(invalid, (f) => f.file),
  };
}

const modules = import.meta.glob<unknown>('../../../workflows/*.plan.json', { import: 'default' });

/**
 * The example plans shipped in `workflows/`, validated. Each file is its own chunk, fetched only when this
 * is called (on the first start, to seed the library), so the examples never weigh on the first page.
 */
export async function loadSeedPlans(): Promise<SeedPlans> {
  const loaded = await Promise.all(
    Object.entries(modules).map(async ([path, load]) => [path, await load()] as const),
  );
  return readPlanModules(Object.fromEntries(loaded));
}
