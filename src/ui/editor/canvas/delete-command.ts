import type { PlanCommand } from '../../../domain/plan-edit';

/**
 * Delete on the canvas: the selected tasks (with every dependency on them) and the selected dependencies
 * between the tasks that stay, as one command (one undo step). Null when nothing is selected.
 */
export function deleteCommand(
  taskIds: readonly string[],
  dependencies: ReadonlyArray<{ source: string; target: string }>,
): PlanCommand | null {
  const gone = new Set(taskIds);
  const commands: PlanCommand[] = [
    ...(taskIds.length > 0 ? [{ type: 'removeTasks' as const, ids: [...taskIds] }] : []),
    ...dependencies
      .filter((d) => !gone.has(d.source) && !gone.has(d.target))
      .map((d) => ({ type: 'disconnect' as const, from: d.source, to: d.target })),
  ];
  if (commands.length <= 1) return commands[0] ?? null;
  return { type: 'batch', commands };
}
