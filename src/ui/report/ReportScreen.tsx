import { useLiveQuery } from 'dexie-react-hooks';
import { use, useMemo } from 'react';
import type { PlanRecord } from '../../app';
import { bareNumber } from '../../domain/document-number';
import type { Plan } from '../../domain/plan';
import { useApp } from '../app-context';
import { useDomainLabels } from '../i18n/labels';
import { Link } from '../router/router';
import { Breadcrumb } from '../shell/Breadcrumb';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { PlanMeta } from '../plan-view/PlanMeta';
import { PlanNotFound } from '../plan-view/PlanNotFound';
import { PlanReportView } from '../plan-view/PlanReportView';
import { usePlanMessages } from '../plan-view/plan-messages';
import '../plan-view/plan-view.css';
import { useReportPageMessages } from './messages';
import { ExportButtons } from './ExportButtons';
import { useChildPlans } from '../plan-view/use-child-plans';
import { VerdictBadge } from '../plan-view/VerdictBadge';

function PlanReportPage({ record, plans }: { record: PlanRecord; plans: ReadonlyMap<string, Plan> }) {
  const m = useReportPageMessages();
  const pm = usePlanMessages();
  const labels = useDomainLabels();
  const { plan } = record;
  const verification = use(useApp().verification());
  const checked = useMemo(() => verification.check(record, plans), [verification, record, plans]);
  const shortName = pm.shortName(labels.planKinds[plan.kind], bareNumber(plan));
  useDocumentTitle(m.pageTitle(shortName));
  const verdict = checked.ok ? checked.standing : null;
  return (
    <article className="plan-page">
      <Breadcrumb />
      <header className="card">
        <p className="eyebrow">
          {m.eyebrow} · {shortName}
        </p>
        <h1 tabIndex={-1}>{plan.title}</h1>
        <PlanMeta plan={plan} />
        <div className="plan-page__verdict">
          <VerdictBadge
            ok={verdict?.standing === 'proven' || verdict?.standing === 'conditional'}
            conditional={verdict?.standing === 'conditional'}
            label={verdict === null ? pm.checkFailed : pm.verdict(verdict)}
          />
          <Link to={{ name: 'editor', planId: record.id }} className="button button--quiet">
            {m.openEditor}
          </Link>
        </div>
        <ExportButtons plan={plan} />
      </header>
      {checked.ok ? (
        <PlanReportView report={checked.report} />
      ) : (
        <p role="alert" className="notice notice--problem">
          {m.checkFailed(checked.detail)}
        </p>
      )}
    </article>
  );
}

/** The verdict report (`/plans/:id/report`): each body's verdict with reasons and witness, then findings. */
export function ReportScreen({ planId }: { planId: string }) {
  const m = useReportPageMessages();
  const { plans } = useApp();
  const result = useLiveQuery(() => plans.get(planId), [plans, planId]);
  if (!result) return <PageLoading text={m.loading} />;
  if (!result.record) return <PlanNotFound planId={planId} problem={result.problem} />;
  return <LinkedReportPage record={result.record} />;
}

/** The report once the child plans the plan links to are read from the library. */
function LinkedReportPage({ record }: { record: PlanRecord }) {
  const m = useReportPageMessages();
  const plans = useChildPlans(record.plan);
  if (!plans) return <PageLoading text={m.loading} />;
  return <PlanReportPage record={record} plans={plans} />;
}
