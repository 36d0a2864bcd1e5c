/** One shared Vietnamese collator: "Ban Dân vận" sorts before "Ban Đối ngoại", "Đ" after "D". */
export const viCollator = new Intl.Collator('vi');

/** A copy of `items` sorted by the Vietnamese collation of `key`, ties kept in their original order. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, text: key(item) }))
    .sort((a, b) => viCollator.compare(a.text, b.text) || a.index - b.index)
    .map((entry) => entry.item);
}
