/**
 * The national rows of `npm run bench`: each shape of `national-shapes.ts` at 50,000 bodies × 5 tasks, and a
 * stuck chain of 100,000 tasks, each measured by `bench-national.ts` in a process of its own (with
 * `--expose-gc`) so that the peak memory printed is that shape's alone.
 */
import { spawnSync } from 'node:child_process';
import { NATIONAL_SHAPES } from './national-shapes';

type Row = [name: string, medianMs: string, runs: string, target: string];

interface Measured {
  verify: number;
  check: number;
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

function measure(shape: string, size: number): Measured {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', 'scripts/bench-national.ts', shape, String(size)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`${shape}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Measured;
}

export function nationalRows(ms: (v: number) => string): Row[] {
  const rows: Row[] = [];
  const shapes: Array<[string, number, string]> = [
    ...NATIONAL_SHAPES.map((s): [string, number, string] => [s, 50_000, '50.000 cơ quan × 5 nhiệm vụ']),
    ['chain', 100_000, '100.000 nhiệm vụ'],
  ];
  for (const [shape, size, scale] of shapes) {
    const m = measure(shape, size);
    rows.push([`Quốc gia, ${LABELS[shape]}, ${scale} (${m.stuck} tắc)`, ms(m.verify), '3', '≤ 1000 ms']);
    rows.push([`  checkPlan, ${m.findings} phát hiện`, ms(m.check), '3', '≤ 2000 ms']);
    rows.push([
      `  bộ nhớ đỉnh (MB; riêng kế hoạch ${Math.round(m.planMb)} MB)`,
      String(Math.round(m.peakMb)),
      '',
      '≤ 400 MB',
    ]);
  }
  return rows;
}
