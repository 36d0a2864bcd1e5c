import { MarkerType, type Edge } from '@xyflow/react';
import type { Task } from '../../../domain/task';
import type { CanvasMessages } from '../messages';

export type DependencyEdge = Edge<{ from: string; to: string }>;

/** The colour of dependency arrows (as `--xy-edge-stroke-default` in editor.css). */
const EDGE_COLOUR = '#57606a';

export const edgeId = (from: string, to: string) => `${from}->${to}`;

/** The handle on a task's right side where a dependency on a task of the same stage ends. */
export const SAME_STAGE_HANDLE = 'same-stage';

/**
 * One edge per dependency, from the prerequisite to the task that needs it (dependencies on tasks not
 * in the plan have no edge: the problems panel reports them). Unchanged edges keep their object, and
 * an unchanged list keeps its array (React Flow then skips rebuilding its connection lookup).
 */
export class DependencyEdgeCache {
  private readonly edges = new Map<string, DependencyEdge>();
  private last: DependencyEdge[] = [];

  build(tasks: readonly Task[], selected: ReadonlySet<string>, labels: CanvasMessages): DependencyEdge[] {
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const next: DependencyEdge[] = [];
    const seen = new Set<string>();
    for (const task of tasks) {
      for (const from of task.prerequisiteIds) {
        const prerequisite = byId.get(from);
        if (prerequisite === undefined || from === task.id) continue;
        const id = edgeId(from, task.id);
        const ariaLabel = labels.dependency(prerequisite.code, task.code);
        const isSelected = selected.has(id);
        const targetHandle = prerequisite.stage === task.stage ? SAME_STAGE_HANDLE : null;
        const old = this.edges.get(id);
        const edge =
          old &&
          old.ariaLabel === ariaLabel &&
          old.selected === isSelected &&
          old.targetHandle === targetHandle
            ? old
            : {
                id,
                source: from,
                target: task.id,
                targetHandle,
                data: { from, to: task.id },
                ariaLabel,
                selected: isSelected,
                markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: EDGE_COLOUR },
              };
        this.edges.set(id, edge);
        seen.add(id);
        next.push(edge);
      }
    }
    for (const id of this.edges.keys()) if (!seen.has(id)) this.edges.delete(id);
    const same = next.length === this.last.length && next.every((edge, i) => edge === this.last[i]);
    if (!same) this.last = next;
    return this.last;
  }
}
