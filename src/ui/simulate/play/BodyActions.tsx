import { useEffect, useId, useRef } from 'react';
import { choicesOf, type Choice } from '../../../engine/simulation-choices';
import type { SimulationSession } from '../../../engine/simulation-session';
import type { RunEvent } from '../../../engine/verdict';
import { useDomainLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language';
import { usePlayMessages } from './messages';

interface BodyActionsProps {
  session: SimulationSession;
  bodyId: string;
  onFire: (event: RunEvent) => void;
  /** Play the verifier's counterexample for this body (when it finds the body stuck). */
  onReplay: (() => void) | null;
  disabled: boolean;
}

function ChoiceButton({
  choice,
  onFire,
  disabled,
}: {
  choice: Choice;
  onFire: (e: RunEvent) => void;
  disabled: boolean;
}) {
  const m = usePlayMessages();
  const language = useLanguage();
  const reasonId = useId();
  const label = m.events[choice.event.type];
  if (choice.allowed)
    return (
      <button type="button" className="button" disabled={disabled} onClick={() => onFire(choice.event)}>
        {label}
      </button>
    );
  return (
    <span className="play-refused">
      <button type="button" className="button" disabled aria-describedby={reasonId}>
        {label}
      </button>
      <span id={reasonId} className="play-refused__reason">
        {m.refused}: {choice.reason[language]}
      </span>
    </span>
  );
}

/** The body's assignments, each with its status and the events its machine allows now or refuses (and why). */
export function BodyActions({ session, bodyId, onFire, onReplay, disabled }: BodyActionsProps) {
  const m = usePlayMessages();
  const labels = useDomainLabels();
  const list = useRef<HTMLUListElement>(null);
  /** The task of the last event fired here: its next event takes the focus, as the button pressed is gone. */
  const fired = useRef<string | null>(null);
  useEffect(() => {
    if (fired.current === null) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-task="${CSS.escape(fired.current)}"]`);
    fired.current = null;
    (item?.querySelector<HTMLElement>('button:enabled') ?? item)?.focus();
  });
  const body = session.model.assignees.get(bodyId);
  if (!body) return null;
  const choices = choicesOf(session, bodyId);
  const fire = (event: RunEvent) => {
    fired.current = event.taskId;
    onFire(event);
  };
  return (
    <section className="play-actions" aria-labelledby={`play-actions-${bodyId}`}>
      <h3 id={`play-actions-${bodyId}`}>{m.actionsTitle(body.name)}</h3>
      {session.isDone(bodyId) && <p className="muted">{m.noActions}</p>}
      {onReplay && (
        <p className="play-actions__stuck">
          ✗ {m.bodyStuck}.{' '}
          <button type="button" className="button button--quiet" disabled={disabled} onClick={onReplay}>
            {m.playWitness}
          </button>
        </p>
      )}
      <ul ref={list}>
        {body.taskIds.map((taskId) => {
          const task = session.model.tasks.get(taskId);
          const status = session.status(bodyId, taskId);
          const own = choices.filter((c) => c.event.taskId === taskId);
          return (
            <li key={taskId} className="play-assignment" data-task={taskId} tabIndex={-1}>
              <span className="play-assignment__task">
                {task?.task.code} {task?.task.title}
              </span>
              <span className={`play-status play-status--${status}`}>{labels.statuses[status]}</span>
              {own.length > 0 && (
                <span className="play-assignment__choices">
                  {own.map((c) => (
                    <ChoiceButton key={c.event.type} choice={c} onFire={fire} disabled={disabled} />
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
