/**
 * Everything the server uses of the core (src/domain, src/engine), and the only file that imports it: when
 * the core changes shape, only these lines change (it is reached by package name, `@rollout/core/…`).
 */
export type { Localized } from '@rollout/core/domain/localized';
export type { Plan } from '@rollout/core/domain/plan';
export { validatePlan } from '@rollout/core/domain/plan-parse';
export { check, formatPath, type PlanProblem } from '@rollout/core/domain/problems';
export {
  RUN_SCHEMA_VERSION,
  RunActionSchema,
  type Run as IssuedRun,
  type RunAction,
  type RunEvent,
} from '@rollout/core/domain/run';
export { compilePlanModel, type PlanModel } from '@rollout/core/engine/model';
export { applyRunEvent, replayRun, runView } from '@rollout/core/engine/run-replay';
export { initialRunState, nextRunEvent, vietnamDate, type RunState } from '@rollout/core/engine/run-state';
