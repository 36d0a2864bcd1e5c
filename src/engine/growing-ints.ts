/**
 * Integers in an Int32Array that doubles as it fills: pushed one after another, or written at any position
 * (unwritten positions read `fill`). Its storage is outside the collected heap, so building one for a plan of
 * hundreds of thousands of tasks leaves no trail of outgrown arrays for the collector.
 */
export class GrowingInts {
  private data: Int32Array;
  /** One past the last position written. */
  length = 0;

  constructor(
    size = 16,
    private readonly fill = 0,
  ) {
    this.data = new Int32Array(Math.max(size, 16));
    if (fill !== 0) this.data.fill(fill);
  }

  get(i: number): number {
    return i < this.data.length ? (this.data[i] as number) : this.fill;
  }

  set(i: number, value: number): void {
    if (i >= this.data.length) this.grow(i + 1);
    this.data[i] = value;
    if (i >= this.length) this.length = i + 1;
  }

  push(value: number): void {
    this.set(this.length, value);
  }

  /** The integers written, in an array of just that length. */
  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }

  private grow(size: number): void {
    const grown = new Int32Array(Math.max(size, this.data.length * 2));
    if (this.fill !== 0) grown.fill(this.fill, this.data.length);
    grown.set(this.data);
    this.data = grown;
  }
}
