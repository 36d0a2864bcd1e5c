import { BodySchema, type Body } from '../../../domain/body';
import { newBodyId } from '../../../domain/body-id';
import type { Plan } from '../../../domain/plan';
import type { PlanCommand } from '../../../domain/plan-edit';
import { sortByVi } from '../../i18n/format';
import type { ComboOption } from '../../controls/Combobox';

export interface BodyOptionHints {
  group: string;
  fromDirectory: string;
  /** "thuộc …": the parent body, for a body that belongs to another (a department of a ministry). */
  partOf: (parent: string) => string;
}

/** A body as a search option: found by its name, abbreviation or any other name. */
export const bodyOption = (b: Body, hint = b.abbreviation ?? undefined, context?: string): ComboOption => ({
  id: b.id,
  label: b.name,
  hint,
  ...(context ? { context } : {}),
  search: [b.name, b.abbreviation ?? '', ...b.aliases].join(' '),
});

/** The body `id` of the plan, else of the directory. */
const findBody = (plan: Plan, directory: readonly Body[], id: string) =>
  plan.bodies.find((b) => b.id === id) ?? directory.find((b) => b.id === id);

/** "thuộc Thành ủy Hải Phòng" for a body with a parent the plan or the directory knows; else nothing. */
export function parentContext(
  plan: Plan,
  directory: readonly Body[],
  id: string,
  partOf: BodyOptionHints['partOf'],
): string | undefined {
  const parentId = findBody(plan, directory, id)?.parentId;
  const parent = parentId ? findBody(plan, directory, parentId) : undefined;
  return parent ? partOf(parent.name) : undefined;
}

/** The shared directory's bodies that the plan does not have yet (as a body or a group). */
export function missingFromPlan(plan: Plan, directory: readonly Body[]): Body[] {
  const known = new Set([...plan.bodies.map((b) => b.id), ...plan.groups.map((g) => g.id)]);
  return directory.filter((b) => !known.has(b.id));
}

/** The plan's bodies and groups, then the shared directory's bodies the plan does not have yet. */
export function bodyOptions(plan: Plan, directory: readonly Body[], hints: BodyOptionHints): ComboOption[] {
  const context = (b: Body) => parentContext(plan, directory, b.id, hints.partOf);
  const own = [
    ...plan.bodies.map((b) => bodyOption(b, undefined, context(b))),
    ...plan.groups.map((g) => ({ id: g.id, label: g.name, hint: hints.group, search: g.name })),
  ];
  const fromDirectory = missingFromPlan(plan, directory).map((b) =>
    bodyOption(b, hints.fromDirectory, context(b)),
  );
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
 * from the shared directory, one undoable batch that first puts the body into the plan, after the bodies
 * it belongs to that the plan lacks (its parent, the parent's parent…), so that none is left undefined.
 */
export function usingBody(
  plan: Plan,
  directory: readonly Body[],
  id: string,
  then: PlanCommand,
): PlanCommand {
  const known = (bodyId: string) =>
    plan.bodies.some((b) => b.id === bodyId) || plan.groups.some((g) => g.id === bodyId);
  const brought: Body[] = [];
  for (let at = known(id) ? undefined : directory.find((b) => b.id === id); at;) {
    brought.unshift(at);
    const parentId: string | null = at.parentId;
    at =
      parentId && !known(parentId) && !brought.some((b) => b.id === parentId)
        ? directory.find((b) => b.id === parentId)
        : undefined;
  }
  if (brought.length === 0) return then;
  return { type: 'batch', commands: [...brought.map((body) => ({ type: 'putBody', body }) as const), then] };
}

/**
 * A new body named `name`, with an id used neither in the plan nor in the directory, and the command
 * that puts it into the plan and then does `then(id)` (one undo step).
 */
export function newBody(
  plan: Plan,
  directory: readonly Body[],
  name: string,
  then: (id: string) => PlanCommand,
): { body: Body; command: PlanCommand } {
  const body = BodySchema.parse({
    id: newBodyId({ ...plan, bodies: [...plan.bodies, ...directory] }, name),
    name,
  });
  return { body, command: { type: 'batch', commands: [{ type: 'putBody', body }, then(body.id)] } };
}
