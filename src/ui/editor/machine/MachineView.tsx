import '../panels.css';
import { useId, useMemo, useState } from 'react';
import type { Plan } from '../../../domain/plan';
import { planMachineOutlines } from '../../../engine/machine-outline';
import { matchesSearch } from '../../../domain/text-fold';
import { sortByVi } from '../../i18n/format';
import { useMachineMessages } from './messages';
import { OutlineTree } from './OutlineTree';

/**
 * A read-only view of the XState machines the plan compiles to, walked from their definitions: the plan's
 * stage machine and, for the body picked, its machine with every state, transition and guard.
 */
export function MachineView({ plan }: { plan: Plan }) {
  const id = useId();
  const m = useMachineMessages();
  const outlines = useMemo(() => planMachineOutlines(plan), [plan]);
  const bodies = sortByVi(outlines.bodies, (b) => b.name);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const shown = bodies.filter((b) => matchesSearch(b.name, query));
  const selected = bodies.find((b) => b.assigneeId === picked) ?? shown[0];
  return (
    <section className="machine-view editor-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <p className="muted">{m.intro}</p>
      <h3>{m.planMachine}</h3>
      <OutlineTree state={outlines.plan.root} plan={plan} root />
      <h3>{m.bodyMachines(bodies.length)}</h3>
      {bodies.length === 0 ? (
        <p>{m.noBodies}</p>
      ) : (
        <div className="machine-view__bodies">
          <label htmlFor={`${id}-search`}>{m.searchBody}</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          {shown.length === 0 && <p>{m.noMatches}</p>}
          <ul className="machine-view__list">
            {shown.map((b) => (
              <li key={b.assigneeId}>
                <button
                  type="button"
                  className="entry-button"
                  aria-pressed={b === selected}
                  onClick={() => setPicked(b.assigneeId)}
                >
                  {b.name}
                  {b.kind === 'open-group' && <span className="panel-tag"> {m.openGroup}</span>}
                </button>
              </li>
            ))}
          </ul>
          {selected && (
            <section aria-label={selected.name} className="machine-view__machine">
              <h4>{selected.name}</h4>
              <OutlineTree state={selected.outline.root} plan={plan} root />
            </section>
          )}
        </div>
      )}
    </section>
  );
}
