import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'run-cli-'));
const entry = join(dir, 'entry.ts');
const word = join(dir, 'word.ts');
const cached = join(
  'node_modules/.cache/rollout-cli',
  relative(process.cwd(), entry)
    .replace(/\.ts$/, '')
    .replace(/[^\w-]+/g, '_'),
);

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/run-cli.mjs', entry, ...args], { encoding: 'utf8' });

afterAll(() => {
  for (const file of [dir, `${cached}.mjs`, `${cached}.inputs.json`])
    rmSync(file, { recursive: true, force: true });
});

describe('the command-line launcher', () => {
  it('runs a TypeScript entry from its bundle, rebuilt only when a file it was built from changes', () => {
    writeFileSync(word, "export const word: string = 'one';\n");
    writeFileSync(
      entry,
      "import { word } from './word';\nconsole.log(`${word}:${process.argv.slice(2).join(',')}`);\n",
    );
    expect(run('a', 'b').stdout).toBe('one:a,b\n');
    const built = statSync(`${cached}.mjs`).mtimeMs;

    expect(run('c').stdout).toBe('one:c\n');
    expect(statSync(`${cached}.mjs`).mtimeMs).toBe(built);

    writeFileSync(word, "export const word: string = 'second';\n");
    expect(run('d').stdout).toBe('second:d\n');
  });

  it('keeps the exit code of the entry and refuses to run without one', () => {
    writeFileSync(entry, 'process.exit(3);\n');
    expect(run().status).toBe(3);
    const bare = spawnSync(process.execPath, ['scripts/run-cli.mjs'], { encoding: 'utf8' });
    expect(bare.status).toBe(2);
  });
});
