import type { WhatIfComparison } from '../../../engine/what-if-compare';
import type { PlanLookup } from '../timeline/plan-lookup';
import { useWhatIfMessages } from './messages';

/** What the changes did, in sentences: end date, tasks newly (no longer) late, verdicts, the critical chain. */
export function Differences({ comparison, lookup }: { comparison: WhatIfComparison; lookup: PlanLookup }) {
  const m = useWhatIfMessages();
  const codes = (ids: string[]) => ids.map((id) => lookup.task(id)?.code ?? id).join(', ');
  const lines: string[] = [];
  const { endP50Days: p50, endP90Days: p90 } = comparison;
  if ((p50 ?? 0) !== 0 || (p90 ?? 0) !== 0) lines.push(m.endMoved(p50 ?? 0, p90 ?? 0));
  if (comparison.newlyLate.length > 0) lines.push(m.newlyLate(codes(comparison.newlyLate)));
  if (comparison.noLongerLate.length > 0) lines.push(m.noLongerLate(codes(comparison.noLongerLate)));
  for (const v of comparison.verdicts)
    lines.push(
      m.verdictNow(lookup.name(v.assigneeId), v.after === null ? m.absent : v.after ? m.completes : m.stuck),
    );
  if (comparison.tasks.length > 0) lines.push(m.tasksMoved(comparison.tasks.length));
  if (comparison.criticalChainChanged) lines.push(m.chainChanged);
  return (
    <ul className="what-if__differences" aria-live="polite">
      {lines.length === 0 ? <li>{m.noDifference}</li> : lines.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
