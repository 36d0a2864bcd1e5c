/**
 * A read-only map by id over values kept by number: `numbers` gives each id its number, `valueOf` the value
 * of a number. Several views can share one `numbers` (the model's tasks, or its assignees and their
 * assignments), so a plan of hundreds of thousands of tasks keeps one hash table per kind of id, not one per view.
 * Iterates in the order of `numbers` (the first time each id was numbered).
 */
export class NumberedMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly numbers: ReadonlyMap<string, number>,
    private readonly valueOf: (no: number) => V,
  ) {}

  get size(): number {
    return this.numbers.size;
  }

  get(id: string): V | undefined {
    const no = this.numbers.get(id);
    return no === undefined ? undefined : this.valueOf(no);
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  keys(): MapIterator<string> {
    return this.numbers.keys();
  }

  *values(): MapIterator<V> {
    for (const no of this.numbers.values()) yield this.valueOf(no);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [id, no] of this.numbers) yield [id, this.valueOf(no)];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(visit: (value: V, id: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [id, no] of this.numbers) visit(this.valueOf(no), id, this);
  }
}
