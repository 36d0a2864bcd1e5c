import type { Effort } from './effort';
import type { Localized } from './localized';

export const EFFORT_FIELDS = ['optimistic', 'likely', 'pessimistic'] as const;
export type EffortField = (typeof EFFORT_FIELDS)[number];

/** The three fields as a planner names them, in every language of the interface. */
export const EFFORT_FIELD_NAMES: Readonly<Record<EffortField, Localized>> = {
  optimistic: { vi: 'Số ngày lạc quan', en: 'Optimistic days' },
  likely: { vi: 'Số ngày khả năng nhất', en: 'Most likely days' },
  pessimistic: { vi: 'Số ngày bi quan', en: 'Pessimistic days' },
};

export interface EffortProblem {
  field: EffortField;
  message: Localized;
}

export type EffortInput = { ok: true; effort: Effort | null } | { ok: false; problems: EffortProblem[] };

const NUMBER = /^\d+(?:[.,]\d+)?$/;

const say = (field: EffortField, vi: string, en: string): EffortProblem => ({
  field,
  message: { vi: `${EFFORT_FIELD_NAMES[field].vi} ${vi}`, en: `${EFFORT_FIELD_NAMES[field].en} ${en}` },
});

function readOne(field: EffortField, text: string): number | EffortProblem {
  const trimmed = text.trim();
  if (trimmed === '') return say(field, 'chưa được ghi.', 'is missing.');
  if (/^-\s*\d/.test(trimmed)) return say(field, 'không được âm.', 'cannot be negative.');
  if (!NUMBER.test(trimmed))
    return say(
      field,
      `phải là một số ngày làm việc (ví dụ 10 hoặc 2,5), không phải “${trimmed}”.`,
      `must be a number of working days (e.g. 10 or 2.5), not “${trimmed}”.`,
    );
  return Number(trimmed.replace(',', '.'));
}

/**
 * Reads an effort typed in three fields (working days; a decimal comma is accepted). All three empty: the
 * default of the task's stage and kind (null). Otherwise each must be a number ≥ 0, and optimistic ≤ most
 * likely ≤ pessimistic; every problem names its field.
 */
export function readEffortInput(texts: Readonly<Record<EffortField, string>>): EffortInput {
  if (EFFORT_FIELDS.every((f) => texts[f].trim() === '')) return { ok: true, effort: null };
  const values: Partial<Record<EffortField, number>> = {};
  const problems: EffortProblem[] = [];
  for (const field of EFFORT_FIELDS) {
    const read = readOne(field, texts[field]);
    if (typeof read === 'number') values[field] = read;
    else problems.push(read);
  }
  const { optimistic, likely, pessimistic } = values;
  if (optimistic !== undefined && likely !== undefined && likely < optimistic)
    problems.push(
      say(
        'likely',
        `(${likely}) nhỏ hơn số ngày lạc quan (${optimistic}).`,
        `(${likely}) is less than the optimistic days (${optimistic}).`,
      ),
    );
  const lower = likely ?? optimistic;
  if (pessimistic !== undefined && lower !== undefined && pessimistic < lower) {
    const [vi, en] = likely !== undefined ? ['khả năng nhất', 'most likely'] : ['lạc quan', 'optimistic'];
    problems.push(
      say(
        'pessimistic',
        `(${pessimistic}) nhỏ hơn số ngày ${vi} (${lower}).`,
        `(${pessimistic}) is less than the ${en} days (${lower}).`,
      ),
    );
  }
  if (problems.length > 0 || optimistic === undefined || likely === undefined || pessimistic === undefined)
    return { ok: false, problems };
  return { ok: true, effort: { optimistic, likely, pessimistic } };
}

/** An effort as the three fields show it (empty for the default). */
export function effortTexts(effort: Effort | null): Record<EffortField, string> {
  return {
    optimistic: effort ? String(effort.optimistic) : '',
    likely: effort ? String(effort.likely) : '',
    pessimistic: effort ? String(effort.pessimistic) : '',
  };
}
