import type { Language } from '@rollout/core/domain/localized';
import type { PlanReport } from '@rollout/core/engine/check-plan';
import type { Finding } from '@rollout/core/engine/finding';
import type { BlockCause, RunEvent } from '@rollout/core/engine/verdict';

/** One finding, or the same finding about the same subject on many tasks, listed once. */
export interface GroupedFinding {
  code: string;
  severity: Finding['severity'];
  message: string;
  taskIds: string[];
  bodyIds: string[];
}

/**
 * Groups findings that say the same thing about the same subject (a body or group) on several tasks:
 * one entry listing the tasks, worded by the first. Findings about tasks only stay one by one.
 */
export function groupFindings(report: PlanReport, language: Language): GroupedFinding[] {
  const groups = new Map<string, GroupedFinding>();
  const result: GroupedFinding[] = [];
  for (const f of report.findings) {
    const taskIds = f.refs.filter((r) => report.model.tasks.has(r));
    const bodyIds = f.refs.filter((r) => !report.model.tasks.has(r) && r !== 'plan');
    const key = bodyIds.length > 0 ? `${f.code}|${f.severity}|${[...bodyIds].sort().join(',')}` : null;
    const known = key === null ? undefined : groups.get(key);
    if (known) {
      for (const t of taskIds) if (!known.taskIds.includes(t)) known.taskIds.push(t);
      continue;
    }
    const entry = { code: f.code, severity: f.severity, message: f.message[language], taskIds, bodyIds };
    if (key !== null) groups.set(key, entry);
    result.push(entry);
  }
  return result;
}

/** Numbers root causes in the order they are first met; each is shared by every assignment it blocks. */
export function rootNumbering(): (cause: BlockCause) => { index: number; first: boolean } {
  const seen = new Map<BlockCause, number>();
  return (cause) => {
    const known = seen.get(cause);
    if (known !== undefined) return { index: known, first: false };
    seen.set(cause, seen.size);
    return { index: seen.size - 1, first: true };
  };
}

/**
 * Numbers the parts of witnesses (`Witnesses.partsOf`) in the order they are first referred to, so that each
 * is told once however many witnesses come after it: `refer` gives a part's number; `tell` then visits every
 * part referred to, in number order, with the numbers of the parts it comes after (referred to in turn).
 */
export function partNumbering(report: PlanReport): {
  refer: (slot: number) => number;
  tell: (visit: (n: number, after: number[], steps: readonly RunEvent[]) => void) => void;
} {
  const numbers = new Map<number, number>();
  const slots: number[] = [];
  const refer = (slot: number) => {
    const known = numbers.get(slot);
    if (known !== undefined) return known;
    numbers.set(slot, slots.length);
    slots.push(slot);
    return slots.length - 1;
  };
  const tell = (visit: (n: number, after: number[], steps: readonly RunEvent[]) => void) => {
    for (let n = 0; n < slots.length; n++) {
      const part = report.witnesses.part(slots[n] as number);
      visit(n, part.after.map(refer), part.steps);
    }
  };
  return { refer, tell };
}
