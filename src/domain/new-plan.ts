import { PlanSchema, type Plan } from './plan';

const ISSUER_ID = 'co-quan-ban-hanh';

/**
 * A new, empty plan: a Party "Kế hoạch" with one issuing body to rename. Its content is the document's,
 * so it is Vietnamese whatever the interface language; the store picks a free id if this one is taken.
 */
export function newPlan(): Plan {
  return PlanSchema.parse({
    id: 'ke-hoach-moi',
    kind: 'ke-hoach',
    format: 'party',
    title: 'Kế hoạch mới',
    issuerIds: [ISSUER_ID],
    bodies: [{ id: ISSUER_ID, name: 'Cơ quan ban hành' }],
  });
}
