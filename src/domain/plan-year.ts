import type { Plan } from './plan';

/** The day the plan speaks from: its date, else the start of its validity ("năm 2024" → 2024-01-01). */
export function planAsOf(plan: Plan): string | null {
  return plan.date ?? plan.validity.from ?? null;
}

/**
 * The year a deadline phrase without one takes ("cuối năm", "quý III"): the year of `planAsOf`. A plan
 * with neither a date nor a validity has none, and such phrases stay unknown.
 */
export function planYearOf(plan: Plan): number | null {
  const asOf = planAsOf(plan);
  return asOf ? Number(asOf.slice(0, 4)) : null;
}
