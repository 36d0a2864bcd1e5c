import { STAGES } from '../../../domain/stage';
import type { SimulationSession } from '../../../engine/simulation-session';
import { useDomainLabels } from '../../i18n/labels';
import { usePlayMessages } from './messages';
import { statusCounts, taskStatusOf } from './task-status';

interface PlanLanesProps {
  session: SimulationSession;
  /** Tasks to mark as blocking (a replayed counterexample's). */
  blocking?: ReadonlySet<string>;
}

/** The plan's tasks in one lane per stage, each card coloured and labelled by where its assignments stand. */
export function PlanLanes({ session, blocking }: PlanLanesProps) {
  const m = usePlayMessages();
  const labels = useDomainLabels();
  const tasks = [...session.model.tasks.values()];
  return (
    <section className="play-lanes" aria-labelledby="play-lanes-title">
      <h2 id="play-lanes-title">{m.planTitle}</h2>
      <div className="play-lanes__grid">
        {STAGES.map((stage) => (
          <section key={stage} className="play-lane" aria-label={labels.stages[stage]}>
            <h3>{labels.stages[stage]}</h3>
            <ul>
              {tasks
                .filter((t) => t.task.stage === stage)
                .map((t) => {
                  const status = taskStatusOf(session, t);
                  const blocks = blocking?.has(t.id) ?? false;
                  return (
                    <li
                      key={t.id}
                      className={`play-task play-status--${status}${blocks ? ' play-task--blocking' : ''}`}
                      data-task={t.id}
                      data-status={status}
                    >
                      <span className="play-task__title">
                        {t.task.code} {t.task.title}
                      </span>
                      {blocks && <strong className="play-task__blocking">⚠ {m.blocking}</strong>}
                      <span className="play-task__status">
                        {statusCounts(session, t)
                          .map(([s, n]) => `${labels.statuses[s]}: ${n}`)
                          .join(' · ')}
                      </span>
                    </li>
                  );
                })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
