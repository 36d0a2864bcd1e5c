import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlayQuery } from '../../../../src/ui/simulate/play/play-query';

describe("the Play view's query", () => {
  it('reads a seed, a speed and a body to replay', () => {
    expect(readPlayQuery('?seed=123&speed=20&replay=ban-tuyen-giao')).toEqual({
      seed: 123,
      speed: 20,
      replay: 'ban-tuyen-giao',
    });
    expect(readPlayQuery('')).toEqual({ seed: null, speed: null, replay: null });
  });

  it('takes any seed it wrote back as the same number, and never a number from anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (seed) => {
        expect(readPlayQuery(`?seed=${seed}`).seed).toBe(seed);
      }),
    );
    for (const bad of ['-1', '1e3', '12a', '', '0x10', '1234567890'])
      expect(readPlayQuery(`?seed=${encodeURIComponent(bad)}`).seed).toBeNull();
  });
});
