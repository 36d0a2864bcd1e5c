import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainPlan } from '../../../scripts/national-shapes';

/** Bytes `npm run verify` prints for a stuck chain of `length` bodies, as text and as JSON. */
function printed(length: number): { text: number; json: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'verify-size-')), 'chuoi.plan.json');
  writeFileSync(file, JSON.stringify(chainPlan(length, true)));
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args, file], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(r.status).toBe(1);
    return Buffer.byteLength(r.stdout);
  };
  return { text: run(), json: run('--json') };
}

describe('the size of what npm run verify prints', () => {
  it('grows linearly with a stuck chain: each body refers to the one root cause', () => {
    const half = printed(2_500);
    const full = printed(5_000);
    expect(full.text / half.text).toBeLessThan(2.05);
    expect(full.json / half.json).toBeLessThan(2.05);
    expect(full.text).toBeLessThan(500_000);
    expect(full.json).toBeLessThan(650_000);
  }, 180_000);
});
