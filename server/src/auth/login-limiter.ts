/**
 * Failed sign-ins per key (the username, lower-cased) in a sliding window: after `max` failures within
 * `windowMs` the key is refused until the oldest failure leaves the window. A success clears the key.
 * Kept in this process's memory: behind several instances each counts its own share.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    return Math.ceil(((recent[0] as number) + this.windowMs - this.now()) / 1000);
  }

  failed(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
