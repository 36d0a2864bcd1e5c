import { JsonObjectSplitter, type ElementReader } from './json-bytes';
import { PlanCompactor } from './plan-compact';
import { PlanFileOfCheckedTasksSchema, upgradePlan } from './plan-format';
import { parsePlanJson, type PlanParseResult } from './plan-parse';
import { check } from './problems';
import { TaskSchema } from './task';

/**
 * Reads a plan file's bytes (UTF-8) as `parsePlanJson` reads its text, giving the same plan or the same
 * problems, in about half the memory for a large file: each task is checked (and its repeated strings shared)
 * as soon as it is parsed, so the file's parsed tasks and the plan's never all exist at once. A file that is not
 * read that way (a task with a problem, any syntax error, an older format whose upgrade rewrites tasks) is read
 * whole as text by `parsePlanJson` (a byte order mark skipped, bytes that are not UTF-8 read as U+FFFD).
 */
export function readPlanBytes(bytes: Uint8Array): PlanParseResult {
  return readPlanChunks([bytes], () => bytes);
}

/**
 * `readPlanBytes` for bytes that arrive in chunks (a file read a piece at a time, so that it is never in memory
 * whole); `whole` gives all the bytes at once, for a file that is not read that way.
 */
export function readPlanChunks(chunks: Iterable<Uint8Array>, whole: () => Uint8Array): PlanParseResult {
  return readTaskByTask(chunks) ?? parsePlanJson(new TextDecoder().decode(whole()));
}

function readTaskByTask(chunks: Iterable<Uint8Array>): PlanParseResult | null {
  let tasksValid = true;
  const compactor = new PlanCompactor();
  const element: ElementReader = (key, value) => {
    if (key !== 'tasks' || !tasksValid) return value;
    const task = TaskSchema.safeParse(value);
    if (task.success) return compactor.task(task.data);
    tasksValid = false;
    return value;
  };
  let value: Record<string, unknown>;
  try {
    const splitter = new JsonObjectSplitter(element);
    for (const chunk of chunks) splitter.feed(chunk);
    value = splitter.finish();
  } catch {
    return null;
  }
  const upgraded = upgradePlan(value) as Record<string, unknown>;
  if (!tasksValid || (value['tasks'] !== undefined && upgraded['tasks'] !== value['tasks'])) return null;
  const result = check(PlanFileOfCheckedTasksSchema, value);
  return result.ok ? { ok: true, plan: compactor.plan(result.value) } : null;
}
