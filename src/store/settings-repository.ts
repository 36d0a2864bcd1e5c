import type { RolloutDatabase } from './database';

/** Preferences and flags, each a value under a key. */
export class SettingsRepository {
  constructor(private readonly db: RolloutDatabase) {}

  /** The stored value, or `fallback` when the key was never set. */
  async get<T>(key: string, fallback: T): Promise<T> {
    const row = await this.db.settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
