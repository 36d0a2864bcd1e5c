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

/** Lowercase, without diacritics and with đ → d: "Kế hoạch" and "ke hoach" fold to the same text. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function matchesSearch(haystack: string, query: string): boolean {
  const q = foldForSearch(query).trim();
  return q === '' || foldForSearch(haystack).includes(q);
}
