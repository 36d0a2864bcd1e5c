import type { SimulationSession } from '../../../engine/simulation-session';
import { isClosed } from '../../../engine/status';
import { usePlayMessages } from './messages';

interface BodyListProps {
  session: SimulationSession;
  /** Bodies the verifier finds stuck. */
  stuck: ReadonlySet<string>;
  selected: string | null;
  onSelect: (bodyId: string) => void;
}

/** Every assigned body with how far it has got; choosing one shows what it can do now. */
export function BodyList({ session, stuck, selected, onSelect }: BodyListProps) {
  const m = usePlayMessages();
  return (
    <ul className="play-bodies">
      {[...session.model.assignees.values()].map((a) => {
        const done = session.isDone(a.id);
        const closed = a.taskIds.filter((t) => isClosed(session.status(a.id, t))).length;
        return (
          <li key={a.id}>
            <button
              type="button"
              className={`play-body${done ? ' play-body--done' : ''}`}
              aria-pressed={a.id === selected}
              data-body={a.id}
              onClick={() => onSelect(a.id)}
            >
              <span className="play-body__name">{a.name}</span>
              <span className="play-body__state">
                {done ? `✓ ${m.bodyDone}` : m.bodyProgress(closed, a.taskIds.length)}
              </span>
              {stuck.has(a.id) && <span className="play-body__stuck">✗ {m.bodyStuck}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
