import type { Delay } from '../../../engine/forecast-types';
import type { WhatIf } from '../../../engine/what-if';
import { formatDate } from '../../i18n/format';
import type { PlanLookup } from '../timeline/plan-lookup';
import type { useWhatIfMessages } from './messages';

type Messages = ReturnType<typeof useWhatIfMessages>;

/** One what-if change in words, naming its task by code and its bodies by name. */
export function describeChange(change: WhatIf, lookup: PlanLookup, m: Messages): string {
  const d = m.describe;
  const task = (id: string) => lookup.task(id)?.code ?? id;
  const delay = (delay: Delay) =>
    'until' in delay ? d.until(formatDate(delay.until)) : d.by(delay.by, m.units[delay.unit]);
  switch (change.kind) {
    case 'delay-task':
      return d.delayTask(task(change.taskId), delay(change.delay));
    case 'delay-body':
      return d.delayBody(lookup.name(change.bodyId), delay(change.delay));
    case 'remove-body':
      return d.removeBody(lookup.name(change.bodyId));
    case 'replace-body':
      return d.replaceBody(
        lookup.name(change.bodyId),
        typeof change.by === 'string' ? lookup.name(change.by) : change.by.name,
      );
    case 'block-task':
      return d.blockTask(task(change.taskId));
    case 'cancel-task':
      return d.cancelTask(task(change.taskId));
    case 'change-effort': {
      const e = change.effort;
      return d.changeEffort(
        task(change.taskId),
        e ? `${e.optimistic} – ${e.likely} – ${e.pessimistic}` : d.defaultEffort,
      );
    }
  }
}
