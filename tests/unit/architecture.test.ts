import { readdirSync, readFileSync } from 'node:fs';
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
  'src/store': /^(zod|dexie|ulid|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
  'src/calendar': /^(date-holidays|\.\/[\w.-]+|\.\.\/domain\/[\w.-]+)$/,
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
