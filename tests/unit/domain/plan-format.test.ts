import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT_VERSION } from '../../../src/domain/plan';
import { upgradePlan } from '../../../src/domain/plan-format';
import { parsePlanJson, validatePlan } from '../../../src/domain/plan-parse';

const plan = {
  id: 'kh-1',
  kind: 'ke-hoach',
  format: 'party',
  title: 'Kế hoạch',
  issuerIds: ['tu'],
  bodies: [{ id: 'tu', name: 'Thành ủy' }],
  tasks: [{ id: 't1', code: '1', title: 'Nhiệm vụ', stage: 'drafting', leadId: 'tu' }],
};

const messages = (value: unknown, language: 'vi' | 'en') => {
  const result = validatePlan(value);
  return result.ok ? [] : result.problems.map((p) => `${p.path[language]}: ${p.message[language]}`);
};

describe('plan format versions', () => {
  it('reads the current version 2 as it is', () => {
    const result = parsePlanJson(JSON.stringify({ schemaVersion: 2, ...plan }));
    expect(PLAN_FORMAT_VERSION).toBe(2);
    expect(result.ok && result.plan.schemaVersion).toBe(2);
  });

  it('opens a version 1 file, upgraded to version 2 with the same content', () => {
    const v1 = parsePlanJson(JSON.stringify({ schemaVersion: 1, ...plan }));
    const v2 = parsePlanJson(JSON.stringify({ schemaVersion: 2, ...plan }));
    expect(v1.ok && v2.ok).toBe(true);
    if (v1.ok && v2.ok) expect(v1.plan).toEqual(v2.plan);
  });

  it('opens a file without a version as version 1', () => {
    const result = validatePlan(plan);
    expect(result.ok && result.plan.schemaVersion).toBe(2);
    expect(upgradePlan(plan)).toEqual({ ...plan, schemaVersion: 2 });
  });

  it('refuses an unknown key in a version 1 file too, with the nearest known key', () => {
    const v1 = { schemaVersion: 1, ...plan, tasks: [{ ...plan.tasks[0], prerequisiteID: [] }] };
    expect(messages(v1, 'vi')).toEqual([
      'tasks[0].prerequisiteID: Khóa `prerequisiteID` không xác định — có phải ý bạn là `prerequisiteIds`?',
    ]);
  });

  it('refuses a version it does not know, naming the versions it reads, and nothing else', () => {
    const newer = { schemaVersion: 3, ...plan, title: '' };
    expect(messages(newer, 'vi')).toEqual([
      'schemaVersion: Phiên bản định dạng 3 không đọc được: ứng dụng này đọc các phiên bản từ 1 đến 2',
    ]);
    expect(messages({ ...plan, schemaVersion: '2' }, 'en')).toEqual([
      'schemaVersion: Format version "2" cannot be read: this app reads versions 1 to 2',
    ]);
  });

  it('leaves what is not a plan object to the schema', () => {
    expect(upgradePlan(null)).toBeNull();
    expect(upgradePlan([1])).toEqual([1]);
    expect(messages([], 'en')).toEqual(['(root): Invalid input: expected object, received array']);
  });
});
