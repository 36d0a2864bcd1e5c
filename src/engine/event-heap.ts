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

  /**
   * Adds a pair. Sifting moves a hole rather than swapping: each level costs one write per array. Ties
   * on time are broken by insertion order, a total order, so any correct heap pops the same sequence.
   */
  push(time: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const { times, orders, payloads } = this;
    const order = this.next++;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (orders[parent] as number) < order)) break;
      times[i] = pt;
      orders[i] = orders[parent] as number;
      payloads[i] = payloads[parent] as number;
      i = parent;
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
  }

  /** The earliest time (call only when not empty). */
  peekTime(): number {
    return this.times[0] as number;
  }

  /** Removes the earliest pair and returns its payload (call only when not empty). */
  pop(): number {
    const { times, orders, payloads } = this;
    const top = payloads[0] as number;
    const last = --this.count;
    const time = times[last] as number;
    const order = orders[last] as number;
    const payload = payloads[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last) {
        const lt = times[child] as number;
        const rt = times[right] as number;
        if (rt < lt || (rt === lt && (orders[right] as number) < (orders[child] as number))) child = right;
      }
      const ct = times[child] as number;
      if (time < ct || (time === ct && order < (orders[child] as number))) break;
      times[i] = ct;
      orders[i] = orders[child] as number;
      payloads[i] = payloads[child] as number;
      i = child;
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
    return top;
  }
}
