/**
 * npm run verify -- <files or folders>
 * Prints, per plan and per body, whether it completes (and why not), then the findings.
 * Exit code: 0 when every body of every plan completes, 1 when a body cannot, 2 when a file is invalid.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePlanJson } from '../src/domain/plan-parse';
import { checkPlan } from '../src/engine/check-plan';
import { describeEvent } from '../src/engine/describe-event';

const SEVERITY = { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' } as const;

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

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('Cách dùng: npm run verify -- <tệp hoặc thư mục kế hoạch> …');
  process.exit(2);
}

let invalid = 0;
let stuck = 0;
let plans = 0;
for (const file of args.flatMap(planFiles)) {
  const name = relative(process.cwd(), file) || file;
  const text = readText(file);
  if (text === null) {
    console.error(`${name}: không đọc được tệp (không tồn tại hoặc không có quyền đọc).`);
    invalid++;
    continue;
  }
  const parsed = parsePlanJson(text);
  if (!parsed.ok) {
    invalid++;
    console.error(`${name}: tệp kế hoạch không hợp lệ (${parsed.problems.length} lỗi)`);
    for (const p of parsed.problems) console.error(`  ${name}: ${p.path.vi}: ${p.message.vi}`);
    continue;
  }
  plans++;
  const report = checkPlan(parsed.plan);
  console.log(`\n${parsed.plan.title}`);
  console.log(`  ${name} · ${parsed.plan.tasks.length} nhiệm vụ · ${report.bodies.length} cơ quan được giao`);
  for (const body of report.bodies) {
    if (body.completes) {
      console.log(`  ✓ ${body.name}: hoàn thành được (${body.assigneeId})`);
      continue;
    }
    stuck++;
    console.log(`  ✗ ${body.name}: mắc kẹt (${body.assigneeId})`);
    for (const b of body.blocked) console.log(`      ${b.message.vi}`);
    const steps = body.witness.map((e) => describeEvent(report.model, e).vi);
    console.log(
      `      Chuỗi sự kiện dẫn tới chỗ mắc kẹt (${steps.length}): ${steps.join(' → ') || '(ngay từ đầu)'}`,
    );
  }
  if (report.findings.length > 0) console.log('  Phát hiện:');
  for (const f of report.findings) console.log(`  - [${SEVERITY[f.severity]}] ${f.code}: ${f.message.vi}`);
}

console.log(`\n${plans} kế hoạch hợp lệ, ${invalid} tệp không hợp lệ, ${stuck} cơ quan mắc kẹt.`);
process.exit(invalid > 0 ? 2 : stuck > 0 ? 1 : 0);
