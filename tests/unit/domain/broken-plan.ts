import fc from 'fast-check';
import { validPlan } from '../store/plan-arbitrary';

type Json = fc.JsonValue;
type Change = { kind: 'replace'; by: Json } | { kind: 'remove' } | { kind: 'repeat' };

/** A change to one value: replaced, removed (undefined), or, for a list, its first entry repeated. */
function apply(value: Json, change: Change): Json | undefined {
  if (change.kind === 'replace') return change.by;
  if (change.kind === 'remove') return undefined;
  return Array.isArray(value) && value.length > 0 ? [...value, value[0] as Json] : value;
}

/**
 * `change` made to the value reached by following `steps` down from `value`: a name picks that field, a
 * number an entry or field by its place.
 */
function mutate(value: Json, steps: readonly (string | number)[], change: Change): Json | undefined {
  const [step, ...rest] = steps;
  if (step === undefined || value === null || typeof value !== 'object') return apply(value, change);
  const entries = Object.entries(value) as [string, Json][];
  const picked =
    typeof step === 'string'
      ? entries.find(([k]) => k === step)
      : entries[step % Math.max(entries.length, 1)];
  if (!picked) return apply(value, change);
  const next = mutate(picked[1], rest, change);
  const changed = entries.flatMap(([k, v]) =>
    k !== picked[0] ? [[k, v]] : next === undefined ? [] : [[k, next]],
  );
  return Array.isArray(value) ? changed.map(([, v]) => v as Json) : Object.fromEntries(changed);
}

export const anyJson = fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 3 });
/** Values near what a plan holds, to reach its own rules (ids, dates, issuers, unique ids). */
const nearJson = fc.constantFrom<Json>('A B', 'b0', 't0', 'ke-hoach', '2024-02-30', '2024-2-3', '', [], {});
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), by: fc.oneof(anyJson, nearJson) }),
  fc.record({ kind: fc.constant('remove' as const) }),
  fc.record({ kind: fc.constant('repeat' as const) }),
);

/** Where to change a plan: anywhere, or where its own rules apply. */
const steps = fc.oneof(
  fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom<(string | number)[]>(
    ['id'],
    ['date'],
    ['issuerIds'],
    ['issuerIds', 0],
    ['validity', 'from'],
    ['bodies'],
    ['groups'],
    ['tasks'],
    ['tasks', 0, 'id'],
    ['tasks', 0, 'leadId'],
  ),
);

/** A valid plan with a few changes: values of any type, missing fields, repeated entries. */
export const brokenPlan = fc
  .tuple(validPlan, fc.array(fc.tuple(steps, change), { minLength: 1, maxLength: 3 }))
  .map(([plan, changes]) =>
    changes.reduce<Json | undefined>(
      (v, [steps, c]) => (v === undefined ? v : mutate(v, steps, c)),
      JSON.parse(JSON.stringify(plan)) as Json,
    ),
  );
