import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap } from '../../../src/engine/event-heap';

describe('event heap', () => {
  it('pops by time, equal times in the order they were pushed, across pushes between pops', () => {
    const op = fc.oneof(
      fc.record({ push: fc.integer({ min: 0, max: 20 }) }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const heap = new EventHeap();
        const model: { time: number; payload: number }[] = [];
        let next = 0;
        for (const o of ops) {
          if ('push' in o) {
            heap.push(o.push / 4, next);
            model.push({ time: o.push / 4, payload: next++ });
          } else if (model.length > 0) {
            model.sort((a, b) => a.time - b.time || a.payload - b.payload);
            const first = model.shift()!;
            expect(heap.peekTime()).toBe(first.time);
            expect(heap.pop()).toBe(first.payload);
          }
          expect(heap.size).toBe(model.length);
        }
      }),
    );
  });
});
