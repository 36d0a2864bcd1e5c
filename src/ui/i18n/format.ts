import { formatDateVi } from '../../domain/date';

/** Dates are shown dd/mm/yyyy in both languages, as Vietnamese offices write them. */
export function formatDate(iso: string | null | undefined, empty = '—'): string {
  return iso ? formatDateVi(iso) : empty;
}

/** Vietnamese collation for every sorted list (Ă after A, Đ after D, tones ordered). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}
