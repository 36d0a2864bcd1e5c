import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  out?: z.core.$ZodType;
};

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;

/** The schema itself once wrappers (default, nullable, a migration's pipe …) are looked through. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let inner = schema;
  for (;;) {
    const def = defOf(inner);
    const next = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
    if (!next) return inner;
    inner = next;
  }
}

/** The keys the object schema found at `path` inside `schema` knows, or none when it is not an object. */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    const def: Def = defOf(at);
    at = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
    if (!at) return [];
    at = unwrap(at);
  }
  return Object.keys(defOf(at).shape ?? {});
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), one row at a time. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known key nearest to a misspelt one, ignoring case, hyphens and underscores ("prerequisiteID",
 * "prerequisite_ids" → "prerequisiteIds"); null when none is close enough to be meant: at most a third of
 * the key's letters (never more than three) differ, or one is the other cut short ("via" → "viaId").
 */
export function nearestKey(key: string, known: readonly string[]): string | null {
  const plain = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const written = plain(key);
  const allowed = Math.min(3, Math.max(1, Math.floor(written.length / 3)));
  const near = (candidate: string, distance: number) =>
    distance <= allowed ||
    (Math.min(written.length, candidate.length) >= 3 &&
      (candidate.startsWith(written) || written.startsWith(candidate)));
  let best: { key: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = editDistance(written, plain(candidate));
    if (near(plain(candidate), distance) && (!best || distance < best.distance))
      best = { key: candidate, distance };
  }
  return best?.key ?? null;
}
