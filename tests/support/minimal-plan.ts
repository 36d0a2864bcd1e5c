/** The smallest valid plan file, as JSON data: one issuer that leads one drafting task. */
export const MINIMAL_TASK = { id: 't1', code: '1', title: 'Nhiệm vụ', stage: 'drafting', leadId: 'tu' };

export const MINIMAL_PLAN = {
  id: 'kh-1',
  kind: 'ke-hoach',
  format: 'party',
  title: 'Kế hoạch',
  issuerIds: ['tu'],
  bodies: [{ id: 'tu', name: 'Thành ủy' }],
  tasks: [MINIMAL_TASK],
};
