/**
 * The national rows of `npm run bench`: each shape of `national-shapes.ts` at 5,000 and 50,000 bodies × 5 tasks,
 * and a stuck chain of 100,000 tasks, each measured by `bench-national.ts` bundled (as the command line runs) in a
 * process of its own (with `--expose-gc`), reading the shape from a plan file as `npm run verify` does, so that
 * the peak memory printed is that shape's alone, reading included; then the size of
 * what `npm run verify` prints, as text and as JSON, for a stuck chain of 5,000 bodies.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chainPlan,
  chainSource,
  nationalPlan,
  NATIONAL_SHAPES,
  writePlanFile,
  type NationalShape,
} from './national-shapes';

type Row = [name: string, medianMs: string, runs: string, target: string];

interface Timing {
  wall: number;
  cpu: number;
}

interface Measured {
  compile: Timing;
  verify: Timing;
  check: Timing;
  stuck: number;
  findings: number;
  planMb: number;
  peakMb: number;
}

const LABELS: Record<string, string> = {
  plain: 'kế hoạch tổng hợp',
  central: 'mọi cơ quan chờ một nhiệm vụ trung tâm',
  reporting: 'cây báo cáo, mỗi kiểm điểm thu báo cáo của cấp dưới',
  inactive: '5 cơ quan đã giải thể',
  chain: 'chuỗi bị tắc',
};

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The shape written to a plan file here, then read and measured by `bench-national.ts` in a process of its own. */
function measure(shape: string, size: number): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'bench-national-'));
  const file = join(dir, `${shape}.plan.json`);
  try {
    writePlanFile(
      file,
      shape === 'chain' ? chainSource(size, true) : nationalPlan(shape as NationalShape, size),
    );
    const run = node(['--expose-gc', 'scripts/run-cli.mjs', 'scripts/bench-national.ts', file]);
    if (run.status !== 0) throw new Error(`${shape}: ${run.stderr}`);
    return JSON.parse(run.stdout) as Measured;
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** Bytes `npm run verify` prints for a stuck chain of `length` bodies, as text and as JSON. */
function printed(length: number): { text: number; json: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  const file = join(dir, 'chuoi.plan.json');
  writeFileSync(file, JSON.stringify(chainPlan(length, true)));
  const bytes = (...args: string[]) =>
    Buffer.byteLength(node(['scripts/run-cli.mjs', 'scripts/verify.ts', ...args, file]).stdout);
  const sizes = { text: bytes(), json: bytes('--json') };
  rmSync(dir, { recursive: true });
  return sizes;
}

const timing = (ms: (v: number) => string, t: Timing) => `${ms(t.wall)} (CPU ${ms(t.cpu)})`;

export function nationalRows(ms: (v: number) => string): Row[] {
  const rows: Row[] = [];
  const shapes: Array<[string, number, string]> = [
    ...NATIONAL_SHAPES.flatMap((s): Array<[string, number, string]> => [
      [s, 5_000, '5.000 cơ quan × 5 nhiệm vụ'],
      [s, 50_000, '50.000 cơ quan × 5 nhiệm vụ'],
    ]),
    ['chain', 100_000, '100.000 nhiệm vụ'],
  ];
  for (const [shape, size, scale] of shapes) {
    const m = measure(shape, size);
    const national = size >= 50_000 && shape !== 'chain';
    rows.push([`Quốc gia, ${LABELS[shape]}, ${scale} (${m.stuck} tắc)`, '', '', '']);
    rows.push(['  biên dịch mô hình', timing(ms, m.compile), '3', '']);
    rows.push([
      '  kiểm chứng mô hình đã biên dịch',
      timing(ms, m.verify),
      '3',
      national ? 'với biên dịch ≤ 1000 ms' : '',
    ]);
    rows.push([
      `  checkPlan, ${m.findings} phát hiện`,
      timing(ms, m.check),
      '3',
      national ? '≤ 2000 ms' : '',
    ]);
    rows.push([
      `  bộ nhớ đỉnh (MB; riêng kế hoạch ${Math.round(m.planMb)} MB)`,
      String(Math.round(m.peakMb)),
      '',
      national ? '≤ 400 MB' : '',
    ]);
  }
  const sizes = printed(5_000);
  const kb = (bytes: number) => String(Math.round(bytes / 1024));
  rows.push(['npm run verify, chuỗi 5.000 cơ quan tắc: văn bản (KB)', kb(sizes.text), '1', '']);
  rows.push(['  --json (KB)', kb(sizes.json), '1', 'vài trăm KB']);
  return rows;
}
