import type { PlanModel } from '../../engine/model';
import { describeEvent } from '../../engine/describe-event';
import type { BodyVerdict } from '../../engine/verdict';
import { useReportMessages } from './messages';
import { useLanguage } from '../i18n/language';
import { Link } from '../router/router';

interface BlockedDetailsProps {
  model: PlanModel;
  verdict: BodyVerdict;
}

/** Why a body is stuck (one message per blocked task) and how far it can get before it is. */
export function BlockedDetails({ model, verdict }: BlockedDetailsProps) {
  const m = useReportMessages();
  const language = useLanguage();
  return (
    <div className="blocked">
      <ul className="blocked__reasons">
        {verdict.blocked.map((b) => (
          <li key={b.taskId}>{b.message[language]}</li>
        ))}
      </ul>
      {verdict.witness.length > 0 ? (
        <details className="blocked__witness" open>
          <summary>{m.witness(verdict.witness.length)}</summary>
          <ol>
            {verdict.witness.map((event, i) => (
              <li key={i}>{describeEvent(model, event)[language]}</li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="muted">{m.noWitness}</p>
      )}
      <Link
        to={{ name: 'studio', planId: model.plan.id, tab: 'simulate' }}
        search={`?replay=${encodeURIComponent(verdict.assigneeId)}`}
        className="button button--quiet"
        aria-label={m.playWitnessOf(verdict.name)}
      >
        {m.playWitness}
      </Link>
    </div>
  );
}
