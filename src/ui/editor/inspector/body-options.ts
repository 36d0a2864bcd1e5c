import type { Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import type { PlanCommand } from '../../../domain/plan-edit';
import { sortByVi } from '../../i18n/format';
import type { ComboOption } from '../../controls/Combobox';

export interface BodyOptionHints {
  group: string;
  fromDirectory: string;
}

/** A body as a search option: found by its name, abbreviation or any other name. */
export const bodyOption = (b: Body, hint = b.abbreviation ?? undefined): ComboOption => ({
  id: b.id,
  label: b.name,
  hint,
  search: [b.name, b.abbreviation ?? '', ...b.aliases].join(' '),
});

/** The shared directory's bodies that the plan does not have yet (as a body or a group). */
export function missingFromPlan(plan: Plan, directory: readonly Body[]): Body[] {
  const known = new Set([...plan.bodies.map((b) => b.id), ...plan.groups.map((g) => g.id)]);
  return directory.filter((b) => !known.has(b.id));
}

/** The plan's bodies and groups, then the shared directory's bodies the plan does not have yet. */
export function bodyOptions(plan: Plan, directory: readonly Body[], hints: BodyOptionHints): ComboOption[] {
  const own = [
    ...plan.bodies.map((b) => bodyOption(b)),
    ...plan.groups.map((g) => ({ id: g.id, label: g.name, hint: hints.group, search: g.name })),
  ];
  const fromDirectory = missingFromPlan(plan, directory).map((b) => bodyOption(b, hints.fromDirectory));
  return [...sortByVi(own, (o) => o.label), ...sortByVi(fromDirectory, (o) => o.label)];
}

/** The name of a body or group of the plan (or of the directory); the id itself when nobody defines it. */
export function bodyLabel(plan: Plan, id: string, directory: readonly Body[] = []): string {
  return (
    plan.bodies.find((b) => b.id === id)?.name ??
    plan.groups.find((g) => g.id === id)?.name ??
    directory.find((b) => b.id === id)?.name ??
    id
  );
}

/**
 * The command that uses a chosen body: `then` alone when the plan already has it, or, for a body taken
 * from the shared directory, one undoable batch that first puts the body into the plan.
 */
export function usingBody(
  plan: Plan,
  directory: readonly Body[],
  id: string,
  then: PlanCommand,
): PlanCommand {
  const known = plan.bodies.some((b) => b.id === id) || plan.groups.some((g) => g.id === id);
  const body = directory.find((b) => b.id === id);
  if (known || !body) return then;
  return { type: 'batch', commands: [{ type: 'putBody', body }, then] };
}
