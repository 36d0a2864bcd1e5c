import type { PlanModel } from '../../engine/model';
import type { Caveat } from '../../engine/verdict';
import { useReportMessages } from './messages';

/** What a body's completion rests on: open groups, requests, child plans still awaited. */
export function CaveatList({ model, caveats }: { model: PlanModel; caveats: Caveat[] }) {
  const m = useReportMessages();
  return (
    <ul className="caveats">
      {caveats.map((c) => (
        <li key={c.kind}>{m.caveats[c.kind](model.tasks.get(c.taskId)?.task.code ?? c.taskId)}</li>
      ))}
    </ul>
  );
}
