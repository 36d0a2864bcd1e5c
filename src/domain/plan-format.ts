import { z } from 'zod';
import { PLAN_FORMAT_VERSION, PlanOfCheckedTasksSchema, PlanSchema } from './plan';

type PlanObject = Record<string, unknown>;

/**
 * Each older format version's step to the next one. Version 1 (or a file without `schemaVersion`) has the
 * same keys as version 2; version 2 refuses unknown keys. A version 1 file with an unknown key is refused
 * too, with the nearest known key: a misspelt key was dropped silently in version 1, which was a bug then
 * as well, never a feature a file could rely on.
 */
const UPGRADES: Readonly<Record<number, (plan: PlanObject) => PlanObject>> = {
  1: (plan) => ({ ...plan, schemaVersion: 2 }),
};

const isObject = (value: unknown): value is PlanObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plan of any version this app reads, brought up to the current one; other values are left as they are. */
export function upgradePlan(value: unknown): unknown {
  if (!isObject(value)) return value;
  let plan = value.schemaVersion === undefined ? { ...value, schemaVersion: 1 } : value;
  for (;;) {
    const version = plan.schemaVersion;
    const step = typeof version === 'number' ? UPGRADES[version] : undefined;
    if (!step) return plan;
    plan = step(plan);
  }
}

/**
 * `schema` for a plan of any version this app reads, upgraded first. A version the app does not know is
 * refused on its own, naming the versions it reads.
 */
function ofAnyVersion<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    const plan = upgradePlan(value);
    if (isObject(plan) && plan.schemaVersion !== PLAN_FORMAT_VERSION) {
      const written = JSON.stringify(plan.schemaVersion) ?? String(plan.schemaVersion);
      ctx.addIssue({
        code: 'custom',
        path: ['schemaVersion'],
        params: { rule: 'format-version', written, newest: PLAN_FORMAT_VERSION },
      });
    }
    return plan;
  }, schema);
}

/** A plan as files and stored rows hold it: of any version the app reads, upgraded, then checked by `PlanSchema`. */
export const PlanFileSchema = ofAnyVersion(PlanSchema);

/** `PlanFileSchema` for a file whose tasks were checked one at a time as it was read (`PlanOfCheckedTasksSchema`). */
export const PlanFileOfCheckedTasksSchema = ofAnyVersion(PlanOfCheckedTasksSchema);
