/**
 * Everything the server uses of the core (src/domain, src/engine), and the only file that imports it: when
 * the core changes shape, only these lines change (it is reached by package name, `@rollout/core/…`).
 */
export type { Localized } from '@rollout/core/domain/localized';
export type { Plan } from '@rollout/core/domain/plan';
export { validatePlan } from '@rollout/core/domain/plan-parse';
export { check, type PlanProblem } from '@rollout/core/domain/problems';
