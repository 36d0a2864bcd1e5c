import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from './auth/passwords';
import type { Database } from './db/database';

/**
 * A database with no account gets one organisation, one body and its administrator, so that someone can sign
 * in and create the rest. The password is `password` when given, otherwise a random one returned once.
 */
export async function ensureFirstAdmin(
  db: Database,
  password?: string,
): Promise<{ username: string; password: string } | null> {
  const any = await db.query('SELECT 1 FROM accounts LIMIT 1');
  if (any.length > 0) return null;
  const chosen = password ?? randomBytes(12).toString('base64url');
  const hash = await hashPassword(chosen);
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO organisations (id, name) VALUES ('to-chuc', 'Tổ chức')`);
    await tx.query(
      `INSERT INTO bodies (organisation_id, id, name) VALUES ('to-chuc', 'quan-tri', 'Quản trị')`,
    );
    await tx.query(
      `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
       VALUES ($1, 'to-chuc', 'quan-tri', 'admin', 'Quản trị viên', $2, ARRAY['admin', 'planner'])`,
      [randomUUID(), hash],
    );
  });
  return { username: 'admin', password: chosen };
}
