import fc from 'fast-check';
import { BODY_KINDS, BODY_LEVELS } from '../../../src/domain/body';
import { PLAN_KINDS, PlanSchema, RECIPIENT_PURPOSES, type Plan } from '../../../src/domain/plan';
import { STAGES } from '../../../src/domain/stage';
import { TASK_KINDS } from '../../../src/domain/task';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const isoDate = fc
  .date({ min: new Date('1930-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const point = fc.double({ noNaN: true, noDefaultInfinity: true });

const body = (i: number) =>
  fc.record({
    id: fc.constant(`b${i}`),
    name: text,
    abbreviation: maybe(text),
    aliases: fc.array(text, { maxLength: 2 }),
    kind: fc.constantFrom(...BODY_KINDS),
    level: fc.constantFrom(...BODY_LEVELS),
    parentId: maybe(id),
    validFrom: maybe(isoDate),
    validTo: maybe(isoDate),
    successorIds: fc.array(id, { maxLength: 2 }),
  });

const task = (i: number) =>
  fc.record({
    id: fc.constant(`t${i}`),
    code: text,
    title: text,
    text: fc.string({ unit: 'grapheme', maxLength: 60 }),
    stage: fc.constantFrom(...STAGES),
    kind: fc.constantFrom(...TASK_KINDS),
    leadId: maybe(id),
    participantIds: fc.array(id, { maxLength: 3 }),
    deadline: maybe(text),
    prerequisiteIds: fc.array(id, { maxLength: 2 }),
    collectsReports: fc.boolean(),
    report: maybe(fc.record({ toId: id, viaId: maybe(id), deadline: maybe(text) })),
    deliverable: maybe(text),
    childPlan: fc.boolean(),
    mode: fc.constantFrom('order' as const, 'request' as const),
    adoptedById: maybe(id),
    section: fc.string({ maxLength: 5 }),
    position: maybe(fc.record({ x: point, y: point })),
  });

const indexed = <T>(make: (i: number) => fc.Arbitrary<T>, max: number) =>
  fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(i))));

/** Any valid plan: every field of the schema, Vietnamese text, odd numbers; ids unique by construction. */
export const validPlan: fc.Arbitrary<Plan> = fc
  .record({
    schemaVersion: fc.constant(2 as const),
    id,
    kind: fc.constantFrom(...PLAN_KINDS),
    format: fc.constantFrom('party' as const, 'state' as const),
    number: maybe(fc.record({ raw: text, number: text, type: text, issuer: text })),
    title: text,
    issuerIds: fc.array(id, { minLength: 1, maxLength: 2 }),
    place: maybe(text),
    date: maybe(isoDate),
    signers: fc.array(
      fc.record({ capacity: maybe(text), title: maybe(text), name: maybe(text), bodyId: maybe(id) }),
      { maxLength: 2 },
    ),
    validity: fc.record({ from: maybe(isoDate), to: maybe(isoDate), phrase: maybe(text) }),
    basis: fc.array(
      fc.record({
        raw: text,
        number: maybe(text),
        type: maybe(text),
        issuer: maybe(text),
        date: maybe(isoDate),
        issuedBy: maybe(text),
        term: maybe(text),
      }),
      { maxLength: 2 },
    ),
    focalBodyId: maybe(id),
    recipients: fc.array(
      fc.record({ name: text, bodyId: maybe(id), purpose: fc.constantFrom(...RECIPIENT_PURPOSES) }),
      { maxLength: 2 },
    ),
    sections: fc.array(fc.record({ code: text, title: text }), { maxLength: 2 }),
    bodies: indexed(body, 4),
    groups: indexed(
      (i) => fc.record({ id: fc.constant(`g${i}`), name: text, memberIds: fc.array(id), open: fc.boolean() }),
      2,
    ),
    tasks: indexed(task, 4),
    warnings: fc.array(fc.record({ code: text, message: text, refs: fc.array(text, { maxLength: 2 }) }), {
      maxLength: 2,
    }),
    source: maybe(fc.record({ file: maybe(text), note: maybe(text) })),
  })
  .map((input) => PlanSchema.parse(input));
