// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { useLiveReport, WORKER_THRESHOLD } from '../../../src/ui/editor/live-report';
import {
  answerVerifyRequest,
  type VerifyRequest,
  type VerifyResponse,
} from '../../../src/ui/editor/verify-protocol';
import { makePlan } from '../../support/plan-builder';

/** A stand-in for the verify worker: it holds requests until the test answers them, in any order. */
class FakeWorker {
  static last: FakeWorker | null = null;
  requests: VerifyRequest[] = [];
  onmessage: ((event: MessageEvent<VerifyResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: VerifyRequest) {
    this.requests.push(request);
  }
  answer(index: number) {
    const request = this.requests[index] as VerifyRequest;
    this.onmessage?.({ data: answerVerifyRequest(request) } as MessageEvent<VerifyResponse>);
  }
  terminate() {
    this.terminated = true;
  }
}

/** A plan with `count` tasks; `stuckAt` makes that task wait for itself (its lead is stuck). */
function planOf(count: number, stuckAt: number | null = null): Plan {
  return makePlan(
    Array.from({ length: count }, (_, i) => ({
      id: `t${i}`,
      leadId: `b${i % 4}`,
      prerequisiteIds: i === stuckAt ? [`t${i}`] : [],
    })),
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useLiveReport', () => {
  it('checks a small plan on the main thread after the change, pending until then', () => {
    const { result, rerender } = renderHook(({ plan }) => useLiveReport(plan), {
      initialProps: { plan: planOf(3) },
    });
    expect(result.current).toEqual({ report: null, pending: true });

    act(() => vi.runAllTimers());
    expect(result.current.pending).toBe(false);
    expect(result.current.report?.allComplete).toBe(true);

    rerender({ plan: planOf(3, 1) });
    expect(result.current.pending).toBe(true);
    expect(result.current.report?.allComplete).toBe(true);
    act(() => vi.runAllTimers());
    expect(result.current.pending).toBe(false);
    expect(result.current.report?.allComplete).toBe(false);
  });

  it('checks a large plan in the worker and drops an answer that arrives after a newer request', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const first = planOf(WORKER_THRESHOLD);
    const second = planOf(WORKER_THRESHOLD, 5);
    const { result, rerender, unmount } = renderHook(({ plan }) => useLiveReport(plan), {
      initialProps: { plan: first },
    });
    rerender({ plan: second });
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.requests.map((r) => [r.seq, r.plan])).toEqual([
      [1, first],
      [2, second],
    ]);

    act(() => worker.answer(0));
    expect(result.current).toEqual({ report: null, pending: true });

    act(() => worker.answer(1));
    expect(result.current.pending).toBe(false);
    expect(result.current.report?.allComplete).toBe(false);

    unmount();
    expect(worker.terminated).toBe(true);
  });
});
