/**
 * npm run verify -- [--lang vi|en] [--json] <files or folders>
 * Prints, per plan and per body, whether it completes (and why not, or on what condition), the findings
 * (the same finding on many tasks once) and the plan's own warnings; in Vietnamese, or in English with
 * `--lang en`; with `--json`, one machine-readable report instead. Child plans are looked up among the
 * files given. Exit code: 0 every body of every plan completes and no finding is an error; 1 a body
 * cannot complete; 2 a file is invalid (or the command line is); 3 no body is stuck but a finding is an error.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plan } from '@rollout/core/domain/plan';
import { checkPlan } from '@rollout/core/engine/check-plan';
import { describeEvent } from '@rollout/core/engine/describe-event';
import type { RunEvent } from '@rollout/core/engine/verdict';
import { readPlanFile } from './plan-file';
import { VERIFY_MESSAGES } from './verify-messages';
import { jsonReport, type JsonPlanReport, type JsonReport } from './verify-json';
import { groupFindings, partNumbering, rootNumbering } from './verify-report';

/** A file named on the command line, or the plan files (`*.plan.json`, as the app exports them) of a folder. */
function planFiles(arg: string): string[] {
  let stat;
  try {
    stat = statSync(arg);
  } catch {
    return [arg];
  }
  if (!stat.isDirectory()) return [arg];
  return readdirSync(arg)
    .filter((f) => f.endsWith('.plan.json'))
    .sort()
    .map((f) => join(arg, f));
}

/** The language asked for with `--lang`, whether `--json` is asked, and the files and folders. */
function parseArgs(argv: string[]): { language: string; json: boolean; paths: string[] } {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const at = rest.indexOf('--lang');
  if (at === -1) return { language: 'vi', json, paths: rest };
  return { language: rest[at + 1] ?? '', json, paths: rest.filter((_, i) => i !== at && i !== at + 1) };
}

const { language, json, paths } = parseArgs(process.argv.slice(2));
if (language !== 'vi' && language !== 'en') {
  console.error(VERIFY_MESSAGES.vi.unknownLanguage(language));
  process.exit(2);
}
const m = VERIFY_MESSAGES[language];
if (paths.length === 0) {
  console.error(m.usage);
  process.exit(2);
}

const files = paths.flatMap(planFiles);
if (files.length === 0) {
  console.error(m.noPlanFiles(paths.join(', ')));
  process.exit(2);
}

const invalid: Array<{ file: string; problems: Array<{ path: string; message: string }> }> = [];
const valid: Array<{ name: string; plan: Plan }> = [];
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  const parsed = readPlanFile(file);
  if (parsed === null) {
    invalid.push({ file: name, problems: [] });
    if (!json) console.error(m.unreadable(name));
    continue;
  }
  if (parsed.ok) {
    valid.push({ name, plan: parsed.plan });
    continue;
  }
  const problems = parsed.problems.map((p) => ({ path: p.path[language], message: p.message[language] }));
  invalid.push({ file: name, problems });
  if (json) continue;
  console.error(m.invalidFile(name, problems.length));
  for (const p of problems) console.error(`  ${name}: ${p.path}: ${p.message}`);
}

const plans = new Map(valid.map(({ plan }) => [plan.id, plan]));
const reports: JsonPlanReport[] = [];
let stuck = 0;
let withErrors = 0;
for (const { name, plan } of valid) {
  const report = checkPlan(plan, { plans });
  stuck += report.bodies.filter((b) => !b.completes).length;
  if (report.findings.some((f) => f.severity === 'error')) withErrors++;
  if (json) {
    reports.push(jsonReport(name, report, language));
    continue;
  }
  const rootOf = rootNumbering();
  const parts = partNumbering(report);
  const said = (after: number[], steps: readonly RunEvent[]) =>
    [
      ...(after.length > 0 ? [m.after(after.map((n) => n + 1))] : []),
      ...steps.map((e) => describeEvent(report.model, e)[language]),
    ].join(' → ');
  console.log(`\n${plan.title}`);
  console.log(`  ${m.planLine(name, plan.tasks.length, report.bodies.length)}`);
  for (const body of report.bodies) {
    const caveats = body.caveats.map((c) =>
      m.caveat(c.kind, report.model.tasks.get(c.taskId)?.task.code ?? c.taskId),
    );
    if (body.completes) {
      console.log(`  ${m.completes(body.name, body.assigneeId, caveats)}`);
      continue;
    }
    console.log(`  ${m.stuck(body.name, body.assigneeId)}`);
    for (const b of body.blocked) {
      const { index, first } = rootOf(b.cause);
      const code = (id: string) => report.model.tasks.get(id)?.task.code ?? id;
      const waits = b.chain[0] ? code(b.chain[0].waitsFor.taskId) : null;
      console.log(
        `      ${first ? m.rootFirst(b.message[language], index + 1) : m.rootAgain(code(b.taskId), waits, index + 1)}`,
      );
    }
    const witness = report.witnesses.partsOf(body.assigneeId);
    const after = witness.after.map(parts.refer);
    if (after.length > 0 || witness.steps.length > 0)
      console.log(`      ${m.witness(said(after, witness.steps))}`);
  }
  let shared = false;
  parts.tell((n, after, steps) => {
    if (!shared) console.log(`  ${m.sharedRuns}`);
    shared = true;
    console.log(`    #${n + 1}: ${said(after, steps)}`);
  });
  const findings = groupFindings(report, language);
  if (findings.length > 0) console.log(`  ${m.findings}`);
  for (const f of findings) {
    const codes = f.taskIds.map((t) => report.model.tasks.get(t)?.task.code ?? t);
    const more = codes.length > 1 ? ` ${m.onTasks(codes)}` : '';
    console.log(`  - [${m.severity[f.severity]}] ${f.code}: ${f.message}${more}`);
  }
  if (plan.warnings.length > 0) console.log(`  ${m.planWarnings}`);
  for (const w of plan.warnings) console.log(`  - ${w.code}: ${w.message}`);
}

const exit = invalid.length > 0 ? 2 : stuck > 0 ? 1 : withErrors > 0 ? 3 : 0;
if (json) {
  const out: JsonReport = { format: 3, exit, plans: reports, invalid };
  console.log(JSON.stringify(out));
} else {
  console.log(`\n${m.summary(valid.length, invalid.length, stuck)}`);
  if (withErrors > 0) console.log(m.errorPlans(withErrors));
}
// Not process.exit: it would cut a long report short when stdout is a pipe.
process.exitCode = exit;
