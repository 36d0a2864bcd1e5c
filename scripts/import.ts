/**
 * npm run import -- <file.txt|file.docx> [--out plan.json] [--directory <folder or .plan.json>]
 * Prints the draft plan as plan-format JSON (or writes it to --out), its warnings on stderr. Bodies are matched
 * against the bodies of the plans in workflows/ unless --directory names other plans. Exit code: 0 with a
 * draft, 2 when the file is missing or unreadable, or its text cannot be a plan (the reason is printed).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanJson } from '@rollout/core/domain/plan-parse';
import type { Plan } from '@rollout/core/domain/plan';
import { directoryFromPlans, importDocument, importDocx, type ImportOutcome } from '@rollout/core/documents';
import { IMPORT_MESSAGES as m } from './import-messages';

function option(argv: string[], name: string): { value: string | null; rest: string[] } {
  const at = argv.indexOf(name);
  if (at === -1) return { value: null, rest: argv };
  return { value: argv[at + 1] ?? '', rest: argv.filter((_, i) => i !== at && i !== at + 1) };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function plansIn(path: string): Plan[] | null {
  try {
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.plan.json'))
          .map((f) => join(path, f))
      : [path];
    const plans = files.map((f) => parsePlanJson(readFileSync(f, 'utf8')));
    return plans.every((p) => p.ok) ? plans.map((p) => (p as { plan: Plan }).plan) : null;
  } catch {
    return null;
  }
}

const out = option(process.argv.slice(2), '--out');
const dir = option(out.rest, '--directory');
const [file, ...extra] = dir.rest;
if (!file || extra.length || out.value === '' || dir.value === '') fail(m.usage);
if (!existsSync(file)) fail(m.missing(file));

const directoryPath = dir.value ?? 'workflows';
const plans = plansIn(directoryPath);
if (!plans) fail(m.badDirectory(directoryPath));
const options = { directory: directoryFromPlans(plans), file: file.split(/[\\/]/).pop() ?? file };

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch {
  fail(m.unreadable(file));
}
const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
const outcome: ImportOutcome =
  /\.docx$/i.test(file) || isZip
    ? await importDocx(new Uint8Array(bytes), options)
    : importDocument(new TextDecoder('utf-8').decode(bytes), options);
if (!outcome.ok) fail(m.refused(file, outcome.refusal.message.vi));

const json = `${JSON.stringify(outcome.plan, null, 2)}\n`;
if (outcome.warnings.length) {
  console.error(m.warnings(outcome.warnings.length));
  for (const w of outcome.warnings)
    console.error(m.warning(w.span?.startLine ?? null, w.message.vi, w.message.en));
}
if (out.value) {
  writeFileSync(out.value, json);
  console.error(m.written(out.value, outcome.plan.tasks.length, outcome.warnings.length));
} else process.stdout.write(json);
