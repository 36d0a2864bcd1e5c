import { useId } from 'react';
import type { PlanProblem } from '../../domain/problems';
import { useLanguage } from '../i18n/language';

/** Something that could not be read (a stored row, a file), with every reason. */
export interface LoadProblem {
  source: string;
  problems: readonly PlanProblem[];
}

/** Each reason as "path: message", in the interface's language. */
export function ProblemList({ problems }: { problems: readonly PlanProblem[] }) {
  const language = useLanguage();
  return (
    <ul className="problem-list">
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{problem.path[language]}</code>: {problem.message[language]}
        </li>
      ))}
    </ul>
  );
}

interface ProblemsPanelProps {
  title: string;
  text: string;
  items: readonly LoadProblem[];
  dismissLabel: string;
  onDismiss: () => void;
}

/** A titled list of what could not be read, each reason as "path: message", with a close button. */
export function ProblemsPanel({ title, text, items, dismissLabel, onDismiss }: ProblemsPanelProps) {
  const id = useId();
  return (
    <section className="notice notice--problem" aria-labelledby={id}>
      <div className="notice__head">
        <h2 id={id}>{title}</h2>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
      <p>{text}</p>
      <ul className="notice__list">
        {items.map((item, i) => (
          <li key={`${i}-${item.source}`}>
            <p className="notice__source">{item.source}</p>
            <ProblemList problems={item.problems} />
          </li>
        ))}
      </ul>
    </section>
  );
}
