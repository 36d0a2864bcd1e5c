import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { PlanRecord, PlanVerdict } from '../../app';
import { useApp } from '../app-context';
import { usePlanMessages } from '../plan-view/plan-messages';
import { useVerdicts } from '../plan-view/use-verdicts';
import { VerdictBadge } from '../plan-view/VerdictBadge';
import { Link } from '../router/router';
import { PageLoading } from '../shell/PageLoading';
import { useDocumentTitle } from '../shell/use-document-title';
import { useSimulateMessages } from './simulate-messages';
import './simulate.css';

function PlanVerdicts({ records }: { records: readonly PlanRecord[] }) {
  const m = useSimulateMessages();
  const pm = usePlanMessages();
  const verdicts = useVerdicts(records);
  const badge = (verdict: PlanVerdict | undefined) =>
    verdict ? (
      <VerdictBadge
        ok={verdict.checked && (verdict.standing === 'proven' || verdict.standing === 'conditional')}
        conditional={verdict.checked && verdict.standing === 'conditional'}
        label={verdict.checked ? pm.verdict(verdict) : pm.checkFailed}
      />
    ) : (
      <span className="field__hint">{m.checking}</span>
    );
  if (records.length === 0) return <p>{m.empty}</p>;
  return (
    <ul className="simulate-plans">
      {records.map((r) => (
        <li key={r.id} className="card">
          <Link to={{ name: 'studio', planId: r.id, tab: 'simulate' }}>{r.plan.title}</Link>
          {badge(verdicts.get(r.id))}
          <Link
            to={{ name: 'report', planId: r.id }}
            className="button button--quiet"
            aria-label={`${m.report}: ${r.plan.title}`}
          >
            {m.report}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The navigation's way into the simulation studio (`/simulate`): the library's plans with their verdicts, each opening its studio. */
export default function SimulateScreen() {
  const m = useSimulateMessages();
  const app = useApp();
  const id = useId();
  const listing = useLiveQuery(() => app.plans.list(), [app]);
  useDocumentTitle(m.title);
  return (
    <>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p className="lead">{m.purpose}</p>
      <section aria-labelledby={`${id}-plans`}>
        <h2 id={`${id}-plans`}>{m.plansTitle}</h2>
        {listing ? <PlanVerdicts records={listing.records} /> : <PageLoading text={m.loading} />}
      </section>
    </>
  );
}
