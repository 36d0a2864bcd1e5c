import { z } from 'zod';
import { ASSIGNMENT_STATUSES } from './assignment-status';
import { IdSchema, IsoDateSchema } from './ids';
import { PlanSchema } from './plan';

/**
 * A run: one issued version of a plan that bodies' staff carry out, and its append-only event log. The log is
 * never edited; a correction is a new event. The state of a run is what folding its log from the start gives.
 */
export const RUN_SCHEMA_VERSION = 1;

/** A time-sortable id (ULID: 26 characters of Crockford's base 32, the first ten the time in ms). */
export const UlidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);

const TimestampSchema = z.iso.datetime();
const ReasonSchema = z.string().trim().min(1);

/** Who acts: a person, and the body they act for (chosen once, in settings). */
export const RunActorSchema = z.object({ name: z.string().trim().min(1), bodyId: IdSchema });
export type RunActor = z.infer<typeof RunActorSchema>;

export const RUN_STATUSES = ['active', 'completed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RunSchema = z.object({
  schemaVersion: z.literal(RUN_SCHEMA_VERSION),
  id: UlidSchema,
  planId: IdSchema,
  /** The plan as issued, frozen: later edits of the plan never reach a run. */
  plan: PlanSchema,
  /** Số và ký hiệu as issued ("66-CTr/TU"); null when the document has none. */
  number: z.string().trim().min(1).nullable(),
  /** Ngày ban hành: the date the document bears. */
  issuedOn: IsoDateSchema,
  issuedAt: TimestampSchema,
  issuedBy: RunActorSchema,
  /** Active until every assignment is closed; cancelled when every assignment was cancelled. */
  status: z.enum(RUN_STATUSES),
  /**
   * For the run of a child plan ("cụ thể hóa"): the run and the task it fulfils. Set when it is issued from
   * that task, or when an earlier run of the child plan is linked to it; absent otherwise.
   */
  parent: z.object({ runId: UlidSchema, taskId: IdSchema }).optional(),
});
export type Run = z.infer<typeof RunSchema>;

/** Báo cáo: kết quả, khó khăn vướng mắc, đề xuất, and minh chứng (links, attachments kept in the browser). */
export const ReportContentsSchema = z.object({
  results: z.string().trim().min(1),
  difficulties: z.string().default(''),
  proposals: z.string().default(''),
  evidence: z
    .object({
      links: z.array(z.url({ protocol: /^https?$/ })).default([]),
      attachmentIds: z.array(UlidSchema).default([]),
    })
    .default({ links: [], attachmentIds: [] }),
});
export type ReportContents = z.infer<typeof ReportContentsSchema>;

const base = {
  schemaVersion: z.literal(RUN_SCHEMA_VERSION),
  id: UlidSchema,
  runId: UlidSchema,
  /** 1 for the issue, then +1 for each event of the run: no gaps, no repeats. */
  seq: z.number().int().min(1),
  at: TimestampSchema,
  actor: RunActorSchema,
};
/** The assignment an event is about: one assignee's part of one task. */
const assignment = { ...base, taskId: IdSchema, assigneeId: IdSchema };
const bare = <T extends string>(type: T) => z.object({ ...assignment, type: z.literal(type) });
const withReason = <T extends string>(type: T) =>
  z.object({ ...assignment, type: z.literal(type), reason: ReasonSchema });

export const RunEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('issue') }),
  bare('start'),
  z.object({ ...assignment, type: z.literal('report'), report: ReportContentsSchema }),
  bare('approve'),
  withReason('return'),
  z.object({
    ...assignment,
    type: z.literal('request-extension'),
    reason: ReasonSchema,
    newDue: IsoDateSchema,
  }),
  bare('approve-extension'),
  withReason('refuse-extension'),
  withReason('pause'),
  bare('resume'),
  withReason('cancel'),
  bare('deliver'),
  withReason('decline'),
  /** The task is fulfilled by a run of its child plan (issued from it, or issued earlier and linked). */
  z.object({
    ...assignment,
    type: z.literal('link-child'),
    childRunId: UlidSchema,
    childPlanId: IdSchema,
    childNumber: z.string().trim().min(1).nullable(),
    childIssuedOn: IsoDateSchema,
  }),
  /**
   * Written by the app, on behalf of the linked child run, when that run completes: the task's assignments
   * are completed through their machines. `actor` is the person whose action completed the child run.
   */
  z.object({ ...assignment, type: z.literal('child-completed'), childRunId: UlidSchema }),
]);
export type RunEvent = z.infer<typeof RunEventSchema>;
export type RunEventType = RunEvent['type'];

export const RUN_EVENT_TYPES = RunEventSchema.options.map((o) => o.shape.type.value) as RunEventType[];

/** The fields the log gives an event: whoever asks for an action never sets them. */
const LOGGED = { schemaVersion: true, id: true, runId: true, seq: true, at: true, actor: true } as const;

/**
 * What is asked of an action, before the log gives it an id, a sequence number and a time: the event without
 * them. Distributive, so each type keeps its own payload.
 */
export type RunAction = RunEvent extends infer E
  ? E extends RunEvent
    ? Omit<E, 'schemaVersion' | 'id' | 'runId' | 'seq' | 'at' | 'actor'>
    : never
  : never;

/** Events only the app writes, never asked for by a person: the completion of a task by its child run. */
export const SYSTEM_EVENT_TYPES: readonly RunEventType[] = ['child-completed'];

/**
 * An action as asked for from outside (a server's client): strict, so a field the log sets is refused, and
 * never an event only the app writes.
 */
export const RunActionSchema = z.discriminatedUnion(
  'type',
  (RunEventSchema.options as readonly z.ZodObject[])
    .filter((o) => !SYSTEM_EVENT_TYPES.includes(o.shape.type.value as RunEventType))
    .map((o) => o.omit(LOGGED).strict()) as [z.ZodObject],
) as unknown as z.ZodType<Exclude<RunAction, { type: 'child-completed' }>>;

/** Working status of an assignment as staff see it (trạng thái thực hiện), side states included. */
export const WORKING_STATUSES = [
  ...ASSIGNMENT_STATUSES,
  'paused', // tạm dừng
  'declined', // từ chối (a request, "đề nghị", declined)
] as const;
export type WorkingStatus = (typeof WORKING_STATUSES)[number];

/**
 * Who may act on an assignment: its assignee's staff, its approver, or the issuer of the plan; the system
 * writes what follows from another run (a child run completed).
 */
export const RUN_ROLES = ['assignee', 'approver', 'issuer', 'system'] as const;
export type RunRole = (typeof RUN_ROLES)[number];
