import type { BodyForecast, Forecast, TaskForecast } from './forecast-types';
import type { BodyVerdict } from './verdict';

/** Calendar days from `from` to `to` (negative when earlier); null when either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const day = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

export interface TaskChange {
  taskId: string;
  before: TaskForecast | null;
  after: TaskForecast | null;
  /** Change of the probability of meeting the deadline (after − before). */
  onTime: number | null;
  /** Calendar days the P50 and P90 finishes moved (positive: later). */
  p50Days: number | null;
  p90Days: number | null;
}

export interface BodyChange {
  assigneeId: string;
  before: BodyForecast | null;
  after: BodyForecast | null;
  p50Days: number | null;
  p90Days: number | null;
}

/** A body whose verdict changed: can it still complete, before and after (null: not in that plan). */
export interface VerdictChange {
  assigneeId: string;
  before: boolean | null;
  after: boolean | null;
}

/** What a what-if changed, for a side-by-side view: only what differs is listed. */
export interface WhatIfComparison {
  tasks: TaskChange[];
  bodies: BodyChange[];
  verdicts: VerdictChange[];
  endP50Days: number | null;
  endP90Days: number | null;
  criticalChainChanged: boolean;
  newlyLate: string[];
  noLongerLate: string[];
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function keysOf<T>(before: Map<string, T>, after: Map<string, T>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])];
}

const EPSILON = 1e-12;

function taskChanged(b: TaskForecast | null, a: TaskForecast | null): boolean {
  if (!b || !a) return true;
  return (
    b.mode !== a.mode ||
    b.p50 !== a.p50 ||
    b.p90 !== a.p90 ||
    Math.abs((b.onTime ?? -1) - (a.onTime ?? -1)) > EPSILON ||
    Math.abs(b.finishes - a.finishes) > EPSILON
  );
}

export function compareWhatIf(
  before: Forecast,
  after: Forecast,
  verdicts?: { before: readonly BodyVerdict[]; after: readonly BodyVerdict[] },
): WhatIfComparison {
  const tb = byKey(before.tasks, (t) => t.taskId);
  const ta = byKey(after.tasks, (t) => t.taskId);
  const tasks = keysOf(tb, ta).flatMap((taskId): TaskChange[] => {
    const b = tb.get(taskId) ?? null;
    const a = ta.get(taskId) ?? null;
    if (!taskChanged(b, a)) return [];
    const onTime = b?.onTime != null && a?.onTime != null ? a.onTime - b.onTime : null;
    const p50Days = daysBetween(b?.p50 ?? null, a?.p50 ?? null);
    return [
      { taskId, before: b, after: a, onTime, p50Days, p90Days: daysBetween(b?.p90 ?? null, a?.p90 ?? null) },
    ];
  });
  const bb = byKey(before.bodies, (x) => x.assigneeId);
  const ba = byKey(after.bodies, (x) => x.assigneeId);
  const bodies = keysOf(bb, ba).flatMap((assigneeId): BodyChange[] => {
    const b = bb.get(assigneeId) ?? null;
    const a = ba.get(assigneeId) ?? null;
    if (b && a && b.p50 === a.p50 && b.p90 === a.p90 && Math.abs(b.finishes - a.finishes) <= EPSILON)
      return [];
    return [
      {
        assigneeId,
        before: b,
        after: a,
        p50Days: daysBetween(b?.p50 ?? null, a?.p50 ?? null),
        p90Days: daysBetween(b?.p90 ?? null, a?.p90 ?? null),
      },
    ];
  });
  const vb = byKey(verdicts?.before ?? [], (v) => v.assigneeId);
  const va = byKey(verdicts?.after ?? [], (v) => v.assigneeId);
  const verdictChanges = keysOf(vb, va).flatMap((assigneeId): VerdictChange[] => {
    const b = vb.get(assigneeId)?.completes ?? null;
    const a = va.get(assigneeId)?.completes ?? null;
    return a === b ? [] : [{ assigneeId, before: b, after: a }];
  });
  const lateBefore = new Set(before.likelyLate);
  const lateAfter = new Set(after.likelyLate);
  return {
    tasks,
    bodies,
    verdicts: verdictChanges,
    endP50Days: daysBetween(before.end.p50, after.end.p50),
    endP90Days: daysBetween(before.end.p90, after.end.p90),
    criticalChainChanged:
      (before.criticalChain?.taskIds.join(',') ?? '') !== (after.criticalChain?.taskIds.join(',') ?? ''),
    newlyLate: after.likelyLate.filter((id) => !lateBefore.has(id)),
    noLongerLate: before.likelyLate.filter((id) => !lateAfter.has(id)),
  };
}
