import type { Node } from '@xyflow/react';
import type { Task } from '../../../domain/task';
import type { CanvasMessages } from '../messages';
import type { DueState } from '../../../domain/due-state';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from './geometry';

export type TaskNodeData = {
  code: string;
  title: string;
  lead: string | null;
  deadline: string | null;
  due: DueState;
  bodyCount: number;
  /** Names of the bodies this task leaves unable to complete, or null. */
  blocks: string | null;
  highlighted: boolean;
};

export type TaskNode = Node<TaskNodeData, 'task'>;

export interface Dimensions {
  width: number;
  height: number;
}

/** Everything a task node shows, apart from the task itself. */
export interface TaskNodeInputs {
  /** The plan's tasks in the order their nodes take (the order Tab follows). */
  ordered: readonly Task[];
  /** Where the task sits (stored, or placed provisionally), inside its stage's column. */
  placeOf: (task: Task) => Point;
  /** Positions of nodes being dragged right now. */
  dragging: ReadonlyMap<string, Point>;
  selection: ReadonlySet<string>;
  blocks: ReadonlyMap<string, string[]>;
  highlighted: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  dueOf: (task: Task) => DueState;
  measured: ReadonlyMap<string, Dimensions>;
  labels: CanvasMessages;
}

interface DataEntry {
  task: Task;
  lead: string | null;
  blocks: string | null;
  highlighted: boolean;
  due: DueState;
  labels: CanvasMessages;
  data: TaskNodeData;
}

/**
 * The size a node is taken to have until React Flow measures it. Every node carries a size: React Flow
 * drops the handle positions it measured whenever it is given a node without one, and a node whose size
 * then stays the same is never measured again, so its edges would not be drawn.
 */
/** Text as a card shows it: the bold marks (`**`) some documents' text carries are not words. */
export const withoutMarkup = (text: string) => text.replaceAll('**', '').trim();

const UNMEASURED: Dimensions = { width: NODE_WIDTH, height: NODE_HEIGHT };

const bodyCount = (task: Task) =>
  new Set([...(task.leadId ? [task.leadId] : []), ...task.participantIds]).size;

/** What a node shows of its task is unchanged (a task only moved keeps its node's data). */
const showsSame = (a: Task, b: Task) =>
  a === b ||
  (a.code === b.code &&
    a.title === b.title &&
    a.deadline === b.deadline &&
    a.leadId === b.leadId &&
    a.participantIds === b.participantIds);

/**
 * Builds the canvas's task nodes, reusing the node object of every task whose task, decorations,
 * selection, size and position did not change: React Flow then re-renders only the nodes that changed
 * (a drag touches the dragged nodes alone).
 */
export class TaskNodeCache {
  private readonly data = new Map<string, DataEntry>();
  private readonly nodes = new Map<string, TaskNode>();

  private dataOf(task: Task, inputs: TaskNodeInputs): DataEntry {
    const lead = task.leadId === null ? null : (inputs.names.get(task.leadId) ?? task.leadId);
    const blocks = inputs.blocks.get(task.id)?.join(', ') ?? null;
    const highlighted = inputs.highlighted.has(task.id);
    const due = inputs.dueOf(task);
    const { labels } = inputs;
    const old = this.data.get(task.id);
    if (
      old &&
      showsSame(old.task, task) &&
      old.lead === lead &&
      old.blocks === blocks &&
      old.highlighted === highlighted &&
      old.due === due &&
      old.labels === labels
    )
      return old;
    const data: TaskNodeData = {
      code: task.code,
      title: withoutMarkup(task.title),
      lead,
      deadline: task.deadline === null ? null : withoutMarkup(task.deadline),
      due,
      bodyCount: bodyCount(task),
      blocks,
      highlighted,
    };
    const entry = { task, lead, blocks, highlighted, due, labels, data };
    this.data.set(task.id, entry);
    return entry;
  }

  private nodeOf(task: Task, inputs: TaskNodeInputs): TaskNode {
    const { data, labels } = this.dataOf(task, inputs);
    const position = inputs.dragging.get(task.id) ?? inputs.placeOf(task);
    const selected = inputs.selection.has(task.id);
    const measured = inputs.measured.get(task.id) ?? UNMEASURED;
    const old = this.nodes.get(task.id);
    if (
      old &&
      old.data === data &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.selected === selected &&
      old.measured === measured
    )
      return old;
    const node: TaskNode = {
      id: task.id,
      type: 'task',
      position,
      data,
      selected,
      width: NODE_WIDTH,
      ariaLabel: labels.taskLabel(
        data.code,
        data.title,
        data.lead ?? labels.noLead,
        data.deadline ?? labels.noDeadline,
      ),
      measured,
      ...(data.blocks ? { domAttributes: { 'aria-description': labels.blocks(data.blocks) } } : {}),
    };
    this.nodes.set(task.id, node);
    return node;
  }

  /** The nodes, in the order of `ordered`. */
  build(inputs: TaskNodeInputs): TaskNode[] {
    const nodes = inputs.ordered.map((t) => this.nodeOf(t, inputs));
    if (this.nodes.size > nodes.length) {
      const ids = new Set(nodes.map((n) => n.id));
      for (const id of this.nodes.keys()) if (!ids.has(id)) this.nodes.delete(id);
      for (const id of this.data.keys()) if (!ids.has(id)) this.data.delete(id);
    }
    return nodes;
  }
}
