import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../src/domain/plan-parse';
import { validPlan } from '../store/plan-arbitrary';

/** Letters only Vietnamese writes (with their marks), in either case. */
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

/** Every string the value holds, keys too, longest first: a message or path may quote any of them as written. */
function ownWords(value: unknown): string[] {
  const words = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') words.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      Object.keys(v).forEach((key) => words.add(key));
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return [...words].filter((w) => w !== '').sort((a, b) => b.length - a.length);
}

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

const anyJson = fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 3 });
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
const brokenPlan = fc
  .tuple(validPlan, fc.array(fc.tuple(steps, change), { minLength: 1, maxLength: 3 }))
  .map(([plan, changes]) =>
    changes.reduce<Json | undefined>(
      (v, [steps, c]) => (v === undefined ? v : mutate(v, steps, c)),
      JSON.parse(JSON.stringify(plan)) as Json,
    ),
  );

function expectEveryProblemInBothLanguages(value: unknown) {
  const result = validatePlan(value);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  const words = ownWords(value);
  for (const { path, message } of result.problems) {
    for (const text of [path.vi, path.en, message.vi, message.en]) expect(text.length).toBeGreaterThan(0);
    if (path.vi !== '(gốc)') expect(path.en).toBe(path.vi);
    const unquoted = (text: string) => words.reduce((t, word) => t.split(word).join(' '), text);
    expect(unquoted(message.en), message.en).not.toMatch(VIETNAMESE);
    expect(unquoted(path.en.replace(/^\(root\)$/, '')), path.en).not.toMatch(VIETNAMESE);
  }
}

describe('a refused plan in both languages', () => {
  it('words every problem with any JSON value in Vietnamese and English', () => {
    fc.assert(fc.property(anyJson, expectEveryProblemInBothLanguages), { numRuns: 300 });
  });

  it('words every problem with a valid plan after random changes, the English without Vietnamese', () => {
    fc.assert(fc.property(brokenPlan, expectEveryProblemInBothLanguages), { numRuns: 300 });
  });
});
