import type { Body, Group } from '../../domain/body';
import type { Task } from '../../domain/task';
import { useImportMessages } from './messages';

interface DraftParticipantsProps {
  task: Task;
  assignees: ReadonlyArray<Body | Group>;
  onChange: (participantIds: string[]) => void;
}

/**
 * The bodies taking part (phối hợp) in one draft task: named in its summary, corrected by ticking the
 * draft's bodies (the lead is not offered: a body does not take part in its own task).
 */
export function DraftParticipants({ task, assignees, onChange }: DraftParticipantsProps) {
  const m = useImportMessages();
  const chosen = new Set(task.participantIds);
  const names = assignees.filter((a) => chosen.has(a.id)).map((a) => a.name);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...task.participantIds, id] : task.participantIds.filter((p) => p !== id));
  return (
    <details className="draft-participants">
      <summary>
        {m.participants}: {names.length > 0 ? names.join('; ') : m.noParticipants}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{m.participantsOf(task.code)}</legend>
        {assignees
          .filter((a) => a.id !== task.leadId)
          .map((a) => (
            <label key={a.id} className="draft-participants__choice">
              <input
                type="checkbox"
                checked={chosen.has(a.id)}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />
              {a.name}
            </label>
          ))}
      </fieldset>
    </details>
  );
}
