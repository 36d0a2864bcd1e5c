/**
 * npm run verify -- [--lang vi|en] <files or folders>
 * Prints, per plan and per body, whether it completes (and why not), then the findings; in Vietnamese,
 * or in English with `--lang en`. Exit code: 0 when every body of every plan completes, 1 when a body
 * cannot, 2 when a file is invalid (or the command line is).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePlanJson } from '@rollout/core/domain/plan-parse';
import { checkPlan } from '@rollout/core/engine/check-plan';
import { describeEvent } from '@rollout/core/engine/describe-event';
import { VERIFY_MESSAGES } from './verify-messages';

function planFiles(arg: string): string[] {
  let stat;
  try {
    stat = statSync(arg);
  } catch {
    return [arg];
  }
  if (!stat.isDirectory()) return [arg];
  return readdirSync(arg)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(arg, f));
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The language asked for with `--lang`, and the files and folders. */
function parseArgs(argv: string[]): { language: string; paths: string[] } {
  const at = argv.indexOf('--lang');
  if (at === -1) return { language: 'vi', paths: argv };
  return { language: argv[at + 1] ?? '', paths: argv.filter((_, i) => i !== at && i !== at + 1) };
}

const { language, paths } = parseArgs(process.argv.slice(2));
if (language !== 'vi' && language !== 'en') {
  console.error(VERIFY_MESSAGES.vi.unknownLanguage(language));
  process.exit(2);
}
const m = VERIFY_MESSAGES[language];
if (paths.length === 0) {
  console.error(m.usage);
  process.exit(2);
}

let invalid = 0;
let stuck = 0;
let plans = 0;
for (const file of paths.flatMap(planFiles)) {
  const name = relative(process.cwd(), file) || file;
  const text = readText(file);
  if (text === null) {
    console.error(m.unreadable(name));
    invalid++;
    continue;
  }
  const parsed = parsePlanJson(text);
  if (!parsed.ok) {
    invalid++;
    console.error(m.invalidFile(name, parsed.problems.length));
    for (const p of parsed.problems) console.error(`  ${name}: ${p.path[language]}: ${p.message[language]}`);
    continue;
  }
  plans++;
  const report = checkPlan(parsed.plan);
  console.log(`\n${parsed.plan.title}`);
  console.log(`  ${m.planLine(name, parsed.plan.tasks.length, report.bodies.length)}`);
  for (const body of report.bodies) {
    if (body.completes) {
      console.log(`  ${m.completes(body.name, body.assigneeId)}`);
      continue;
    }
    stuck++;
    console.log(`  ${m.stuck(body.name, body.assigneeId)}`);
    for (const b of body.blocked) console.log(`      ${b.message[language]}`);
    const steps = body.witness.map((e) => describeEvent(report.model, e)[language]);
    console.log(`      ${m.witness(steps.length, steps.join(' → '))}`);
  }
  if (report.findings.length > 0) console.log(`  ${m.findings}`);
  for (const f of report.findings)
    console.log(`  - [${m.severity[f.severity]}] ${f.code}: ${f.message[language]}`);
}

console.log(`\n${m.summary(plans, invalid, stuck)}`);
process.exit(invalid > 0 ? 2 : stuck > 0 ? 1 : 0);
