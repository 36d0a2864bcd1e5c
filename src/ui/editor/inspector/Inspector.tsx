import '../panels.css';
import type { Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import type { EditResult, PlanCommand } from '../../../domain/plan-edit';
import { EditErrorAlert } from '../../controls/EditErrorAlert';
import { useInspectorMessages } from './messages';
import { PlanInspector } from './PlanInspector';
import { TaskInspector } from './TaskInspector';
import type { LibraryPlan } from './task-panel';
import { useEditDispatch } from './use-edit-dispatch';

interface InspectorProps {
  plan: Plan;
  /** The selected task, or null for the plan's own details. */
  taskId: string | null;
  onCommand: (command: PlanCommand) => EditResult;
  /** The shared body directory, to assign bodies the plan does not have yet. */
  directory: Body[];
  /** Adds a body created in a task's lead or participant box to the shared directory. */
  onNewBody?: (body: Body) => void;
  /** The library's plans, for a task's child plan. */
  library?: readonly LibraryPlan[];
}

function InspectorBody({ plan, taskId, onCommand, directory, onNewBody, library }: InspectorProps) {
  const m = useInspectorMessages();
  const { dispatch, error } = useEditDispatch(plan, onCommand);
  const task = taskId === null ? null : plan.tasks.find((t) => t.id === taskId);
  return (
    <>
      <EditErrorAlert error={error} />
      {task === null ? (
        <PlanInspector plan={plan} directory={directory} dispatch={dispatch} />
      ) : task ? (
        <TaskInspector
          plan={plan}
          task={task}
          directory={directory}
          dispatch={dispatch}
          onNewBody={onNewBody}
          library={library}
        />
      ) : (
        <p>{m.taskMissing}</p>
      )}
    </>
  );
}

/**
 * The selected task's fields, or the plan's details when no task is selected. Text commits on blur or Enter,
 * selects on change, one command each; a refused command's reason is shown until the next edit succeeds.
 */
export function Inspector(props: InspectorProps) {
  return (
    <div className="inspector editor-panel">
      <InspectorBody key={props.taskId ?? ''} {...props} />
    </div>
  );
}
