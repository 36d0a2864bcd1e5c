/**
 * A binary min-heap of (time, payload) pairs in typed arrays that grow as needed; equal times come out in
 * the order they went in.
 */
export class EventHeap {
  private times = new Float64Array(64);
  private orders = new Float64Array(64);
  private payloads = new Int32Array(64);
  private count = 0;
  private next = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
    this.next = 0;
  }

  private grow(): void {
    const grown = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    const size = this.times.length * 2;
    this.times = grown(this.times, new Float64Array(size));
    this.orders = grown(this.orders, new Float64Array(size));
    this.payloads = grown(this.payloads, new Int32Array(size));
  }

  private before(i: number, j: number): boolean {
    const ti = this.times[i] as number;
    const tj = this.times[j] as number;
    return ti < tj || (ti === tj && (this.orders[i] as number) < (this.orders[j] as number));
  }

  private swap(i: number, j: number): void {
    const { times, orders, payloads } = this;
    const t = times[i] as number;
    times[i] = times[j] as number;
    times[j] = t;
    const o = orders[i] as number;
    orders[i] = orders[j] as number;
    orders[j] = o;
    const p = payloads[i] as number;
    payloads[i] = payloads[j] as number;
    payloads[j] = p;
  }

  push(time: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    let i = this.count++;
    this.times[i] = time;
    this.orders[i] = this.next++;
    this.payloads[i] = payload;
    while (i > 0) {
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
    const last = --this.count;
    this.swap(0, last);
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
