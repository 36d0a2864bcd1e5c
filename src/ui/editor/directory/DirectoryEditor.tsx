import '../panels.css';
import { BodySchema, type Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import type { EditResult, PlanCommand } from '../../../domain/plan-edit';
import { sortByVi } from '../../i18n/format';
import { bodyOption, missingFromPlan } from '../inspector/body-options';
import { Combobox } from '../../controls/Combobox';
import { EditErrorAlert } from '../../controls/EditErrorAlert';
import { AddForm } from '../../controls/fields';
import { useEditDispatch } from '../inspector/use-edit-dispatch';
import { BodyEditor } from './BodyEditor';
import { FoldedRows } from './FoldedRows';
import { newBodyId } from '../../../domain/body-id';
import { GroupEditor } from './GroupEditor';
import { useDirectoryMessages } from './messages';

interface DirectoryEditorProps {
  plan: Plan;
  /** The shared body directory, to bring a known body into the plan. */
  directory: Body[];
  onCommand: (command: PlanCommand) => EditResult;
}

/** The plan's bodies and groups: add, rename, date, group, and remove those no task uses. */
export function DirectoryEditor({ plan, directory, onCommand }: DirectoryEditorProps) {
  const m = useDirectoryMessages();
  const { dispatch, error } = useEditDispatch(plan, onCommand);
  const fromDirectory = sortByVi(missingFromPlan(plan, directory), (b) => b.name).map((b) => bodyOption(b));
  return (
    <section className="directory-editor editor-panel" aria-labelledby="directory-editor-heading">
      <h2 id="directory-editor-heading">{m.heading}</h2>
      <EditErrorAlert error={error} />
      <h3>{m.bodies}</h3>
      {plan.bodies.length === 0 && <p>{m.noBodies}</p>}
      <FoldedRows count={plan.bodies.length} summary={m.showBodies(plan.bodies.length)}>
        {() =>
          sortByVi(plan.bodies, (b) => b.name).map((body) => (
            <BodyEditor key={body.id} body={body} dispatch={dispatch} />
          ))
        }
      </FoldedRows>
      <AddForm
        label={m.addBody}
        onAdd={(name) =>
          dispatch({ type: 'putBody', body: BodySchema.parse({ id: newBodyId(plan, name), name }) })
        }
      />
      <Combobox
        label={m.fromDirectory}
        options={fromDirectory}
        onChoose={(id) => {
          const body = directory.find((b) => b.id === id);
          if (body) dispatch({ type: 'putBody', body });
        }}
      />
      <h3>{m.groups}</h3>
      {plan.groups.length === 0 && <p>{m.noGroups}</p>}
      <FoldedRows count={plan.groups.length} summary={m.showGroups(plan.groups.length)}>
        {() =>
          sortByVi(plan.groups, (g) => g.name).map((group) => (
            <GroupEditor key={group.id} plan={plan} group={group} dispatch={dispatch} />
          ))
        }
      </FoldedRows>
      <AddForm
        label={m.addGroup}
        onAdd={(name) =>
          dispatch({
            type: 'putGroup',
            group: { id: newBodyId(plan, name, 'nhom'), name, memberIds: [], open: false },
          })
        }
      />
    </section>
  );
}
