/** Lowercase, without diacritics and with đ → d: "Kế hoạch" and "ke hoach" fold to the same text. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Whether `haystack` contains `query` once both are folded; an empty query matches everything. */
export function matchesSearch(haystack: string, query: string): boolean {
  const q = foldForSearch(query).trim();
  return q === '' || foldForSearch(haystack).includes(q);
}
