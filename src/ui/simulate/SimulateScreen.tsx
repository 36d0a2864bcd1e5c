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
import { useUpcomingMessages } from './messages';
import './upcoming.css';

function PlanVerdicts({ records }: { records: readonly PlanRecord[] }) {
  const m = useUpcomingMessages();
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
    <ul className="upcoming-plans">
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

/**
 * A place of the navigation that other work is building (`/simulate`): says what it will do and
 * that it cannot be used yet, and meanwhile lists the library's plans with their verdicts.
 */
export default function UpcomingScreen({ place }: { place: 'simulate' }) {
  const m = useUpcomingMessages();
  const app = useApp();
  const id = useId();
  const listing = useLiveQuery(() => app.plans.list(), [app]);
  useDocumentTitle(m[place].title);
  return (
    <>
      <h1 tabIndex={-1}>{m[place].title}</h1>
      <p className="lead">{m[place].purpose}</p>
      <p className="notice">{m.notYet}</p>
      <section aria-labelledby={`${id}-plans`}>
        <h2 id={`${id}-plans`}>{m.plansTitle}</h2>
        <p>{m.meanwhile}</p>
        {listing ? <PlanVerdicts records={listing.records} /> : <PageLoading text={m.loading} />}
      </section>
    </>
  );
}
