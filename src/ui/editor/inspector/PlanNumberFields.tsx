import type { Plan } from '../../../domain/plan';
import { splitDocumentNumber } from '../../../domain/document-number';
import { CommitField } from '../../controls/fields';
import { usePlanEditing, type PlanPanelProps } from './plan-panel';

type DocumentNumber = NonNullable<Plan['number']>;
const EMPTY: DocumentNumber = { raw: '', number: '', type: '', issuer: '' };

/**
 * Số và ký hiệu as written and in parts. Typing the number as written fills the parts left empty
 * ("66-CTr/TU" → 66, CTr, TU); emptying every part removes the number.
 */
export function PlanNumberFields(props: PlanPanelProps) {
  const { m, update } = usePlanEditing(props);
  const current = props.plan.number ?? EMPTY;
  const commit = (field: keyof DocumentNumber, text: string) => {
    let next = { ...current, [field]: text.trim() };
    const parts = field === 'raw' ? splitDocumentNumber(next.raw) : null;
    if (parts) {
      next = {
        raw: next.raw,
        number: next.number || parts.number,
        type: next.type || parts.type,
        issuer: next.issuer || parts.issuer,
      };
    }
    const empty = Object.values(next).every((v) => v === '');
    update({ number: empty ? null : next });
  };
  const fields: Array<[keyof DocumentNumber, string]> = [
    ['raw', m.numberRaw],
    ['number', m.numberNumber],
    ['type', m.numberType],
    ['issuer', m.numberIssuer],
  ];
  return (
    <fieldset className="field-group">
      <legend>{m.number}</legend>
      {fields.map(([field, label]) => (
        <CommitField key={field} label={label} value={current[field]} onCommit={(t) => commit(field, t)} />
      ))}
    </fieldset>
  );
}
