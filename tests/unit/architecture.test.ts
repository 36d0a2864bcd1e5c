import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );
}

const ALLOWED: Record<string, RegExp> = {
  'src/domain': /^(zod|\.\/[\w.-]+)$/,
  'src/engine': /^(zod|xstate|xstate\/graph|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
  'src/store': /^(zod|dexie|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
};

describe('layers import in one direction only', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer} imports only what a pure core may`, () => {
      const bad = sources(layer).flatMap((f) =>
        imports(f)
          .filter((i) => !allowed.test(i))
          .map((i) => `${f}: ${i}`),
      );
      expect(bad).toEqual([]);
    });
    it(`${layer} touches no DOM but the database`, () => {
      const bad = sources(layer).filter((f) =>
        /\b(window|document|localStorage|indexedDB)\./.test(readFileSync(f, 'utf8')),
      );
      expect(bad).toEqual([]);
    });
  }
});

/** The modules a file loads at run time, followed through relative imports (`import type` loads nothing). */
function runtimeGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (graph.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm),
    ].map((m) => m[1] as string);
    graph.set(file, specifiers);
    for (const s of specifiers.filter((s) => s.startsWith('.'))) {
      const base = join(file, '..', s);
      queue.push([`${base}.ts`, `${base}.tsx`].find(existsSync) ?? base);
    }
  }
  return graph;
}

describe('the verify worker', () => {
  it('loads no zod: the plans it checks are parsed already, and a second copy of zod would double its size', () => {
    const withZod = [...runtimeGraph('src/ui/editor/verify-worker.ts')]
      .filter(([, specifiers]) => specifiers.includes('zod'))
      .map(([file]) => file);
    expect(withZod).toEqual([]);
  });
});
