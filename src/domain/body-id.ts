import type { Plan } from './plan';
import { foldForSearch } from './text-fold';

/**
 * An id for a new body or group named `name`: its name folded to a slug ("Ban Tuyên giáo" →
 * "ban-tuyen-giao"), made unique among the plan's bodies, groups and tasks ("…-2", "…-3").
 */
export function newBodyId(plan: Plan, name: string, fallback = 'co-quan'): string {
  const used = new Set([...plan.bodies, ...plan.groups, ...plan.tasks].map((x) => x.id));
  const slug =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback;
  if (!used.has(slug)) return slug;
  for (let i = 2; ; i++) if (!used.has(`${slug}-${i}`)) return `${slug}-${i}`;
}
