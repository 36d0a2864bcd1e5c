import fc from 'fast-check';
import { compilePlanModel } from '../../../src/engine/model';
import { makePlan } from '../../support/plan-builder';

const body = fc.integer({ min: 0, max: 3 }).map((i) => `b${i}`);
/** A lead, participant or receiver: a body, a group (open, closed, empty or nested), or an undefined id. */
const party = fc.oneof(
  { weight: 8, arbitrary: body },
  { weight: 1, arbitrary: fc.constant('nhom') },
  { weight: 1, arbitrary: fc.constant('rong') },
  { weight: 1, arbitrary: fc.constant('khong-co') },
);
/** Null three times in four. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Dates around the plan's date (2024-02-02) and the deadlines below. */
const day = fc.constantFrom('2023-12-31', '2024-02-15', '2024-03-31', '2024-12-31');
const deadline = fc.constantFrom(null, 'trước ngày 01/03/2024', 'Quý IV/2024', 'Thường xuyên');

/**
 * Random small plans using every relation: dependencies (cycles too), missing leads, groups (open, closed,
 * empty, containing each other, with members no longer valid), bodies valid over windows, adoption, report
 * edges to receivers that may be invalid or undefined, collecting reviews, requests, a focal body.
 */
export const smallPlan = fc
  .record({
    bodyCount: fc.integer({ min: 1, max: 4 }),
    windows: fc.array(fc.record({ from: rarely(day), to: rarely(day) }), {
      minLength: 4,
      maxLength: 4,
    }),
    openGroup: fc.boolean(),
    groupMembers: fc.subarray(['b0', 'b1', 'b2', 'b3', 'rong', 'nhom']),
    focal: rarely(body),
    tasks: fc.array(
      fc.record({
        lead: fc.option(party, { freq: 6 }),
        participant: fc.option(party, { freq: 3 }),
        prerequisites: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 2 }),
        collectsReports: fc.boolean(),
        report: fc.option(fc.record({ toId: party, viaId: rarely(body), deadline }), {
          freq: 2,
        }),
        adoptedBy: rarely(fc.oneof(body, fc.constant('khong-co'))),
        request: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
        deadline,
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ bodyCount, windows, openGroup, groupMembers, focal, tasks }) => {
    const known = (id: string) => (/^b\d$/.test(id) && Number(id.slice(1)) >= bodyCount ? 'b0' : id);
    return makePlan(
      tasks.map((t, i) => ({
        id: `t${i}`,
        leadId: t.lead === null ? null : known(t.lead),
        participantIds: t.participant ? [known(t.participant)] : [],
        prerequisiteIds: t.prerequisites.map((p) => (p === 6 ? 'tx' : `t${p % tasks.length}`)),
        collectsReports: t.collectsReports,
        report: t.report
          ? {
              toId: known(t.report.toId),
              viaId: t.report.viaId && known(t.report.viaId),
              deadline: t.report.deadline,
            }
          : null,
        adoptedById: t.adoptedBy && known(t.adoptedBy),
        mode: t.request ? 'request' : 'order',
        deadline: t.deadline,
      })),
      {
        validity: { from: '2024-02-02', to: '2024-12-31' },
        focalBodyId: focal && known(focal),
        bodies: Array.from({ length: bodyCount }, (_, i) => ({
          id: `b${i}`,
          name: `Cơ quan ${i}`,
          validFrom: i > 0 ? (windows[i]?.from ?? null) : null,
          validTo: i > 0 ? (windows[i]?.to ?? null) : null,
          successorIds: i > 0 ? ['b0'] : [],
        })),
        groups: [
          {
            id: 'nhom',
            name: 'Các đảng ủy trực thuộc',
            open: openGroup,
            memberIds: openGroup ? [] : groupMembers.map(known),
          },
          { id: 'rong', name: 'Nhóm rỗng', memberIds: [] },
        ],
      },
      bodyCount,
    );
  })
  .filter((plan) => {
    const model = compilePlanModel(plan);
    const assignments = [...model.assignees.values()].reduce((n, a) => n + a.taskIds.length, 0);
    return assignments <= 5;
  });
