import { describe, expect, it } from 'vitest';
import { formatPath, parsePlanJson } from '../../../src/domain/plan-parse';

const valid = {
  id: 'kh-1',
  kind: 'ke-hoach',
  format: 'party',
  title: 'Kế hoạch',
  issuerIds: ['tu'],
  bodies: [{ id: 'tu', name: 'Thành ủy' }],
  tasks: [{ id: 't1', code: '1', title: 'Nhiệm vụ', stage: 'drafting', leadId: 'tu' }],
};

describe('parsing plan files at the boundary', () => {
  it('accepts a valid plan and fills defaults', () => {
    const r = parsePlanJson(JSON.stringify(valid));
    expect(r.ok && r.plan.tasks[0]?.participantIds).toEqual([]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const r = parsePlanJson('{\n  "id": "x",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path).toMatch(/^dòng 3, cột \d+$/);
      expect(r.problems[0]?.message).toContain('Không phải JSON hợp lệ');
    }
  });

  it('names the JSON path and the rule, in Vietnamese', () => {
    const bad = { ...valid, date: '2024-02-30', tasks: [{ ...valid.tasks[0], stage: 'dancing', id: 'T 1' }] };
    const r = parsePlanJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message]));
      expect(byPath['date']).toBe('Ngày không tồn tại trên lịch');
      expect(byPath['tasks[0].stage']).toContain('Tùy chọn không hợp lệ');
      expect(byPath['tasks[0].id']).toContain('chữ thường không dấu');
    }
  });

  it('refuses duplicate ids, naming the earlier use', () => {
    const r = parsePlanJson(JSON.stringify({ ...valid, tasks: [valid.tasks[0], valid.tasks[0]] }));
    expect(!r.ok && r.problems).toEqual([
      { path: 'tasks[1].id', message: 'Mã "t1" bị trùng (đã dùng cho nhiệm vụ 1)' },
    ]);
  });

  it('formats paths', () => {
    expect(formatPath(['tasks', 3, 'report', 'toId'])).toBe('tasks[3].report.toId');
    expect(formatPath([])).toBe('(gốc)');
  });
});
