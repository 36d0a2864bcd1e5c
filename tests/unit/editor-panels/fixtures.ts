import { makePlan } from '../../support/plan-builder';

/**
 * b0 and b1 wait for each other (both stuck), III.3 has no lead (warning), IV.1 is led by an open group
 * (a warning about the task, a note about the group).
 */
export function troubledPlan() {
  return makePlan(
    [
      { id: 't1', code: 'III.1', leadId: 'b0', prerequisiteIds: ['t2'], stage: 'drafting' },
      { id: 't2', code: 'III.2', leadId: 'b1', prerequisiteIds: ['t1'] },
      { id: 't3', code: 'III.3', participantIds: ['b2', 'b0'] },
      { id: 't4', code: 'IV.1', leadId: 'nhom', stage: 'reviewing' },
    ],
    { groups: [{ id: 'nhom', name: 'Các quận ủy', open: true }] },
    3,
  );
}
