import { LABELS } from '../../domain/labels';
import type { Plan } from '../../domain/plan';
import type { PlanRecord } from '../../app';
import { matchesSearch } from '../../domain/text-fold';
import { viCollator } from '../i18n/format';
import { issuerNames } from '../../domain/plan-bodies';

export const SORT_KEYS = ['updated', 'title', 'date', 'tasks'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Everything a search looks at: title, number, issuers, and the kind in Vietnamese and in the current
 * language (`kindLabel`), so "chuong trinh" and "programme" both find a Chương trình.
 */
export function searchableText(plan: Plan, kindLabel: string): string {
  return [
    plan.title,
    plan.number?.raw ?? '',
    ...issuerNames(plan),
    LABELS.vi.planKinds[plan.kind],
    kindLabel,
  ].join('\n');
}

/** The records matching `query`, ignoring case and diacritics ("ke hoach" finds "Kế hoạch"). */
export function filterRecords(
  records: readonly PlanRecord[],
  query: string,
  kindLabel: (plan: Plan) => string,
): PlanRecord[] {
  return records.filter((r) => matchesSearch(searchableText(r.plan, kindLabel(r.plan)), query));
}

/** Newest first; a missing value last. ISO dates and timestamps compare as text. */
function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

const byTitle = (a: PlanRecord, b: PlanRecord) => viCollator.compare(a.plan.title, b.plan.title);

const COMPARE: Record<SortKey, (a: PlanRecord, b: PlanRecord) => number> = {
  updated: (a, b) => newestFirst(a.updatedAt, b.updatedAt),
  title: byTitle,
  date: (a, b) => newestFirst(a.plan.date, b.plan.date),
  tasks: (a, b) => b.plan.tasks.length - a.plan.tasks.length,
};

/** A sorted copy; ties are ordered by title (Vietnamese collation), then by id. */
export function sortRecords(records: readonly PlanRecord[], key: SortKey): PlanRecord[] {
  return [...records].sort((a, b) => COMPARE[key](a, b) || byTitle(a, b) || a.id.localeCompare(b.id));
}
