import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function imports(file: string): string[] {
  return [
    ...readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);
}

/** The folder under src/ (or src/ui/) a relative import lands in: "domain", "ui/editor"… */
function landsIn(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative('src', resolve(dirname(file), spec)).split('/');
  return target[0] === 'ui' && target.length > 2 ? `ui/${target[1]}` : (target[0] ?? null);
}

const ALLOWED: Record<string, RegExp> = {
  'src/domain': /^(zod|\.\/[\w.-]+)$/,
  'src/engine': /^(zod|xstate|xstate\/graph|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
  'src/store': /^(zod|dexie|ulid|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
  'src/calendar': /^(date-holidays|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
  'src/app': /^(\.\/[\w.-]+|\.\.\/(domain|engine)\/[\w.-]+|\.\.\/store)$/,
  // the file formats it reads and writes: mammoth (.docx in), docx (.docx out), fflate (zips .xlsx out)
  'src/documents': /^(mammoth|docx|fflate|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+|\.\.\/engine\/[\w.-]+)$/,
};

/** The screens: each feature imports the kits, app, domain and engine, never another feature. */
const FEATURES = ['library', 'editor', 'report', 'import', 'runs', 'body-directory', 'settings', 'simulate'];
const KITS = ['controls', 'plan-view', 'i18n', 'router', 'shell'];
/** The one file that opens the browser's database: the start of the app in the page. */
const COMPOSITION_ROOT = 'src/ui/shell/startup.ts';

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

  it('src/documents (import and export) uses only domain and engine of ours, and no React or Dexie', () => {
    const bad = sources('src/documents').flatMap((f) =>
      imports(f)
        .filter(
          (i) =>
            /^(react|react-dom|dexie)(\/|$)/.test(i) ||
            !['documents', 'domain', 'engine', null].includes(landsIn(f, i)),
        )
        .map((i) => `${f}: ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it('the screens reach the data only through src/app: no store import but the composition root', () => {
    const bad = sources('src/ui')
      .filter((f) => f !== COMPOSITION_ROOT)
      .flatMap((f) =>
        imports(f)
          .filter((i) => landsIn(f, i) === 'store' || /^dexie$/.test(i))
          .map((i) => `${f}: ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it('UI features never import each other, and kits never import a feature', () => {
    const bad = sources('src/ui').flatMap((f) => {
      const own = landsIn(f, './x');
      return imports(f)
        .filter((i) => {
          const target = landsIn(f, i);
          if (!target?.startsWith('ui/') || target === own) return false;
          const name = target.slice(3);
          return FEATURES.includes(name) && (own === null || own.startsWith('ui/'));
        })
        .map((i) => `${f}: ${i}`);
    });
    expect(bad).toEqual([]);
    expect(KITS.every((k) => existsSync(`src/ui/${k}`))).toBe(true);
  });

  it('nothing outside the screens imports them', () => {
    const outside = [
      'src/domain',
      'src/engine',
      'src/store',
      'src/app',
      'src/documents',
      'scripts',
      'server',
    ];
    const bad = outside.flatMap((dir) =>
      sources(dir).flatMap((f) =>
        imports(f)
          .filter((i) => /(^|\/)ui(\/|$)/.test(i))
          .map((i) => `${f}: ${i}`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('scripts and a server/ package import the core by its package name, never ui or store', () => {
    const bad = [...sources('scripts'), ...sources('server')].flatMap((f) =>
      imports(f)
        .filter((i) => /^(\.\.\/)+src\//.test(i) || /^@rollout\/core\/(ui|store)(\/|$)/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(bad).toEqual([]);
  });
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

describe('the server reaches the core through one module', () => {
  const files = sources('server/src');
  it('only server/src/core.ts imports src/, and only the pure core', () => {
    const bad = files.flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('/src/') || i.startsWith('../../'))
        .filter((i) => !f.endsWith('core.ts') || !/^\.\.\/\.\.\/src\/(domain|engine)\/[\w.-]+$/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(bad).toEqual([]);
  });
});
