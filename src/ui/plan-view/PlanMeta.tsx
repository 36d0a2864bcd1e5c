import type { ReactNode } from 'react';
import type { Plan } from '../../domain/plan';
import { formatDate } from '../i18n/format';
import { useDomainLabels } from '../i18n/labels';
import { bareNumber } from '../../domain/document-number';
import { issuerNames } from '../../domain/plan-bodies';
import { usePlanMessages } from './plan-messages';

export function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What document a plan is: kind, number, issuers, date and task count (then any `children` items). */
export function PlanMeta({ plan, children }: { plan: Plan; children?: ReactNode }) {
  const m = usePlanMessages();
  const labels = useDomainLabels();
  return (
    <dl className="meta">
      <MetaItem label={m.kind}>{labels.planKinds[plan.kind]}</MetaItem>
      <MetaItem label={m.number}>{bareNumber(plan) ?? m.noNumber}</MetaItem>
      <MetaItem label={m.issuers}>{issuerNames(plan).join('; ')}</MetaItem>
      <MetaItem label={m.date}>
        {plan.date ? <time dateTime={plan.date}>{formatDate(plan.date)}</time> : m.noDate}
      </MetaItem>
      <MetaItem label={m.tasks}>{plan.tasks.length}</MetaItem>
      {children}
    </dl>
  );
}
