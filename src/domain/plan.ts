import { z } from 'zod';
import { BodySchema, GroupSchema } from './body';
import { IdSchema, IsoDateSchema } from './ids';
import type { IdUse } from './problem-wording';
import { breaks } from './problems';
import { TaskSchema, type Task } from './task';

export const PLAN_KINDS = [
  'ke-hoach',
  'chuong-trinh',
  'chuong-trinh-hanh-dong',
  'chuong-trinh-phoi-hop',
  'huong-dan',
  'de-an',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Số và ký hiệu: Party "66-CTr/TU", State "115/KH-UBND". */
export const DocumentNumberSchema = z.strictObject({
  raw: z.string().min(1),
  number: z.string().min(1),
  type: z.string().min(1),
  issuer: z.string().min(1),
});

/** A reference to a higher document (căn cứ); a Party number restarts each term, so keep all parts. */
export const DocumentRefSchema = z.strictObject({
  raw: z.string().min(1),
  number: z.string().nullable().default(null),
  type: z.string().nullable().default(null),
  issuer: z.string().nullable().default(null),
  date: IsoDateSchema.nullable().default(null),
  issuedBy: z.string().nullable().default(null),
  term: z.string().nullable().default(null),
});

export const SignerSchema = z.strictObject({
  capacity: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  name: z.string().nullable().default(null),
  bodyId: IdSchema.nullable().default(null),
});

export const RECIPIENT_PURPOSES = ['bao-cao', 'thuc-hien', 'biet', 'luu', 'khac'] as const;

export const RecipientSchema = z.strictObject({
  name: z.string().min(1),
  bodyId: IdSchema.nullable().default(null),
  purpose: z.enum(RECIPIENT_PURPOSES).default('khac'),
});

/** What the document leaves unclear or gets wrong; kept, never silently fixed. */
export const PlanWarningSchema = z.strictObject({
  code: z.string().min(1),
  message: z.string().min(1),
  refs: z.array(z.string()).default([]),
});

/** The plan format's version (`schemaVersion`); older files are upgraded by `plan-format.ts`. */
export const PLAN_FORMAT_VERSION = 2;

/** Every field of a plan (`PlanSchema` without its checks across fields). */
const PLAN_FIELDS = {
  schemaVersion: z.literal(PLAN_FORMAT_VERSION).default(PLAN_FORMAT_VERSION),
  id: IdSchema,
  kind: z.enum(PLAN_KINDS),
  format: z.enum(['party', 'state']),
  number: DocumentNumberSchema.nullable().default(null),
  title: z.string().min(1),
  issuerIds: z.array(IdSchema).refine((ids) => ids.length > 0, breaks({ rule: 'has-issuer' })),
  place: z.string().nullable().default(null),
  date: IsoDateSchema.nullable().default(null),
  signers: z.array(SignerSchema).default([]),
  validity: z
    .strictObject({
      from: IsoDateSchema.nullable().default(null),
      to: IsoDateSchema.nullable().default(null),
      phrase: z.string().nullable().default(null),
    })
    .default({ from: null, to: null, phrase: null }),
  basis: z.array(DocumentRefSchema).default([]),
  focalBodyId: IdSchema.nullable().default(null),
  recipients: z.array(RecipientSchema).default([]),
  sections: z.array(z.strictObject({ code: z.string().min(1), title: z.string().min(1) })).default([]),
  bodies: z.array(BodySchema).default([]),
  groups: z.array(GroupSchema).default([]),
  tasks: z.array(TaskSchema).default([]),
  warnings: z.array(PlanWarningSchema).default([]),
  source: z
    .strictObject({ file: z.string().nullable().default(null), note: z.string().nullable().default(null) })
    .nullable()
    .default(null),
};

/** No id is used twice among bodies, groups and tasks. */
function idsUnique(plan: Pick<Plan, 'bodies' | 'groups' | 'tasks'>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, IdUse>();
  const check = (id: string, path: (string | number)[], use: IdUse) => {
    const earlier = seen.get(id);
    if (earlier)
      ctx.addIssue({ code: 'custom', path, ...breaks({ rule: 'unique-id', id, usedBy: earlier }) });
    else seen.set(id, use);
  };
  plan.bodies.forEach((b, i) => check(b.id, ['bodies', i, 'id'], { kind: 'body', label: b.name }));
  plan.groups.forEach((g, i) => check(g.id, ['groups', i, 'id'], { kind: 'group', label: g.name }));
  plan.tasks.forEach((t, i) => check(t.id, ['tasks', i, 'id'], { kind: 'task', label: t.code }));
}

export const PlanSchema = z.strictObject(PLAN_FIELDS).superRefine(idsUnique);

/**
 * `PlanSchema` for a plan whose tasks were each checked by `TaskSchema` already, as a large file is read a task
 * at a time: the list is taken as it is (neither it nor its tasks copied again, which would hold a second copy
 * while the first is still there), and everything else is checked as `PlanSchema` does.
 */
export const PlanOfCheckedTasksSchema = z
  .strictObject({
    ...PLAN_FIELDS,
    tasks: z.custom<Task[]>((tasks) => Array.isArray(tasks)).default([]),
  })
  .superRefine(idsUnique);

export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

/** A reference known only by its words as written (căn cứ …): number, type, issuer and date not yet read. */
export function bareDocumentRef(raw: string): DocumentRef {
  return { raw, number: null, type: null, issuer: null, date: null, issuedBy: null, term: null };
}
export type Recipient = z.infer<typeof RecipientSchema>;
export type PlanWarning = z.infer<typeof PlanWarningSchema>;
