import { bodyLabel, bodyOptions, usingBody } from './body-options';
import { DateField } from '../../controls/DateField';
import { CommitField, optionsOf, orNull, SelectField } from '../../controls/fields';
import { useDomainLabels } from '../../i18n/labels';
import { PickList } from '../../controls/PickList';
import { PlanBasisRows, PlanRecipientRows } from './PlanDocuments';
import { PlanNumberFields } from './PlanNumberFields';
import { usePlanEditing, type PlanPanelProps } from './plan-panel';

/** The plan's own details, shown when no task is selected. */
export function PlanInspector(props: PlanPanelProps) {
  const { plan, directory, dispatch } = props;
  const { m, update } = usePlanEditing(props);
  const labels = useDomainLabels();
  const hints = { group: m.group, fromDirectory: m.fromDirectory, partOf: m.partOf };
  const options = bodyOptions(plan, directory, hints);
  const own = bodyOptions(plan, [], hints);
  const validity = plan.validity;
  return (
    <>
      <h2>{m.planHeading}</h2>
      <SelectField
        label={m.planKind}
        value={plan.kind}
        options={optionsOf(labels.planKinds)}
        onChange={(kind) => update({ kind })}
      />
      <SelectField
        label={m.format}
        value={plan.format}
        options={optionsOf(labels.formats)}
        onChange={(format) => update({ format })}
      />
      <PlanNumberFields {...props} />
      <CommitField label={m.planTitle} value={plan.title} multiline onCommit={(title) => update({ title })} />
      <PickList
        label={m.issuers}
        chosen={plan.issuerIds.map((id) => ({ id, label: bodyLabel(plan, id, directory) }))}
        options={options}
        onAdd={(id) =>
          dispatch(
            usingBody(plan, directory, id, {
              type: 'updatePlan',
              changes: { issuerIds: [...plan.issuerIds, id] },
            }),
          )
        }
        onRemove={(id) => update({ issuerIds: plan.issuerIds.filter((i) => i !== id) })}
      />
      <CommitField label={m.place} value={plan.place} onCommit={(t) => update({ place: orNull(t) })} />
      <DateField label={m.date} value={plan.date} onCommit={(t) => update({ date: t })} />
      <fieldset className="field-group">
        <legend>{m.validity}</legend>
        <DateField
          label={m.validFrom}
          value={validity.from}
          onCommit={(t) => update({ validity: { ...validity, from: t } })}
        />
        <DateField
          label={m.validTo}
          value={validity.to}
          onCommit={(t) => update({ validity: { ...validity, to: t } })}
        />
        <CommitField
          label={m.validityPhrase}
          value={validity.phrase}
          onCommit={(t) => update({ validity: { ...validity, phrase: orNull(t) } })}
        />
      </fieldset>
      <SelectField
        label={m.focalBody}
        value={plan.focalBodyId ?? ''}
        options={[{ value: '', label: m.noneChosen }, ...own.map((o) => ({ value: o.id, label: o.label }))]}
        onChange={(id) => update({ focalBodyId: id || null })}
      />
      <PlanBasisRows {...props} />
      <PlanRecipientRows {...props} />
    </>
  );
}
