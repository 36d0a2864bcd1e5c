import type { PlanModel } from '../engine/model';
import { describeEvent } from '../engine/labels';
import type { BodyVerdict } from '../engine/verdict';

interface BlockedDetailsProps {
  model: PlanModel;
  verdict: BodyVerdict;
}

/** Why a body is stuck (one message per blocked task) and how far it can get before it is. */
export function BlockedDetails({ model, verdict }: BlockedDetailsProps) {
  return (
    <div className="blocked">
      <ul className="blocked__reasons">
        {verdict.blocked.map((b) => (
          <li key={b.taskId}>{b.message}</li>
        ))}
      </ul>
      {verdict.witness.length > 0 ? (
        <details className="blocked__witness" open>
          <summary>Diễn biến xa nhất có thể ({verdict.witness.length} bước) trước khi mắc kẹt</summary>
          <ol>
            {verdict.witness.map((event, i) => (
              <li key={i}>{describeEvent(model, event)}</li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="muted">Không có bước nào thực hiện được trước khi mắc kẹt.</p>
      )}
    </div>
  );
}
