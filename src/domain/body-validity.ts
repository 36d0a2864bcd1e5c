import type { Body } from './body';

/**
 * Whether a body exists on a given ISO date (bodies are merged or abolished over time). Kept apart from
 * the schemas of `body.ts` so the engine, and the verify worker with it, can use it without bundling zod.
 */
export function isBodyValidOn(body: Body, isoDate: string | null): boolean {
  if (!isoDate) return true;
  if (body.validFrom && isoDate < body.validFrom) return false;
  if (body.validTo && isoDate > body.validTo) return false;
  return true;
}
