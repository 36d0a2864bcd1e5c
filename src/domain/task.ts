import { z } from 'zod';
import { IdSchema } from './ids';
import { STAGES } from './stage';

export const TASK_KINDS = ['one-off', 'event', 'ongoing', 'recurring'] as const;

/** "báo cáo X (qua Y) trước ngày …": each assignee reports to a principal, possibly via the focal body. */
export const ReportEdgeSchema = z.strictObject({
  toId: IdSchema,
  viaId: IdSchema.nullable().default(null),
  deadline: z.string().nullable().default(null),
});
export type ReportEdge = z.infer<typeof ReportEdgeSchema>;

/** One assigned piece of work (nhiệm vụ) with its lead (chủ trì) and participants (phối hợp). */
/** A point on the canvas. */
export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const TaskSchema = z.strictObject({
  id: IdSchema,
  /** Outline code as printed in the document, e.g. "III.3" or "IV.1.b". */
  code: z.string().min(1),
  title: z.string().min(1),
  text: z.string().default(''),
  stage: z.enum(STAGES),
  kind: z.enum(TASK_KINDS).default('one-off'),
  leadId: IdSchema.nullable().default(null),
  participantIds: z.array(IdSchema).default([]),
  /** The deadline phrase exactly as written; parsed by `parseDeadline`. */
  deadline: z.string().nullable().default(null),
  /** Tasks whose result this task needs (if one is cancelled, this one is cancelled with it). */
  prerequisiteIds: z.array(IdSchema).default([]),
  /** A review that waits for every report addressed to its lead (each report's task must be closed). */
  collectsReports: z.boolean().default(false),
  report: ReportEdgeSchema.nullable().default(null),
  deliverable: z.string().nullable().default(null),
  /** The assignee writes its own plan (cụ thể hóa); a child plan fulfils this task. */
  childPlan: z.boolean().default(false),
  childPlanId: IdSchema.nullable().default(null),
  /** "Đề nghị" is a request between equals rather than an order. */
  mode: z.enum(['order', 'request']).default('order'),
  /** "tham mưu cho X": the task is finished when X adopts the lead's draft. */
  adoptedById: IdSchema.nullable().default(null),
  /** Code of the document section the task comes from, e.g. "III". */
  section: z.string().default(''),
  /** Canvas position chosen by the planner; absent until placed. */
  position: PositionSchema.nullable().default(null),
});
export type Task = z.infer<typeof TaskSchema>;
export type TaskInput = z.input<typeof TaskSchema>;
