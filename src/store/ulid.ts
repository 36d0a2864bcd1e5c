import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** A new time-sortable id (ULID); ids made in the same millisecond still sort in the order they were made. */
export function newUlid(now: number = Date.now()): string {
  return next(now);
}
