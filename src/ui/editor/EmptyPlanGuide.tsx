import { useId } from 'react';
import { Link } from '../router/router';
import { useEditorMessages } from './messages';

/** What to do first in a plan with no task yet: the three steps of a task, or a file imported instead. */
export function EmptyPlanGuide() {
  const m = useEditorMessages();
  const id = useId();
  return (
    <section className="card empty-plan" aria-labelledby={id}>
      <h2 id={id}>{m.emptyTitle}</h2>
      <ol>
        {m.emptySteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        {m.emptyImport} <Link to={{ name: 'library' }}>{m.emptyImportLink}</Link>.
      </p>
    </section>
  );
}
