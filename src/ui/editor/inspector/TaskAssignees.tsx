import { PickList } from '../../controls/PickList';
import { useTaskEditing, type TaskPanelProps } from './task-panel';

/** Who leads (chủ trì) and who takes part (phối hợp), chosen from the plan's bodies and the directory. */
export function TaskAssignees(props: TaskPanelProps) {
  const { task } = props;
  const { m, options, item, update, assign, create } = useTaskEditing(props);
  return (
    <>
      <PickList
        label={m.lead}
        chosen={task.leadId ? [item(task.leadId)] : []}
        options={options}
        onAdd={(id) => assign(id, { leadId: id })}
        onRemove={() => update({ leadId: null })}
        create={create((id) => ({ leadId: id }))}
      />
      <PickList
        label={m.participants}
        chosen={task.participantIds.map(item)}
        options={options}
        onAdd={(id) => assign(id, { participantIds: [...task.participantIds, id] })}
        onRemove={(id) => update({ participantIds: task.participantIds.filter((p) => p !== id) })}
        create={create((id) => ({ participantIds: [...task.participantIds, id] }))}
      />
    </>
  );
}
