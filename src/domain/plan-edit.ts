import { BodySchema, GroupSchema, type Body, type Group } from './body';
import type { Localized } from './localized';
import { PlanSchema, type Plan } from './plan';
import { check, problemAt, problemLine, type PlanProblem } from './problems';
import { PositionSchema, TaskSchema, type Task } from './task';
import { cycleIfConnected, freeTaskId, prerequisitePath } from './task-graph';

export { cycleIfConnected, freeTaskId };

/** Everything a planner can do to a plan, as data: one command is one user action (one undo step). */
export type PlanCommand =
  | { type: 'addTask'; task: Task }
  | { type: 'updateTask'; id: string; changes: Partial<Omit<Task, 'id'>> }
  | { type: 'moveTasks'; moves: Array<{ id: string; position: { x: number; y: number } }> }
  | { type: 'removeTasks'; ids: string[] }
  | { type: 'pasteTasks'; tasks: Task[] }
  | { type: 'connect'; from: string; to: string }
  | { type: 'disconnect'; from: string; to: string }
  | { type: 'updatePlan'; changes: Partial<Omit<Plan, 'id' | 'tasks' | 'bodies' | 'groups'>> }
  | { type: 'putBody'; body: Body }
  | { type: 'removeBody'; id: string }
  | { type: 'putGroup'; group: Group }
  | { type: 'removeGroup'; id: string }
  | { type: 'replacePlan'; plan: Plan }
  /** Several commands as one user action (e.g. a drag that moves a task into another stage). */
  | { type: 'batch'; commands: PlanCommand[] };

/** Why a command was refused; the UI words it in the user's language. */
export type EditError =
  | { code: 'cycle'; path: string[] }
  | { code: 'unknown-task'; id: string }
  | { code: 'duplicate-id'; id: string }
  | { code: 'in-use'; id: string; taskIds: string[] }
  /** Each reason as "path: message", in every language. */
  | { code: 'invalid'; problems: Localized[] };

export type EditResult = { ok: true; plan: Plan } | { ok: false; error: EditError };

const withTasks = (plan: Plan, tasks: Task[]): Plan => ({ ...plan, tasks });

const invalid = (problems: readonly PlanProblem[]): EditResult => ({
  ok: false,
  error: { code: 'invalid', problems: problems.map(problemLine) },
});

/** `{ a: undefined }` would overwrite a value the schema requires; a change only sets what it names. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function referencesTo(plan: Plan, id: string): string[] {
  return plan.tasks
    .filter(
      (t) =>
        t.leadId === id ||
        t.participantIds.includes(id) ||
        t.report?.toId === id ||
        t.report?.viaId === id ||
        t.adoptedById === id,
    )
    .map((t) => t.id);
}

function updateTask(plan: Plan, id: string, changes: Partial<Omit<Task, 'id'>>): EditResult {
  const task = plan.tasks.find((t) => t.id === id);
  if (!task) return { ok: false, error: { code: 'unknown-task', id } };
  const updated = { ...task, ...definedOnly(changes) };
  const next = withTasks(
    plan,
    plan.tasks.map((t) => (t === task ? updated : t)),
  );
  for (const p of updated.prerequisiteIds) {
    if (task.prerequisiteIds.includes(p)) continue;
    const back = p === id ? [id] : prerequisitePath(next, p, id);
    if (back) return { ok: false, error: { code: 'cycle', path: [id, ...back] } };
  }
  return { ok: true, plan: next };
}

function moveTasks(plan: Plan, moves: Map<string, { x: number; y: number }>): EditResult {
  let moved = false;
  const tasks = plan.tasks.map((t) => {
    const to = moves.get(t.id);
    if (!to || (t.position?.x === to.x && t.position.y === to.y)) return t;
    moved = true;
    return { ...t, position: { x: to.x, y: to.y } };
  });
  return { ok: true, plan: moved ? withTasks(plan, tasks) : plan };
}

function removeTasks(plan: Plan, ids: string[]): EditResult {
  const gone = new Set(ids);
  const tasks = plan.tasks
    .filter((t) => !gone.has(t.id))
    .map((t) =>
      t.prerequisiteIds.some((p) => gone.has(p))
        ? { ...t, prerequisiteIds: t.prerequisiteIds.filter((p) => !gone.has(p)) }
        : t,
    );
  return { ok: true, plan: tasks.length === plan.tasks.length ? plan : withTasks(plan, tasks) };
}

/** Copies get free ids; a copy that needed a copied task now needs that task's copy. */
function pasteTasks(plan: Plan, pasted: Task[]): EditResult {
  let next = plan;
  const renamed = new Map<string, string>();
  for (const task of pasted) {
    const parsed = check(TaskSchema, task);
    if (!parsed.ok) return invalid(parsed.problems);
    const id = freeTaskId(next, task.id);
    renamed.set(task.id, id);
    next = withTasks(next, [...next.tasks, { ...parsed.value, id }]);
  }
  const copies = next.tasks.slice(plan.tasks.length).map((t) => ({
    ...t,
    prerequisiteIds: t.prerequisiteIds.map((p) => renamed.get(p) ?? p),
  }));
  return { ok: true, plan: withTasks(plan, [...plan.tasks, ...copies]) };
}

function connect(plan: Plan, from: string, to: string): EditResult {
  const dependent = plan.tasks.find((t) => t.id === to);
  if (!dependent) return { ok: false, error: { code: 'unknown-task', id: to } };
  if (!plan.tasks.some((t) => t.id === from)) return { ok: false, error: { code: 'unknown-task', id: from } };
  if (dependent.prerequisiteIds.includes(from)) return { ok: true, plan };
  const cycle = cycleIfConnected(plan, from, to);
  if (cycle) return { ok: false, error: { code: 'cycle', path: cycle } };
  return updateTask(plan, to, { prerequisiteIds: [...dependent.prerequisiteIds, from] });
}

function disconnect(plan: Plan, from: string, to: string): EditResult {
  const dependent = plan.tasks.find((t) => t.id === to);
  if (!dependent) return { ok: false, error: { code: 'unknown-task', id: to } };
  if (!dependent.prerequisiteIds.includes(from)) return { ok: true, plan };
  return updateTask(plan, to, { prerequisiteIds: dependent.prerequisiteIds.filter((p) => p !== from) });
}

/** Insert or replace an entry of the bodies or the groups; a new entry may not take an id the other list uses. */
function upsert<T extends { id: string }>(
  list: readonly T[],
  others: readonly { id: string }[],
  entry: T,
): T[] | null {
  const exists = list.some((e) => e.id === entry.id);
  if (!exists && others.some((o) => o.id === entry.id)) return null;
  return exists ? list.map((e) => (e.id === entry.id ? entry : e)) : [...list, entry];
}

function putBody(plan: Plan, input: Body): EditResult {
  const parsed = check(BodySchema, input);
  if (!parsed.ok) return invalid(parsed.problems);
  const bodies = upsert(plan.bodies, plan.groups, parsed.value);
  return bodies
    ? { ok: true, plan: { ...plan, bodies } }
    : { ok: false, error: { code: 'duplicate-id', id: input.id } };
}

function putGroup(plan: Plan, input: Group): EditResult {
  const parsed = check(GroupSchema, input);
  if (!parsed.ok) return invalid(parsed.problems);
  const groups = upsert(plan.groups, plan.bodies, parsed.value);
  return groups
    ? { ok: true, plan: { ...plan, groups } }
    : { ok: false, error: { code: 'duplicate-id', id: input.id } };
}

/**
 * Remove a body or group no task refers to. The plan's own mentions of it go too: it leaves the issuers,
 * stops being the focal body, and recipients and signers keep their names without the link (a plan left
 * without an issuer is refused by the schema, with its reason).
 */
function removeBodyOrGroup(plan: Plan, id: string): EditResult {
  const users = referencesTo(plan, id);
  if (users.length > 0) return { ok: false, error: { code: 'in-use', id, taskIds: users } };
  const named = (bodyId: string | null) => (bodyId === id ? null : bodyId);
  return {
    ok: true,
    plan: {
      ...plan,
      issuerIds: plan.issuerIds.filter((b) => b !== id),
      focalBodyId: named(plan.focalBodyId),
      recipients: plan.recipients.map((r) => (r.bodyId === id ? { ...r, bodyId: null } : r)),
      signers: plan.signers.map((s) => (s.bodyId === id ? { ...s, bodyId: null } : s)),
      bodies: plan.bodies.filter((b) => b.id !== id),
      groups: plan.groups
        .filter((g) => g.id !== id)
        .map((g) =>
          g.memberIds.includes(id) ? { ...g, memberIds: g.memberIds.filter((m) => m !== id) } : g,
        ),
    },
  };
}

function apply(plan: Plan, command: PlanCommand): EditResult {
  switch (command.type) {
    case 'addTask': {
      if (plan.tasks.some((t) => t.id === command.task.id))
        return { ok: false, error: { code: 'duplicate-id', id: command.task.id } };
      const parsed = check(TaskSchema, command.task);
      if (!parsed.ok) return invalid(parsed.problems);
      return { ok: true, plan: withTasks(plan, [...plan.tasks, parsed.value]) };
    }
    case 'updateTask':
      return updateTask(plan, command.id, command.changes);
    case 'moveTasks':
      return moveTasks(plan, new Map(command.moves.map((m) => [m.id, m.position])));
    case 'removeTasks':
      return removeTasks(plan, command.ids);
    case 'pasteTasks':
      return pasteTasks(plan, command.tasks);
    case 'connect':
      return connect(plan, command.from, command.to);
    case 'disconnect':
      return disconnect(plan, command.from, command.to);
    case 'updatePlan':
      return { ok: true, plan: { ...plan, ...definedOnly(command.changes) } };
    case 'putBody':
      return putBody(plan, command.body);
    case 'putGroup':
      return putGroup(plan, command.group);
    case 'removeBody':
    case 'removeGroup':
      return removeBodyOrGroup(plan, command.id);
    case 'replacePlan':
      return { ok: true, plan: command.plan };
    case 'batch':
      return command.commands.reduce<EditResult>(
        (result, next) => (result.ok ? apply(result.plan, next) : result),
        { ok: true, plan },
      );
  }
}

/**
 * Apply one command. The result is validated against the plan schema, so an edit can never store a broken
 * plan; the validated plan is the edited one itself, so tasks the command did not touch keep their object
 * identity (the canvas re-renders only what changed). A command that changes nothing returns `plan` itself.
 */
export function applyCommand(plan: Plan, command: PlanCommand): EditResult {
  const result = apply(plan, command);
  if (!result.ok || result.plan === plan) return result;
  return onlyTasksChanged(plan, result.plan) ? checkChangedTasks(plan, result) : checkWholePlan(result);
}

function checkWholePlan(result: { ok: true; plan: Plan }): EditResult {
  const checked = check(PlanSchema, result.plan);
  return checked.ok ? result : invalid(checked.problems);
}

/** Every field but the task list is the same object as before. */
function onlyTasksChanged(before: Plan, after: Plan): boolean {
  return (Object.keys(after) as (keyof Plan)[]).every((key) => key === 'tasks' || after[key] === before[key]);
}

/** A moved task: a valid task before, and every field but its position is the same value. */
function onlyPositionDiffers(before: Task, after: Task): boolean {
  const keys = Object.keys(after) as (keyof Task)[];
  return (
    keys.length === Object.keys(before).length &&
    keys.every((key) => key === 'position' || after[key] === before[key])
  );
}

/**
 * The common case — a task edited, moved, added or removed — checks only the tasks that are new objects
 * (untouched tasks keep their identity) and that ids stay unique, instead of the whole plan: a 1,000-task
 * plan is then edited without re-validating 1,000 tasks on every key press, and a task only moved has
 * only its position checked. The result is the same as
 * checking the whole plan, since every plan-wide rule other than unique ids is about fields left alone.
 */
function checkChangedTasks(before: Plan, result: { ok: true; plan: Plan }): EditResult {
  const old = new Set(before.tasks);
  const previous = new Map(before.tasks.map((t) => [t.id, t]));
  const ids = new Set<string>([
    ...result.plan.bodies.map((b) => b.id),
    ...result.plan.groups.map((g) => g.id),
  ]);
  const problems: PlanProblem[] = [];
  result.plan.tasks.forEach((task, i) => {
    if (ids.has(task.id))
      problems.push(problemAt(['tasks', i, 'id'], { rule: 'unique-id', id: task.id, usedBy: null }));
    ids.add(task.id);
    if (old.has(task)) return;
    const was = previous.get(task.id);
    const moved = was !== undefined && onlyPositionDiffers(was, task);
    const checked = moved
      ? check(PositionSchema.nullable(), task.position, ['tasks', i, 'position'])
      : check(TaskSchema, task, ['tasks', i]);
    if (!checked.ok) problems.push(...checked.problems);
  });
  return problems.length === 0 ? result : invalid(problems);
}
