/**
 * Everything the server uses of the core (src/domain, src/engine), and the only file that imports it: when
 * the core is reachable by package name, only these lines change.
 */
export type { Localized } from '../../src/domain/localized';
export type { Plan } from '../../src/domain/plan';
export type { Task } from '../../src/domain/task';
export { validatePlan } from '../../src/domain/plan-parse';
export { check, type PlanProblem } from '../../src/domain/problems';
