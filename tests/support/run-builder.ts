import type { Plan } from '../../src/domain/plan';
import {
  RUN_SCHEMA_VERSION,
  RunEventSchema,
  type Run,
  type RunAction,
  type RunActor,
  type RunEvent,
} from '../../src/domain/run';

/** A ULID-shaped id from a number: ids of tests sort like their numbers. */
export function testId(n: number): string {
  return `01J${String(n).padStart(23, '0')}`;
}

export const RUN_ID = testId(0);

/** A run of `plan` issued on `issuedOn` by its first issuer. */
export function makeRun(plan: Plan, issuedOn = plan.date ?? '2024-02-02'): Run {
  return {
    schemaVersion: RUN_SCHEMA_VERSION,
    id: RUN_ID,
    planId: plan.id,
    plan,
    number: plan.number?.raw ?? null,
    issuedOn,
    issuedAt: `${issuedOn}T02:00:00.000Z`,
    issuedBy: staffOf(plan.issuerIds[0] ?? 'b0'),
    status: 'active',
  };
}

export function staffOf(bodyId: string, name = `Cán bộ ${bodyId}`): RunActor {
  return { name, bodyId };
}

/** The event of `action` by `actor`, number `seq` of the run, on day `day` after 2024-02-02. */
export function eventOf(seq: number, actor: RunActor, action: RunAction, at?: string): RunEvent {
  const time = at ?? new Date(Date.UTC(2024, 1, 2, 2) + seq * 3_600_000).toISOString();
  return RunEventSchema.parse({
    ...action,
    schemaVersion: RUN_SCHEMA_VERSION,
    id: testId(seq),
    runId: RUN_ID,
    seq,
    at: time,
    actor,
  });
}

export const REPORT = {
  results: 'Đã tổ chức hội nghị quán triệt',
  difficulties: '',
  proposals: '',
  evidence: { links: ['https://haiphong.dcs.vn/tin-tuc/hoi-nghi'], attachmentIds: [] },
};
