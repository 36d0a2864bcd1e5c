import { useEffect, useMemo, useState } from 'react';
import type { checkPlan } from '../../engine/check-plan';
import type { PlanRecord } from '../../store';
import { stuckCount } from '../report/plan-messages';
import { errorDetail } from '../shell/error-detail';

/** A plan's overall verdict: how many assigned bodies can get stuck, or why the check itself failed. */
export type LibraryVerdict = { checked: true; stuck: number } | { checked: false; detail: string };

type CheckPlan = typeof checkPlan;

export function verdictOf(record: PlanRecord, check: CheckPlan): LibraryVerdict {
  try {
    return { checked: true, stuck: stuckCount(check(record.plan)) };
  } catch (error) {
    return { checked: false, detail: errorDetail(error) };
  }
}

/**
 * The verifier, loaded after the library's first paint: it is a third of the app's own code, and the
 * list of plans shows without it.
 */
let checker: Promise<CheckPlan> | null = null;
const loadChecker = () => (checker ??= import('../../engine/check-plan').then((m) => m.checkPlan));

/** Verdicts by record revision: a plan is checked again only when it was saved again. */
const cache = new Map<string, LibraryVerdict>();
const revisionKey = (r: PlanRecord) => `${r.id}@${r.revision}@${r.updatedAt}`;
const NOT_YET: ReadonlyMap<string, LibraryVerdict> = new Map();

/**
 * Each record's verdict by id, computed once per revision (the cache keeps only the listed revisions).
 * Empty until the verifier has loaded.
 */
export function useVerdicts(records: readonly PlanRecord[]): ReadonlyMap<string, LibraryVerdict> {
  const [check, setCheck] = useState<CheckPlan | null>(null);
  useEffect(() => {
    let current = true;
    void loadChecker().then((loaded) => current && setCheck(() => loaded));
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => {
    if (!check) return NOT_YET;
    const keys = new Set(records.map(revisionKey));
    for (const key of cache.keys()) if (!keys.has(key)) cache.delete(key);
    return new Map(
      records.map((r) => {
        const key = revisionKey(r);
        const verdict = cache.get(key) ?? verdictOf(r, check);
        cache.set(key, verdict);
        return [r.id, verdict];
      }),
    );
  }, [records, check]);
}
