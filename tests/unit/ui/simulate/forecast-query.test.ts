import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../../../../src/engine/forecast';
import { readForecastQuery } from '../../../../src/ui/simulate/forecast/forecast-query';

describe("the forecast's settings in the address", () => {
  it('reads runs, seed and start date', () => {
    expect(readForecastQuery('?runs=200&seed=7&start=2024-06-03')).toEqual({
      runs: 200,
      seed: 7,
      start: '2024-06-03',
    });
  });

  it('keeps the default of each setting the address lacks or gives out of range', () => {
    expect(readForecastQuery('')).toEqual({ runs: DEFAULT_RUNS, seed: DEFAULT_SEED, start: null });
    expect(readForecastQuery('?runs=0&seed=-3&start=03/06/2024')).toEqual({
      runs: DEFAULT_RUNS,
      seed: DEFAULT_SEED,
      start: null,
    });
    expect(readForecastQuery('?runs=100001').runs).toBe(DEFAULT_RUNS);
  });

  it('gives back any valid number of runs and any seed it is given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        (runs, seed) => {
          expect(readForecastQuery(`?runs=${runs}&seed=${seed}`)).toMatchObject({ runs, seed });
        },
      ),
    );
  });
});
