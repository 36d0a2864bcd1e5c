import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../src/domain/plan-parse';
import { PlanSchema } from '../../../src/domain/plan';
import { editDistance, knownKeysAt, nearestKey } from '../../../src/domain/unknown-keys';

const task = { id: 't1', code: '1', title: 'Nhiệm vụ', stage: 'drafting', leadId: 'tu' };
const plan = {
  schemaVersion: 2,
  id: 'kh-1',
  kind: 'ke-hoach',
  format: 'party',
  title: 'Kế hoạch',
  issuerIds: ['tu'],
  bodies: [{ id: 'tu', name: 'Thành ủy' }],
  groups: [{ id: 'g', name: 'Các ban', memberIds: ['tu'] }],
  tasks: [task, { ...task, id: 't2', code: '2' }],
};

/** Each problem as "path: message" in one language. */
function refused(value: unknown, language: 'vi' | 'en' = 'vi'): string[] {
  const result = validatePlan(value);
  if (result.ok) return [];
  return result.problems.map((p) => `${p.path[language]}: ${p.message[language]}`);
}

describe('unknown keys are refused with their path and the nearest known key', () => {
  it('names a misspelt prerequisite list, in Vietnamese and English, instead of dropping the dependency', () => {
    const bad = { ...plan, tasks: [task, { ...task, id: 't2', code: '2', prerequisiteID: ['t1'] }] };
    expect(refused(bad)).toEqual([
      'tasks[1].prerequisiteID: Khóa `prerequisiteID` không xác định — có phải ý bạn là `prerequisiteIds`?',
    ]);
    expect(refused(bad, 'en')).toEqual([
      'tasks[1].prerequisiteID: Unknown key `prerequisiteID` — did you mean `prerequisiteIds`?',
    ]);
  });

  it('checks every object of the format, each against its own keys', () => {
    const bad = {
      ...plan,
      titel: 'x',
      number: { raw: '1-KH/TU', number: '1', type: 'KH', issuer: 'TU', isuer: 'TU' },
      basis: [{ raw: 'NQ 45', issuedby: 'BCH' }],
      signers: [{ name: 'A', bodyid: 'tu' }],
      recipients: [{ name: 'Ban', purpos: 'biet' }],
      validity: { to: null, form: null },
      sections: [{ code: 'I', title: 'Mục', tittle: 'x' }],
      warnings: [{ code: 'w', message: 'm', ref: [] }],
      source: { file: null, notes: null },
      bodies: [{ id: 'tu', name: 'Thành ủy', validform: null }],
      groups: [{ id: 'g', name: 'Các ban', members: ['tu'] }],
      tasks: [
        {
          ...task,
          report: { toId: 'tu', via: null },
          position: { x: 1, y: 2, z: 3 },
          childPlanID: null,
        },
      ],
    };
    expect(refused(bad, 'en')).toEqual([
      'number.isuer: Unknown key `isuer` — did you mean `issuer`?',
      'signers[0].bodyid: Unknown key `bodyid` — did you mean `bodyId`?',
      'validity.form: Unknown key `form` — did you mean `from`?',
      'basis[0].issuedby: Unknown key `issuedby` — did you mean `issuedBy`?',
      'recipients[0].purpos: Unknown key `purpos` — did you mean `purpose`?',
      'sections[0].tittle: Unknown key `tittle` — did you mean `title`?',
      'bodies[0].validform: Unknown key `validform` — did you mean `validFrom`?',
      'groups[0].members: Unknown key `members` — did you mean `memberIds`?',
      'tasks[0].report.via: Unknown key `via` — did you mean `viaId`?',
      'tasks[0].position.z: Unknown key `z` — did you mean `x`?',
      'tasks[0].childPlanID: Unknown key `childPlanID` — did you mean `childPlanId`?',
      'warnings[0].ref: Unknown key `ref` — did you mean `refs`?',
      'source.notes: Unknown key `notes` — did you mean `note`?',
      'titel: Unknown key `titel` — did you mean `title`?',
    ]);
  });

  it('says so without a guess when no known key is near, and reports the other problems too', () => {
    const bad = { ...plan, tasks: [{ ...task, stage: 'dancing', comment: 'ghi chú' }] };
    const lines = refused(bad);
    expect(lines).toContain(
      'tasks[0].comment: Khóa `comment` không xác định: định dạng kế hoạch không có trường này',
    );
    expect(lines.some((l) => l.startsWith('tasks[0].stage: '))).toBe(true);
  });

  it('accepts the known key childPlanId', () => {
    const result = validatePlan({ ...plan, tasks: [{ ...task, childPlan: true, childPlanId: 'kh-con' }] });
    expect(result.ok && result.plan.tasks[0]?.childPlanId).toBe('kh-con');
  });

  it('finds the object schema at a path through arrays, defaults and nullables', () => {
    expect(knownKeysAt(PlanSchema, ['tasks', 3, 'report'])).toEqual(['toId', 'viaId', 'deadline']);
    expect(knownKeysAt(PlanSchema, ['tasks', 0, 'title'])).toEqual([]);
    expect(knownKeysAt(PlanSchema, ['nowhere'])).toEqual([]);
  });

  it('suggests a key only when it is near', () => {
    expect(nearestKey('prerequisite_ids', ['prerequisiteIds', 'participantIds'])).toBe('prerequisiteIds');
    expect(nearestKey('leadID', ['leadId', 'id'])).toBe('leadId');
    expect(nearestKey('via', ['toId', 'viaId'])).toBe('viaId');
    expect(nearestKey('xyz', ['leadId', 'title'])).toBeNull();
    expect(nearestKey('id', ['idx', 'leadId'])).toBe('idx');
    expect(nearestKey('anything', [])).toBeNull();
  });

  it('measures edit distance as a metric with swaps of neighbours counted once', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('never accepts a plan that carries a key of no field, whatever the key', () => {
    const known = new Set(Object.keys(PlanSchema.shape));
    fc.assert(
      fc.property(
        fc.string().filter((k) => !known.has(k) && k !== '__proto__'),
        (key) => {
          const lines = refused({ ...plan, [key]: true });
          expect(lines.some((l) => l.includes(`\`${key}\``))).toBe(true);
        },
      ),
    );
  });
});
