import { useState } from 'react';
import type { PlanRecord } from '../../../app';
import type { Plan } from '../../../domain/plan';
import { useApp } from '../../app-context';
import { useWhatIfMessages } from './messages';

type Outcome = 'saved' | 'conflict' | 'failed' | null;

/**
 * "Lưu thay đổi vào kế hoạch": after a confirmation that says what is written and what is not, saves the
 * changed plan over the record's revision (a newer stored revision is a conflict: nothing is written).
 */
export function SaveScenario(props: {
  record: PlanRecord;
  plan: Plan;
  changes: number;
  onSaved: () => void;
}) {
  const { record, plan, onSaved } = props;
  const m = useWhatIfMessages();
  const app = useApp();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const nothing = plan === record.plan;
  const save = async () => {
    setConfirming(false);
    try {
      const result = await app.plans.save(plan, record.revision);
      setOutcome(result.ok ? 'saved' : 'conflict');
      if (result.ok) onSaved();
    } catch {
      setOutcome('failed');
    }
  };
  const said = { saved: m.saved, conflict: m.conflict, failed: m.saveFailed };
  return (
    <div className="what-if__save">
      {confirming ? (
        <div role="alertdialog" aria-labelledby="what-if-confirm" className="notice what-if__confirm">
          <p id="what-if-confirm">{m.saveConfirm}</p>
          <button type="button" className="button button--primary" onClick={() => void save()}>
            {m.saveYes}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
            {m.saveNo}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          disabled={nothing}
          aria-describedby={nothing && props.changes > 0 ? 'what-if-nothing' : undefined}
          onClick={() => setConfirming(true)}
        >
          {m.save}
        </button>
      )}
      {nothing && props.changes > 0 && !outcome && (
        <p id="what-if-nothing" className="field__hint">
          {m.nothingToSave}
        </p>
      )}
      {outcome && (
        <p role="status" className={outcome === 'saved' ? 'notice' : 'notice notice--problem'}>
          {said[outcome]}
        </p>
      )}
    </div>
  );
}
