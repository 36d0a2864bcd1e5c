import { useState } from 'react';
import type { PlanReport } from '../../engine/check-plan';
import { describeEvent } from '../../engine/describe-event';
import type { BodyVerdict } from '../../engine/verdict';
import { useReportMessages } from './messages';
import { useLanguage } from '../i18n/language';
import { Link } from '../router/router';

interface BlockedDetailsProps {
  report: PlanReport;
  verdict: BodyVerdict;
}

/**
 * Why a body is stuck (one message per blocked task) and how far it can get before it is. The run is made
 * and listed only once its details are opened: thousands of stuck bodies along one chain would otherwise
 * list the chain once each.
 */
export function BlockedDetails({ report, verdict }: BlockedDetailsProps) {
  const m = useReportMessages();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const parts = report.witnesses.partsOf(verdict.assigneeId);
  const run = open ? report.witnesses.runOf(verdict.assigneeId) : null;
  return (
    <div className="blocked">
      <ul className="blocked__reasons">
        {verdict.blocked.map((b) => (
          <li key={b.taskId}>{b.message[language]}</li>
        ))}
      </ul>
      {parts.after.length > 0 || parts.steps.length > 0 ? (
        <details className="blocked__witness" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{run ? m.witness(run.length) : m.witnessClosed}</summary>
          {run && (
            <ol>
              {run.map((event, i) => (
                <li key={i}>{describeEvent(report.model, event)[language]}</li>
              ))}
            </ol>
          )}
        </details>
      ) : (
        <p className="muted">{m.noWitness}</p>
      )}
      <Link
        to={{ name: 'studio', planId: report.model.plan.id, tab: 'simulate' }}
        search={`?replay=${encodeURIComponent(verdict.assigneeId)}`}
        className="button button--quiet"
        aria-label={m.playWitnessOf(verdict.name)}
      >
        {m.playWitness}
      </Link>
    </div>
  );
}
