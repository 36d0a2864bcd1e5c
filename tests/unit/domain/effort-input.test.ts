import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EffortSchema } from '../../../src/domain/effort';
import { effortTexts, readEffortInput } from '../../../src/domain/effort-input';

const texts = (optimistic: string, likely: string, pessimistic: string) => ({
  optimistic,
  likely,
  pessimistic,
});

describe('effort typed in the inspector', () => {
  it('takes three empty fields as the default, and reads a decimal comma', () => {
    expect(readEffortInput(texts('', ' ', ''))).toEqual({ ok: true, effort: null });
    expect(readEffortInput(texts('2,5', '5', '10'))).toEqual({
      ok: true,
      effort: { optimistic: 2.5, likely: 5, pessimistic: 10 },
    });
  });

  it('names the field of each problem, in Vietnamese and English', () => {
    const order = readEffortInput(texts('10', '5', '20'));
    expect(order).toEqual({
      ok: false,
      problems: [
        {
          field: 'likely',
          message: {
            vi: 'Số ngày khả năng nhất (5) nhỏ hơn số ngày lạc quan (10).',
            en: 'Most likely days (5) is less than the optimistic days (10).',
          },
        },
      ],
    });
    const pessimistic = readEffortInput(texts('5', '10', '8'));
    expect(pessimistic.ok || pessimistic.problems.map((p) => [p.field, p.message.vi])).toEqual([
      ['pessimistic', 'Số ngày bi quan (8) nhỏ hơn số ngày khả năng nhất (10).'],
    ]);
    const bad = readEffortInput(texts('-3', 'mười', ''));
    expect(bad.ok || bad.problems.map((p) => [p.field, p.message.vi])).toEqual([
      ['optimistic', 'Số ngày lạc quan không được âm.'],
      [
        'likely',
        'Số ngày khả năng nhất phải là một số ngày làm việc (ví dụ 10 hoặc 2,5), không phải “mười”.',
      ],
      ['pessimistic', 'Số ngày bi quan chưa được ghi.'],
    ]);
  });

  it('accepts exactly the efforts the plan format accepts, and shows them back as typed', () => {
    const day = fc.integer({ min: -5, max: 60 });
    fc.assert(
      fc.property(day, day, day, (o, l, p) => {
        const read = readEffortInput(texts(String(o), String(l), String(p)));
        const effort = { optimistic: o, likely: l, pessimistic: p };
        expect(read.ok).toBe(EffortSchema.safeParse(effort).success);
        if (read.ok) expect(effortTexts(read.effort)).toEqual(texts(String(o), String(l), String(p)));
      }),
    );
  });
});
