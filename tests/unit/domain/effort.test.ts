import { describe, expect, it } from 'vitest';
import { BodySchema } from '../../../src/domain/body';
import { capacityOf, DEFAULT_BODY_CAPACITY, effortOf } from '../../../src/domain/effort';
import { check } from '../../../src/domain/problems';
import { TaskSchema } from '../../../src/domain/task';

const task = { id: 't-1', code: '1', title: 'Xây dựng kế hoạch', stage: 'drafting' as const };

describe('effort estimates and capacity', () => {
  it('defaults to none in the plan, and the forecast then takes the default of the stage and kind', () => {
    const parsed = TaskSchema.parse(task);
    expect(parsed.effort).toBeNull();
    expect(effortOf(parsed)).toEqual({ optimistic: 5, likely: 10, pessimistic: 20 });
    expect(effortOf({ ...parsed, kind: 'ongoing' })).toBeNull();
    const own = { optimistic: 1, likely: 2, pessimistic: 3 };
    expect(effortOf(TaskSchema.parse({ ...task, kind: 'ongoing', effort: own }))).toEqual(own);
  });

  it('refuses an estimate out of order, saying where and why in Vietnamese and English', () => {
    const result = check(TaskSchema, { ...task, effort: { optimistic: 5, likely: 3, pessimistic: 8 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path.vi).toBe('effort');
    expect(result.problems[0]?.message.vi).toMatch(/lạc quan ≤ khả dĩ nhất ≤ bi quan/);
    expect(result.problems[0]?.message.en).toMatch(/optimistic ≤ most likely ≤ pessimistic/);
  });

  it('gives a body the default capacity unless it states one of at least 1', () => {
    const body = BodySchema.parse({ id: 'b', name: 'Ban' });
    expect(capacityOf(body)).toBe(DEFAULT_BODY_CAPACITY);
    expect(capacityOf(BodySchema.parse({ id: 'b', name: 'Ban', capacity: 1 }))).toBe(1);
    expect(BodySchema.safeParse({ id: 'b', name: 'Ban', capacity: 0 }).success).toBe(false);
  });
});
