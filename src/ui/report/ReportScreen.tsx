import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { stuckCount, type PlanRecord } from '../../app';
import { bareNumber } from '../../domain/document-number';
import { useApp } from '../app-context';
import { useDomainLabels } from '../i18n/labels';
import { Link } from '../router/router';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { PlanMeta } from '../plan-view/PlanMeta';
import { PlanNotFound } from '../plan-view/PlanNotFound';
import { PlanReportView } from '../plan-view/PlanReportView';
import { usePlanMessages } from '../plan-view/plan-messages';
import '../plan-view/plan-view.css';
import { useReportPageMessages } from './messages';
import { VerdictBadge } from '../plan-view/VerdictBadge';

function PlanReportPage({ record }: { record: PlanRecord }) {
  const m = useReportPageMessages();
  const pm = usePlanMessages();
  const labels = useDomainLabels();
  const { plan } = record;
  const { verification } = useApp();
  const checked = useMemo(() => verification.check(record), [verification, record]);
  const shortName = pm.shortName(labels.planKinds[plan.kind], bareNumber(plan));
  useDocumentTitle(m.pageTitle(shortName));
  const stuck = checked.ok ? stuckCount(checked.report) : null;
  return (
    <article className="plan-page">
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to={{ name: 'library' }}>
          <span aria-hidden="true">← </span>
          {m.library}
        </Link>
      </nav>
      <header className="card">
        <p className="eyebrow">
          {m.eyebrow} · {shortName}
        </p>
        <h1 tabIndex={-1}>{plan.title}</h1>
        <PlanMeta plan={plan} />
        <div className="plan-page__verdict">
          <VerdictBadge ok={stuck === 0} label={stuck === null ? pm.checkFailed : pm.verdict(stuck)} />
          <Link to={{ name: 'editor', planId: record.id }} className="button button--quiet">
            {m.openEditor}
          </Link>
        </div>
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
  return <PlanReportPage record={result.record} />;
}
