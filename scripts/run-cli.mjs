/**
 * node scripts/run-cli.mjs <entry.ts> [arguments…]
 *
 * Runs a command-line script of the project from a bundle that esbuild builds into node_modules/.cache
 * (git-ignored, gone with a fresh install), so that a start does not compile TypeScript. The bundle is
 * rebuilt whenever any file it was built from (sources, the packages it bundles, this launcher) differs
 * in size or modification time from when it was built, or is gone: a stale bundle is never run.
 * The entry sees the same `process.argv.slice(2)` as under tsx. The heap grows by half at most between
 * collections (see below).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache', 'rollout-cli');

/** Size and modification time of a file, or null when it is gone (or changed after `since`). */
function stamp(file, since = Infinity) {
  try {
    const s = statSync(file);
    return s.mtimeMs >= since ? null : `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Whether the bundle at `out` was built from exactly the files that are there now. */
function isFresh(out, manifest) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return false;
  }
  if (stamp(out) === null) return false;
  return Object.entries(inputs).every(([file, was]) => stamp(join(root, file)) === was);
}

/** Bundle `entry` for Node, then record what it was built from; written aside and renamed into place. */
async function build(entry, out, manifest) {
  const { build: esbuild } = await import('esbuild');
  const startedAt = Date.now();
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  const inputs = { [relative(root, fileURLToPath(import.meta.url))]: null };
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = null;
  // a file saved while the bundle was being built stamps as null, so the next start builds again
  for (const file of Object.keys(inputs)) inputs[file] = stamp(join(root, file), startedAt);
  mkdirSync(cache, { recursive: true });
  const aside = `${out}.${process.pid}`;
  writeFileSync(aside, result.outputFiles[0].contents);
  renameSync(aside, out);
  writeFileSync(`${manifest}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${manifest}.${process.pid}`, manifest);
}

const [entryArg] = process.argv.splice(2, 1);
if (!entryArg) {
  console.error('node scripts/run-cli.mjs <entry.ts> [arguments…]');
  process.exit(2);
}
const entry = relative(root, resolve(entryArg));
const name = entry.replace(/\.[cm]?tsx?$/, '').replace(/[^\w-]+/g, '_');
const out = join(cache, `${name}.mjs`);
const manifest = join(cache, `${name}.inputs.json`);
if (!isFresh(out, manifest)) await build(entry, out, manifest);
// A command line reads one large file and keeps what it builds until it ends: let the heap grow by half of what
// survives a collection (V8 may otherwise let it grow fourfold), so a national plan is checked within 400 MB.
v8.setFlagsFromString('--heap-growing-percent=50');
await import(pathToFileURL(out).href);
