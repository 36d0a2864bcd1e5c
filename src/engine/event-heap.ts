/** A binary min-heap of (time, payload) pairs; equal times come out in the order they went in. */
export class EventHeap {
  private times: number[] = [];
  private orders: number[] = [];
  private payloads: number[] = [];
  private next = 0;

  get size(): number {
    return this.times.length;
  }

  clear(): void {
    this.times.length = 0;
    this.orders.length = 0;
    this.payloads.length = 0;
    this.next = 0;
  }

  private before(i: number, j: number): boolean {
    const ti = this.times[i] as number;
    const tj = this.times[j] as number;
    return ti < tj || (ti === tj && (this.orders[i] as number) < (this.orders[j] as number));
  }

  private swap(i: number, j: number): void {
    for (const list of [this.times, this.orders, this.payloads]) {
      const held = list[i] as number;
      list[i] = list[j] as number;
      list[j] = held;
    }
  }

  push(time: number, payload: number): void {
    this.times.push(time);
    this.orders.push(this.next++);
    this.payloads.push(payload);
    for (let i = this.times.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The earliest time (call only when not empty). */
  peekTime(): number {
    return this.times[0] as number;
  }

  /** Removes the earliest pair and returns its payload (call only when not empty). */
  pop(): number {
    const top = this.payloads[0] as number;
    const last = this.times.length - 1;
    this.swap(0, last);
    this.times.pop();
    this.orders.pop();
    this.payloads.pop();
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < last && this.before(left, least)) least = left;
      if (right < last && this.before(right, least)) least = right;
      if (least === i) break;
      this.swap(i, least);
      i = least;
    }
    return top;
  }
}
