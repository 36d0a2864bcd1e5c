import { randomUUID } from 'node:crypto';
import type { Plan } from '../../server/src/core';
import { hashPassword } from '../../server/src/auth/passwords';
import type { Database, Queryable } from '../../server/src/db/database';
import { makePlan } from '../support/plan-builder';

export const PASSWORD = 'mat-khau-thu-nghiem';

/** Organisation "a" with bodies b0 (issuer), b1, b2 and org "b" with body x0; one account per line below. */
export const PEOPLE = {
  admin: { org: 'a', body: 'b0', roles: ['admin', 'planner'] },
  lead: { org: 'a', body: 'b1', roles: ['staff'] },
  helper: { org: 'a', body: 'b2', roles: ['staff'] },
  stranger: { org: 'b', body: 'x0', roles: ['admin', 'planner', 'staff'] },
} as const;

export type Person = keyof typeof PEOPLE;

/** Task t1 led by b1 with b2 participating; task t2 led by b2. */
export const PLAN: Plan = makePlan([
  { id: 't1', leadId: 'b1', participantIds: ['b2'] },
  { id: 't2', leadId: 'b2' },
]);

export async function seedPeople(db: Database): Promise<void> {
  const hash = await hashPassword(PASSWORD);
  for (const org of ['a', 'b']) await db.query('INSERT INTO organisations (id, name) VALUES ($1, $1)', [org]);
  for (const [org, body] of [
    ['a', 'b0'],
    ['a', 'b1'],
    ['a', 'b2'],
    ['b', 'x0'],
  ])
    await db.query('INSERT INTO bodies (organisation_id, id, name) VALUES ($1, $2, $2)', [org, body]);
  for (const [username, p] of Object.entries(PEOPLE))
    await db.query(
      `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
       VALUES ($1, $2, $3, $4, $4, $5, $6)`,
      [randomUUID(), p.org, p.body, username, hash, p.roles],
    );
}

export const STAFF_PASSWORD = 'mat-khau-su-co';

/** Organisation "o" with bodies b0…b(n-1) and one account staff{i} (staff and planner) for each. */
export async function seedStaff(db: Queryable, clients: number): Promise<void> {
  const hash = await hashPassword(STAFF_PASSWORD);
  await db.query(`INSERT INTO organisations (id, name) VALUES ('o', 'o')`);
  for (let i = 0; i < clients; i++) {
    await db.query(`INSERT INTO bodies (organisation_id, id, name) VALUES ('o', $1, $1)`, [`b${i}`]);
    await db.query(
      `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
       VALUES ($1, 'o', $2, $3, $3, $4, ARRAY['staff', 'planner'])`,
      [randomUUID(), `b${i}`, `staff${i}`, hash],
    );
  }
}

/** A plan of `clients × tasks` tasks, task t{n} led by body b{n % clients}. */
export function staffPlan(clients: number, tasks: number): Plan {
  const all = Array.from({ length: clients * tasks }, (_, n) => ({ id: `t${n}`, leadId: `b${n % clients}` }));
  return makePlan(all, {}, clients);
}
