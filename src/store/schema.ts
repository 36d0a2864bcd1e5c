/**
 * The history of the database schema. A declared version is never edited once released: a change is a new
 * version with its upgrade function in `migrations.ts`, and a test that opens a database of the version
 * before it.
 */

/** Version 1: each plans row was the bare Plan object, keyed by its id; settings were key/value rows. */
export const STORES_V1 = { plans: 'id', settings: 'key' } as const;

/**
 * Version 2: each plans row is a PlanRecord (revision and timestamps around the plan); plan versions
 * (snapshots, by plan and date); the shared directory of bodies, by id and name.
 */
export const STORES_V2 = {
  ...STORES_V1,
  versions: '++id, planId, createdAt',
  bodies: 'id, name',
} as const;

/**
 * Version 3: plans are also indexed by [id+revision+createdAt], so a save or another tab can learn a plan's
 * revision (and creation time) from the index alone, without reading and parsing the whole plan.
 * No data changes.
 */
export const STORES_V3 = { ...STORES_V2, plans: 'id, [id+revision+createdAt]' } as const;

/**
 * Version 4: the staff runtime. Runs (an issued, frozen plan); their append-only event logs, one row per
 * event, unique by run and sequence number; the cached state of each run at its last event; and the
 * attachments of reports (Blobs). No data changes.
 */
export const STORES_V4 = {
  ...STORES_V3,
  runs: 'id, planId',
  runEvents: 'id, &[runId+seq]',
  runSnapshots: 'runId',
  attachments: 'id, runId',
} as const;

/**
 * Version 5: runs shared through a server. The actions taken on a shared run and not yet accepted by the
 * server (the outbox, in the order they were taken: keys are ULIDs), and which local runs mirror a server's
 * run. No data changes.
 */
export const STORES_V5 = {
  ...STORES_V4,
  outbox: 'key, runId',
  sharedRuns: 'runId',
} as const;

/**
 * Version 6: the log is the audit, and an action rewrites only what it changed of a run's cached state. Run
 * events are also indexed by run and type, task, assigned body, acting body and acting person (each with the
 * event's number, so a filtered page of the log is read in order from an index), and by run and person alone
 * (who acted, without reading the log). A cached state is a head (`runSnapshots`) and one part per assigned
 * body (`runSnapshotParts`, by run and body). The upgrade drops the cached states of the old shape (which held
 * the whole audit log): each run's next opening replays its log once and caches it again.
 */
export const STORES_V6 = {
  ...STORES_V5,
  runEvents: [
    'id',
    '&[runId+seq]',
    '[runId+type+seq]',
    '[runId+taskId+seq]',
    '[runId+assigneeId+seq]',
    '[runId+actor.bodyId+seq]',
    '[runId+actor.name+seq]',
    '[runId+actor.name]',
  ].join(', '),
  runSnapshotParts: '[runId+bodyId]',
} as const;
