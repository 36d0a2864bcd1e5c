import type { PlanRecord } from '../../app';
import type { Plan } from '../../domain/plan';

/** What every view of the studio is given: the saved plan and the library's plans its child plans link to. */
export interface StudioPanelProps {
  record: PlanRecord;
  plans: ReadonlyMap<string, Plan>;
}
