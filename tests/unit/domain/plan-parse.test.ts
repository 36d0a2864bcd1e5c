import { describe, expect, it } from 'vitest';
import { parsePlanJson, validatePlan } from '../../../src/domain/plan-parse';
import { formatPath } from '../../../src/domain/problems';
import { MINIMAL_PLAN } from '../../support/minimal-plan';

const valid = MINIMAL_PLAN;

describe('parsing plan files at the boundary', () => {
  it('accepts a valid plan and fills defaults', () => {
    const r = parsePlanJson(JSON.stringify(valid));
    expect(r.ok && r.plan.tasks[0]?.participantIds).toEqual([]);
  });

  it('names the line and column of a JSON syntax error, in each language', () => {
    const r = parsePlanJson('{\n  "id": "x",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path.vi).toMatch(/^dòng 3, cột \d+$/);
      expect(r.problems[0]?.message.vi).toContain('Không phải JSON hợp lệ');
      expect(r.problems[0]?.path.en).toMatch(/^line 3, column \d+$/);
      expect(r.problems[0]?.message.en).toMatch(/^Not valid JSON: /);
    }
  });

  it('names the JSON path and the rule, in Vietnamese', () => {
    const bad = { ...valid, date: '2024-02-30', tasks: [{ ...valid.tasks[0], stage: 'dancing', id: 'T 1' }] };
    const r = parsePlanJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const byPath = Object.fromEntries(r.problems.map((p) => [p.path.vi, p.message.vi]));
      expect(byPath['date']).toBe('Ngày không tồn tại trên lịch');
      expect(byPath['tasks[0].stage']).toContain('Tùy chọn không hợp lệ');
      expect(byPath['tasks[0].id']).toContain('chữ thường không dấu');
    }
  });

  it('names the same JSON path and rule in English', () => {
    const bad = {
      ...valid,
      date: '2024-02-30',
      issuerIds: [],
      tasks: [{ ...valid.tasks[0], stage: 'dancing', id: 'T 1', title: 7 }],
    };
    const r = validatePlan(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path.en)).toEqual(r.problems.map((p) => p.path.vi));
      const byPath = Object.fromEntries(r.problems.map((p) => [p.path.en, p.message.en]));
      expect(byPath).toEqual({
        issuerIds: 'A plan needs at least one issuing body',
        date: 'This date is not on the calendar',
        'tasks[0].id': 'An id may contain only lowercase letters without diacritics, digits and hyphens',
        'tasks[0].title': 'Invalid input: expected string, received number',
        'tasks[0].stage': expect.stringMatching(/^Invalid option: expected one of "drafting"/),
      });
    }
  });

  it('refuses duplicate ids, naming the earlier use, in each language', () => {
    const r = parsePlanJson(JSON.stringify({ ...valid, tasks: [valid.tasks[0], valid.tasks[0]] }));
    expect(!r.ok && r.problems).toEqual([
      {
        path: { vi: 'tasks[1].id', en: 'tasks[1].id' },
        message: {
          vi: 'Mã "t1" bị trùng (đã dùng cho nhiệm vụ 1)',
          en: 'The id “t1” is repeated (already used for the task “1”)',
        },
      },
    ]);
  });

  it('names a value that is not a plan at all at the root', () => {
    const r = validatePlan(null);
    expect(!r.ok && r.problems).toEqual([
      {
        path: { vi: '(gốc)', en: '(root)' },
        message: {
          vi: 'Đầu vào không hợp lệ: mong đợi object, nhận được null',
          en: 'Invalid input: expected object, received null',
        },
      },
    ]);
  });

  it('formats paths', () => {
    expect(formatPath(['tasks', 3, 'report', 'toId'])).toEqual({
      vi: 'tasks[3].report.toId',
      en: 'tasks[3].report.toId',
    });
    expect(formatPath([])).toEqual({ vi: '(gốc)', en: '(root)' });
  });
});
