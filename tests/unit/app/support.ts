import { afterEach } from 'vitest';
import { freshDatabase } from '../store/support';

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A fresh fake-indexeddb database for one test, closed after it. */
export function testDatabase() {
  const { db } = freshDatabase();
  opened.push(db);
  return db;
}
