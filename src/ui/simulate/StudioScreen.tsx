import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import type { PlanRecord } from '../../app';
import { bareNumber } from '../../domain/document-number';
import { useApp } from '../app-context';
import { useDomainLabels } from '../i18n/labels';
import { PlanNotFound } from '../plan-view/PlanNotFound';
import { usePlanMessages } from '../plan-view/plan-messages';
import { useChildPlans } from '../plan-view/use-child-plans';
import { Link } from '../router/router';
import { STUDIO_TABS, type StudioTab } from '../router/routes';
import { Breadcrumb } from '../shell/Breadcrumb';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { useStudioMessages } from './messages';
import './studio.css';

const PANELS = {
  simulate: lazy(() => import('./play/PlayPanel')),
  forecast: lazy(() => import('./forecast/ForecastPanel')),
  'what-if': lazy(() => import('./what-if/WhatIfPanel')),
} satisfies Record<StudioTab, unknown>;

function StudioPage({ record, tab }: { record: PlanRecord; tab: StudioTab }) {
  const m = useStudioMessages();
  const pm = usePlanMessages();
  const labels = useDomainLabels();
  const plans = useChildPlans(record.plan);
  const { plan } = record;
  const shortName = pm.shortName(labels.planKinds[plan.kind], bareNumber(plan));
  useDocumentTitle(m.pageTitle(shortName));
  const Panel = PANELS[tab];
  return (
    <article className="studio">
      <Breadcrumb />
      <header className="studio__header">
        <p className="eyebrow">
          {m.eyebrow} · {shortName}
        </p>
        <h1 tabIndex={-1}>{plan.title}</h1>
        <div className="studio__links">
          <Link to={{ name: 'editor', planId: record.id }} className="button button--quiet">
            {m.openEditor}
          </Link>
          <Link to={{ name: 'report', planId: record.id }} className="button button--quiet">
            {m.openReport}
          </Link>
        </div>
        <nav aria-label={m.views} className="studio__tabs">
          {STUDIO_TABS.map((t) => (
            <Link
              key={t}
              to={{ name: 'studio', planId: record.id, tab: t }}
              className="studio__tab"
              aria-current={t === tab ? 'page' : undefined}
            >
              {m.tabs[t]}
            </Link>
          ))}
        </nav>
      </header>
      {plans ? (
        <Suspense fallback={<PageLoading text={m.loadingView} />}>
          <Panel record={record} plans={plans} />
        </Suspense>
      ) : (
        <PageLoading text={m.loading} />
      )}
    </article>
  );
}

/** The simulation studio of one plan (`/plans/:id/simulate`, `/forecast`, `/what-if`): each view in its own tab. */
export default function StudioScreen({ planId, tab }: { planId: string; tab: StudioTab }) {
  const m = useStudioMessages();
  const { plans } = useApp();
  const result = useLiveQuery(() => plans.get(planId), [plans, planId]);
  if (!result) return <PageLoading text={m.loading} />;
  if (!result.record) return <PlanNotFound planId={planId} problem={result.problem} />;
  return <StudioPage record={result.record} tab={tab} />;
}
