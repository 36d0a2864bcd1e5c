import type { Group } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import { sortByVi } from '../../i18n/format';
import { bodyLabel, bodyOption } from '../inspector/body-options';
import { CheckField } from '../../controls/fields';
import { PickList } from '../../controls/PickList';
import type { Dispatch } from '../inspector/use-edit-dispatch';
import { EntryFieldset } from './EntryFieldset';
import { useDirectoryMessages } from './messages';

interface GroupEditorProps {
  plan: Plan;
  group: Group;
  dispatch: Dispatch;
}

/** One group: its name, its members (each must complete a task given to the group), or open if unknown. */
export function GroupEditor({ plan, group, dispatch }: GroupEditorProps) {
  const m = useDirectoryMessages();
  const put = (changes: Partial<Group>) => dispatch({ type: 'putGroup', group: { ...group, ...changes } });
  return (
    <EntryFieldset
      id={group.id}
      name={group.name}
      onRename={(name) => put({ name })}
      removeLabel={m.removeGroup}
      onRemove={() => dispatch({ type: 'removeGroup', id: group.id })}
    >
      <CheckField label={m.open} checked={group.open} onChange={(open) => put({ open })} />
      <PickList
        label={m.members}
        chosen={group.memberIds.map((id) => ({ id, label: bodyLabel(plan, id) }))}
        options={sortByVi(plan.bodies, (b) => b.name).map((b) => bodyOption(b))}
        onAdd={(id) => put({ memberIds: [...group.memberIds, id] })}
        onRemove={(id) => put({ memberIds: group.memberIds.filter((x) => x !== id) })}
      />
    </EntryFieldset>
  );
}
