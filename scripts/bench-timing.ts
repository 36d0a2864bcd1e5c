/** Timing helpers shared by the benchmark scripts: medians of repeated runs, and the printed table. */
import { performance } from 'node:perf_hooks';

export type Row = [name: string, medianMs: string, runs: string, target: string];
export type Timer = (runs: number, fn: () => void) => number;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of `runs` timings of `fn`, after one warm-up call. */
export function time(runs: number, fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The median of `runs` timings of `fn` on a fresh value from `setup` each time (setup not timed). */
export function timeEach<T>(runs: number, setup: () => T, fn: (value: T) => void): number {
  fn(setup());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const value = setup();
    const start = performance.now();
    fn(value);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(1));

export function printRows(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'Phép đo'.padEnd(width)} | trung vị (ms) | số lần | mục tiêu`);
  console.log(`${'-'.repeat(width)}-|---------------|--------|---------`);
  for (const [name, value, runs, target] of rows) {
    console.log(`${name.padEnd(width)} | ${value.padStart(13)} | ${runs.padStart(6)} | ${target}`);
  }
}
