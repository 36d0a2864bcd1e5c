import { formatDateVi } from '../../../domain/date';
import type { SimulationSession } from '../../../engine/simulation-session';
import { useDomainLabels } from '../../i18n/labels';
import { usePlayMessages } from './messages';

/** Where the simulation stands: the plan's stage, the simulated date, the steps taken, and whether all are done. */
export function PlayStatus({ session }: { session: SimulationSession }) {
  const m = usePlayMessages();
  const labels = useDomainLabels();
  const stage = session.planStage;
  return (
    <div className="play-status-bar">
      <dl>
        <div>
          <dt>{m.stage}</dt>
          <dd data-testid="play-stage">{stage === 'completed' ? m.planCompleted : labels.stages[stage]}</dd>
        </div>
        <div>
          <dt>{m.date}</dt>
          <dd>{formatDateVi(session.date)}</dd>
        </div>
        <div>
          <dt>{m.steps(session.steps.length)}</dt>
        </div>
      </dl>
      {session.allDone && (
        <p role="status" className="play-all-done">
          ✓ {m.allDone}
        </p>
      )}
    </div>
  );
}
