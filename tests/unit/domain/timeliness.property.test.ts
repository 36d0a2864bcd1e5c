import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../../../src/calendar/vietnam-holidays';
import { addDays } from '../../../src/domain/date';
import {
  daysBetween,
  judge,
  timelinessScale,
  TIMELINESS,
  type AssignmentTiming,
  type Timeliness,
} from '../../../src/domain/timeliness';
import { workingDaysBetween, type WorkingCalendar } from '../../../src/domain/working-days';

const calendar = vietnamCalendar(2023, 2026);
const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2024-01-01', n) as string);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { freq: 2 });

const timing: fc.Arbitrary<AssignmentTiming> = fc
  .record({
    due: maybe(day),
    tentative: fc.boolean(),
    ongoing: fc.boolean(),
    startedOn: maybe(day),
    completedOn: maybe(day),
    cancelledOn: fc.option(day, { freq: 5 }),
  })
  .map((t) => (t.completedOn && t.cancelledOn ? { ...t, cancelledOn: null } : t));

const withCalendar = fc.option(fc.constant(calendar), { freq: 2 });

/** Each category by its own definition, from the government's reports. */
function definitions(
  t: AssignmentTiming,
  asOf: string,
  soonDays: number,
  cal: WorkingCalendar | null,
): Record<Timeliness, boolean> {
  const due =
    t.due && cal ? judge(t, timelinessScale({ asOf: t.due, dueSoonDays: 0, calendar: cal })).due : t.due;
  const cancelled = t.cancelledOn !== null && t.cancelledOn <= asOf;
  const done = !cancelled && !t.ongoing && t.completedOn !== null && t.completedOn <= asOf;
  const open = !cancelled && !t.ongoing && !done && due !== null;
  const late = (when: string) => due !== null && !t.tentative && when > due;
  const left = due === null ? 0 : cal ? workingDaysBetween(cal, asOf, due) : daysBetween(asOf, due);
  return {
    cancelled,
    ongoing: !cancelled && t.ongoing,
    'completed-on-time': done && !late(t.completedOn as string),
    'completed-late': done && late(t.completedOn as string),
    overdue: open && late(asOf),
    'due-soon': open && asOf <= (due as string) && left <= soonDays,
    'within-deadline': open && (asOf > (due as string) ? t.tentative : left > soonDays),
    'no-deadline': !cancelled && !t.ongoing && !done && due === null,
  };
}

describe('timeliness categories', () => {
  it('partition the assignments: each is in exactly the category its definition gives', () => {
    fc.assert(
      fc.property(timing, day, fc.integer({ min: 0, max: 15 }), withCalendar, (t, asOf, n, cal) => {
        const scale = timelinessScale({ asOf, dueSoonDays: n, calendar: cal ?? undefined });
        const holds = definitions(t, asOf, n, cal);
        expect(TIMELINESS.filter((c) => holds[c])).toEqual([judge(t, scale).category]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never turn overdue back into within deadline, nor a completion into anything else, as time goes on', () => {
    fc.assert(
      fc.property(timing, day, fc.integer({ min: 0, max: 400 }), withCalendar, (t, asOf, later, cal) => {
        const at = (d: string) =>
          judge(t, timelinessScale({ asOf: d, dueSoonDays: 7, calendar: cal ?? undefined }));
        const before = at(asOf);
        const after = at(addDays(asOf, later) as string);
        if (before.category === 'overdue') {
          expect(['overdue', 'completed-late', 'cancelled']).toContain(after.category);
          expect(after.category !== 'overdue' || after.daysLate >= before.daysLate).toBe(true);
        }
        if (before.category.startsWith('completed') || before.category === 'cancelled')
          expect(after).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('use the office calendar: a deadline on a day off runs to the next working day', () => {
    // 2024-02-10 is Tết (a Saturday); with the compensatory days the holiday library gives, offices reopen
    // on Monday 2024-02-19
    const t: AssignmentTiming = {
      due: '2024-02-10',
      tentative: false,
      ongoing: false,
      startedOn: '2024-02-01',
      completedOn: null,
      cancelledOn: null,
    };
    const at = (asOf: string, cal?: WorkingCalendar) =>
      judge(t, timelinessScale({ asOf, dueSoonDays: 3, calendar: cal }));
    expect(at('2024-02-16', calendar)).toMatchObject({
      category: 'due-soon',
      colour: 'amber',
      due: '2024-02-19',
    });
    expect(at('2024-02-16')).toMatchObject({ category: 'overdue', colour: 'red', daysLate: 6 });
    expect(at('2024-02-20', calendar)).toMatchObject({ category: 'overdue', daysLate: 1 });
    // from the 6th, the 19th is three working days away (7, 8, 19): due soon; from the 5th, four
    expect(at('2024-02-06', calendar).category).toBe('due-soon');
    expect(at('2024-02-05', calendar)).toMatchObject({ category: 'within-deadline', colour: 'blue' });
    expect(
      judge({ ...t, startedOn: null }, timelinessScale({ asOf: '2024-01-02', dueSoonDays: 3 })).colour,
    ).toBe('grey');
  });

  it('colour completions green on time and amber late; a tentative date is never overdue', () => {
    const base = { tentative: false, ongoing: false, startedOn: '2024-03-01', cancelledOn: null };
    const scale = timelinessScale({ asOf: '2024-06-01', dueSoonDays: 5 });
    expect(judge({ ...base, due: '2024-04-30', completedOn: '2024-04-30' }, scale)).toMatchObject({
      category: 'completed-on-time',
      colour: 'green',
    });
    expect(judge({ ...base, due: '2024-04-30', completedOn: '2024-05-03' }, scale)).toMatchObject({
      category: 'completed-late',
      colour: 'amber',
      daysLate: 3,
    });
    expect(judge({ ...base, tentative: true, due: '2024-04-30', completedOn: null }, scale).category).toBe(
      'within-deadline',
    );
    expect(judge({ ...base, due: '2024-04-30', completedOn: '2024-07-01' }, scale).category).toBe('overdue');
  });
});

describe('due soon with no days of warning', () => {
  it('on a day off, a deadline moved to the next working day is not yet due soon', () => {
    // 2025-11-01 is a Saturday: its deadline runs to Monday 2025-11-03, one working day away
    const t: AssignmentTiming = {
      due: '2025-11-01',
      tentative: false,
      ongoing: false,
      startedOn: null,
      completedOn: null,
      cancelledOn: null,
    };
    const scale = timelinessScale({ asOf: '2025-11-01', dueSoonDays: 0, calendar });
    expect(judge(t, scale).category).toBe('within-deadline');
    expect(judge(t, timelinessScale({ asOf: '2025-11-03', dueSoonDays: 0, calendar })).category).toBe(
      'due-soon',
    );
  });
});
