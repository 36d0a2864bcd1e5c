import { memo, type ReactNode } from 'react';
import { formatDateVi } from '../../../domain/date';
import { describeEvent } from '../../../engine/describe-event';
import type { SimulationLog } from '../../../engine/simulation-log';
import type { SessionStep } from '../../../engine/simulation-session';
import { useLanguage } from '../../i18n/language';
import { usePlayMessages } from './messages';

interface EventLogProps {
  log: SimulationLog;
  onGoTo: (n: number) => void;
  onReturn: () => void;
  disabled: boolean;
}

/** One step in words; a step never changes, so it is worded once however long the log grows. */
const StepText = memo(function StepText({ log, step }: { log: SimulationLog; step: SessionStep }) {
  const language = useLanguage();
  const title = log.model.tasks.get(step.event.taskId)?.task.title;
  return (
    <>
      <span className="play-log__n">{step.n}.</span>{' '}
      <span className="play-log__date">{formatDateVi(step.date)}</span>{' '}
      {describeEvent(log.model, step.event)[language]}
      {title && <span className="play-log__task"> «{title}»</span>}
    </>
  );
});

/** Every step in plain words, each a button that goes back (or on) to the point after it. */
export function EventLog({ log, onGoTo, onReturn, disabled }: EventLogProps) {
  const m = usePlayMessages();
  const at = log.at;
  const item = (n: number, text: ReactNode) => (
    <li key={n} className={n > at ? 'play-log__later' : undefined}>
      <button
        type="button"
        aria-current={n === at ? 'step' : undefined}
        disabled={disabled}
        onClick={() => onGoTo(n)}
      >
        {text}
      </button>
    </li>
  );
  return (
    <section className="play-log" aria-labelledby="play-log-title">
      <h2 id="play-log-title">{m.logTitle}</h2>
      {log.kept && (
        <p className="play-log__kept">
          {m.keptBranch(log.kept.steps.length)}{' '}
          <button type="button" className="button button--quiet" disabled={disabled} onClick={onReturn}>
            {m.returnToKept}
          </button>
        </p>
      )}
      <ul className="play-log__list">
        {item(0, m.logStart)}
        {log.line.map((step) => item(step.n, <StepText log={log} step={step} />))}
      </ul>
      {at < log.line.length && <p className="muted">{m.logLater}</p>}
    </section>
  );
}
