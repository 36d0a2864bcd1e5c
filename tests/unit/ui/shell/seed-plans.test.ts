import { describe, expect, it } from 'vitest';
import { loadSeedPlans, readPlanModules } from '../../../../src/ui/shell/seed-plans';

const plan = (id: string, title: string) => ({
  id,
  kind: 'ke-hoach',
  format: 'party',
  title,
  issuerIds: ['b0'],
  bodies: [{ id: 'b0', name: 'Cơ quan 0' }],
});

describe('readPlanModules', () => {
  it('keeps a broken file out of the library and lists its problems in Vietnamese', () => {
    const result = readPlanModules({
      '../../workflows/good.plan.json': plan('good', 'Kế hoạch tốt'),
      '../../workflows/broken.plan.json': { id: 'Bad Id', title: '' },
    });
    expect(result.plans.map((p) => p.plan.id)).toEqual(['good']);
    expect(result.invalid).toHaveLength(1);
    expect(result.invalid[0]?.file).toBe('broken.plan.json');
    const problems = result.invalid[0]?.problems ?? [];
    expect(problems.map((p) => p.path.vi)).toContain('id');
    expect(problems.find((p) => p.path.vi === 'id')?.message.vi).toMatch(/chữ thường không dấu/);
  });

  it('refuses a second file that reuses a plan id', () => {
    const result = readPlanModules({
      '../../workflows/a.plan.json': plan('same', 'Một'),
      '../../workflows/b.plan.json': plan('same', 'Hai'),
    });
    expect(result.plans).toHaveLength(1);
    expect(result.invalid[0]?.problems).toEqual([
      {
        path: { vi: 'id', en: 'id' },
        message: {
          vi: 'Mã kế hoạch "same" đã dùng trong tệp a.plan.json',
          en: 'The plan id “same” is already used in the file “a.plan.json”',
        },
      },
    ]);
  });

  it('sorts plans by title with Vietnamese collation (Đ after D, before E)', () => {
    const result = readPlanModules({
      '../../workflows/1.plan.json': plan('e', 'Em'),
      '../../workflows/2.plan.json': plan('dd', 'Đề án'),
      '../../workflows/3.plan.json': plan('d', 'Dân vận'),
    });
    expect(result.plans.map((p) => p.plan.title)).toEqual(['Dân vận', 'Đề án', 'Em']);
  });
});

describe('loadSeedPlans', () => {
  it('loads every seed plan in workflows/ without a problem', async () => {
    const seeds = await loadSeedPlans();
    expect(seeds.invalid).toEqual([]);
    expect(seeds.plans).toHaveLength(5);
  });
});
