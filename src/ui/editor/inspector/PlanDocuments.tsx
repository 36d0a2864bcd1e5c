import { bareDocumentRef, type DocumentRef } from '../../../domain/plan';
import { sortByVi } from '../../i18n/format';
import { DateField } from '../../controls/DateField';
import { CommitField, optionsOf, orNull, SelectField } from '../../controls/fields';
import { useDomainLabels } from '../../i18n/labels';
import { usePlanEditing, type PlanPanelProps } from './plan-panel';
import { RowsEditor } from './RowsEditor';

const BASIS_FIELDS = ['raw', 'number', 'type', 'issuer', 'issuedBy', 'term'] as const;

/** The documents the plan rests on (căn cứ), one editable row each. */
export function PlanBasisRows(props: PlanPanelProps) {
  const { m, update } = usePlanEditing(props);
  const labels: Record<(typeof BASIS_FIELDS)[number], string> = {
    raw: m.basisRaw,
    number: m.basisNumber,
    type: m.basisType,
    issuer: m.basisIssuer,
    issuedBy: m.basisIssuedBy,
    term: m.basisTerm,
  };
  return (
    <RowsEditor<DocumentRef>
      legend={m.basis}
      items={props.plan.basis}
      rowLegend={m.basisRow}
      onChange={(basis) => update({ basis })}
      addLabel={m.addBasis}
      create={bareDocumentRef}
      renderRow={(ref, set) => (
        <>
          {BASIS_FIELDS.map((field) => (
            <CommitField
              key={field}
              label={labels[field]}
              value={ref[field]}
              onCommit={(t) => set({ ...ref, [field]: field === 'raw' ? t : orNull(t) })}
            />
          ))}
          <DateField label={m.basisDate} value={ref.date} onCommit={(t) => set({ ...ref, date: t })} />
        </>
      )}
    />
  );
}

/** Nơi nhận: who receives the plan and why (to report, to carry out, for information, filed). */
export function PlanRecipientRows(props: PlanPanelProps) {
  const { m, update } = usePlanEditing(props);
  const labels = useDomainLabels();
  const bodies = [
    { value: '', label: m.noneChosen },
    ...sortByVi(props.plan.bodies, (b) => b.name).map((b) => ({ value: b.id, label: b.name })),
  ];
  return (
    <RowsEditor
      legend={m.recipients}
      items={props.plan.recipients}
      rowLegend={m.recipientRow}
      onChange={(recipients) => update({ recipients })}
      addLabel={m.addRecipient}
      create={(name) => ({ name, bodyId: null, purpose: 'khac' as const })}
      renderRow={(r, set) => (
        <>
          <CommitField label={m.recipientName} value={r.name} onCommit={(name) => set({ ...r, name })} />
          <SelectField
            label={m.recipientBody}
            value={r.bodyId ?? ''}
            options={bodies}
            onChange={(id) => set({ ...r, bodyId: id || null })}
          />
          <SelectField
            label={m.recipientPurpose}
            value={r.purpose}
            options={optionsOf(labels.purposes)}
            onChange={(purpose) => set({ ...r, purpose })}
          />
        </>
      )}
    />
  );
}
