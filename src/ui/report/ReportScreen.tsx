import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Plan } from '../../domain/plan';
import { checkPlan, type PlanReport } from '../../engine/check-plan';
import type { PlanRecord } from '../../store';
import { Link } from '../router/router';
import { usePlanRepository } from '../shell/repositories';
import { errorDetail } from '../shell/error-detail';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { useReportMessages } from './messages';
import { PlanMeta } from './PlanMeta';
import { PlanNotFound } from './PlanNotFound';
import { PlanReportView } from './PlanReportView';
import { bareNumber, planVerdict, usePlanMessages } from './plan-messages';
import './report.css';
import { useChildPlans } from './use-child-plans';
import { VerdictBadge } from './VerdictBadge';

type Checked = { ok: true; report: PlanReport } | { ok: false; detail: string };

function check(record: PlanRecord, plans: ReadonlyMap<string, Plan>): Checked {
  try {
    return { ok: true, report: checkPlan(record.plan, { plans }) };
  } catch (error) {
    return { ok: false, detail: errorDetail(error) };
  }
}

function PlanReportPage({ record, plans }: { record: PlanRecord; plans: ReadonlyMap<string, Plan> }) {
  const m = useReportMessages();
  const pm = usePlanMessages();
  const { plan } = record;
  const checked = useMemo(() => check(record, plans), [record, plans]);
  const shortName = pm.shortName(pm.kinds[plan.kind], bareNumber(plan));
  useDocumentTitle(m.pageTitle(shortName));
  const verdict = checked.ok ? planVerdict(checked.report) : null;
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
          <VerdictBadge
            ok={verdict?.standing === 'proven' || verdict?.standing === 'conditional'}
            conditional={verdict?.standing === 'conditional'}
            label={verdict === null ? pm.checkFailed : pm.verdict(verdict)}
          />
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
  const m = useReportMessages();
  const repo = usePlanRepository();
  const result = useLiveQuery(() => repo.get(planId), [repo, planId]);
  if (!result) return <PageLoading text={m.loading} />;
  if (!result.record) return <PlanNotFound planId={planId} problem={result.problem} />;
  return <LinkedReportPage record={result.record} />;
}

/** The report once the child plans the plan links to are read from the library. */
function LinkedReportPage({ record }: { record: PlanRecord }) {
  const m = useReportMessages();
  const plans = useChildPlans(record.plan);
  if (!plans) return <PageLoading text={m.loading} />;
  return <PlanReportPage record={record} plans={plans} />;
}
