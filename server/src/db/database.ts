/** A row-returning SQL statement with positional parameters ($1, $2…): never string-built from input. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters, such as a migration file. */
  exec(script: string): Promise<void>;
}

/** Hears a notification's payload, or null when notifications may have been missed (a dropped connection). */
export type Heard = (payload: string | null) => void;

/** Stop listening to a channel. */
export type Unlisten = () => Promise<void>;

/**
 * One interface over PostgreSQL, whether a server reached through `pg` or PGlite embedded in this process:
 * the same SQL runs on both. A transaction commits when `work` resolves and rolls back when it throws.
 * `listen` hears every `pg_notify(channel, payload)` committed by any connection to the same database, and
 * `null` after its connection was lost and found again.
 */
export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  listen(channel: string, heard: Heard): Promise<Unlisten>;
  close(): Promise<void>;
}

/** PostgreSQL's SQLSTATE for a unique constraint broken by an insert. */
export const UNIQUE_VIOLATION = '23505';

export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
